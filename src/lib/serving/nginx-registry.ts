/**
 * A record, one file per running nginx, of the nginx processes this project started (pid and
 * run folder), so they can be stopped even when the process that started them could not: a
 * test worker killed on a timeout or by Ctrl+C runs no 'exit' handler, and nginx (in the
 * foreground, without a parent-death signal) would keep running. The tests' global setup stops
 * what is recorded before and after a run (tests/support/global-setup.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Where nginx-server.ts records the nginx processes it starts, in .tmp/ of the project;
 * `npm start` records its one in another folder, so a test run does not stop it. */
export const NGINX_REGISTRY = path.resolve(import.meta.dirname, '..', '..', '..', '.tmp', 'nginx-running');

export interface RecordedServer {
	pid: number;
	/** nginx's prefix folder (`-p`), which is also on its command line. */
	runDir: string;
}

/** Records a started nginx. */
export function recordServer(registry: string, server: RecordedServer): void {
	mkdirSync(registry, { recursive: true });
	writeFileSync(path.join(registry, `${server.pid}.json`), JSON.stringify(server));
}

/** Removes the record of an nginx that was stopped. */
export function forgetServer(registry: string, pid: number): void {
	rmSync(path.join(registry, `${pid}.json`), { force: true });
}

/** The recorded servers (records that cannot be read are skipped). */
export function recordedServers(registry: string): RecordedServer[] {
	let names: string[];
	try {
		names = readdirSync(registry).filter((name) => name.endsWith('.json'));
	} catch {
		return [];
	}
	return names.flatMap((name) => {
		try {
			const record = JSON.parse(readFileSync(path.join(registry, name), 'utf8')) as RecordedServer;
			return Number.isInteger(record.pid) && typeof record.runDir === 'string' ? [record] : [];
		} catch {
			return [];
		}
	});
}

/** Whether `pid` is still the recorded nginx: alive, and nginx with the recorded prefix (a pid
 * can be reused by another process once nginx is gone). */
export function isRecordedNginx(server: RecordedServer): boolean {
	const result = spawnSync('ps', ['-o', 'command=', '-p', String(server.pid)], { encoding: 'utf8' });
	const command = result.status === 0 ? result.stdout.trim() : '';
	return /\bnginx\b/.test(command) && command.includes(server.runDir);
}

/**
 * Stops every recorded nginx that still runs (SIGTERM, then SIGKILL after `graceMs`), removes
 * its run folder and its record. Returns the pids it stopped.
 */
export async function stopRecordedServers(registry: string, graceMs = 2000): Promise<number[]> {
	const stopped: number[] = [];
	for (const server of recordedServers(registry)) {
		if (isRecordedNginx(server)) {
			process.kill(server.pid, 'SIGTERM');
			const started = Date.now();
			while (isRecordedNginx(server) && Date.now() - started < graceMs) await new Promise((resolve) => setTimeout(resolve, 50));
			if (isRecordedNginx(server)) process.kill(server.pid, 'SIGKILL');
			stopped.push(server.pid);
		}
		rmSync(server.runDir, { recursive: true, force: true });
		forgetServer(registry, server.pid);
	}
	return stopped;
}
