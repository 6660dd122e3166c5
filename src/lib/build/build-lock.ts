/**
 * One Astro build at a time per project. Every build writes and reads back files in the
 * project's own `.astro/` folder (the content module list, among others), whatever its content,
 * output and cache folders; two builds at once (the tests, the benchmark, an editor building the
 * example archive while the real one builds) could read each other's list. The lock is a folder
 * (creating one is atomic) holding the holder's process id, so a lock left by a build that
 * crashed is taken over.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface BuildLockOptions {
	/** How often to look again while another build holds the lock, in ms. */
	intervalMs?: number;
	/** Called once when the lock is held by another build, to say why this one waits. */
	onWait?: (holderPid: number) => void;
}

/** True when a process with this id is running. */
function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/** Waits until this process holds the lock in `dotAstroDir`; resolves to the release function. */
export async function acquireBuildLock(dotAstroDir: string, options: BuildLockOptions = {}): Promise<() => void> {
	const lockDir = path.join(dotAstroDir, 'build.lock');
	const pidFile = path.join(lockDir, 'pid');
	mkdirSync(dotAstroDir, { recursive: true });
	let told = false;
	for (;;) {
		try {
			mkdirSync(lockDir);
			writeFileSync(pidFile, String(process.pid));
			let released = false;
			const release = () => {
				if (released) return;
				released = true;
				rmSync(lockDir, { recursive: true, force: true });
			};
			process.once('exit', release);
			return release;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		}
		let holder = Number.NaN;
		try {
			holder = Number(readFileSync(pidFile, 'utf8'));
		} catch {
			// Just created and the id not written yet: look again shortly.
		}
		if (Number.isInteger(holder) && holder > 0 && !isRunning(holder)) {
			rmSync(lockDir, { recursive: true, force: true });
			continue;
		}
		if (!told && Number.isInteger(holder)) {
			told = true;
			options.onWait?.(holder);
		}
		await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 100));
	}
}
