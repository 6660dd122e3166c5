/**
 * Records the phases of `npm run build` when ADVIESARCHIEF_PHASES_FILE names a file (the
 * benchmark sets it); without it, build.ts records nothing and behaves exactly as before.
 *
 * How the CPU time is measured, honestly:
 * - build.ts's own CPU: process.cpuUsage() (user + system, every thread of the process);
 * - its children's: /proc/self/stat cutime + cstime, the time of the children it has waited
 *   for. Astro's process is counted when it has exited; Pagefind's (started by the pagefind
 *   package inside build.ts) when it has been stopped and reaped, which is why the search mark
 *   waits until build.ts has no children left (markWhenChildrenGone);
 * - inside Astro's process, the integration src/integrations/build-phases.ts records
 *   process.cpuUsage() at each hook and writes the marks to the file named by
 *   ADVIESARCHIEF_ASTRO_MARKS_FILE, which this recorder passes to Astro and reads back.
 * Without /proc (not Linux) the children's CPU is 0, so their phases have no CPU figure.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { ASTRO_MARKS_FILE_ENV, PHASES_FILE_ENV, childCpuMsFromStat, computePhases, type AstroMarks, type BuildMarkName, type BuildMarks, type BuildSample } from './build-phases.ts';

export interface PhaseRecorder {
	/** Records the moment `name` (wall clock, own CPU, children's CPU). */
	mark(name: BuildMarkName): void;
	/** Records `name` once every child process has ended and been waited for (at most `timeoutMs`). */
	markWhenChildrenGone(name: BuildMarkName, timeoutMs?: number): Promise<void>;
	/** The environment for Astro's process: where its integration writes its marks. */
	readonly astroEnv: Record<string, string>;
	/** Turns the marks into the phase report and writes it; returns the file's path. */
	write(): string;
}

const hasProc = existsSync('/proc/self/stat');

function childCpuMs(): number {
	return hasProc ? childCpuMsFromStat(readFileSync('/proc/self/stat', 'utf8')) : 0;
}

function sample(): BuildSample {
	const own = process.cpuUsage();
	return { at: performance.timeOrigin + performance.now(), ownCpuMs: (own.user + own.system) / 1000, childCpuMs: childCpuMs() };
}

/** Whether any process (zombies included: not yet waited for) has this process as its parent. */
function hasChildren(): boolean {
	if (!hasProc) return false;
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			if (ppid === process.pid) return true;
		} catch {
			// The process ended between listing and reading.
		}
	}
	return false;
}

/** A recorder when `env` asks for a phase report, else undefined (and build.ts records nothing). */
export function createPhaseRecorder(env: NodeJS.ProcessEnv = process.env): PhaseRecorder | undefined {
	const file = env[PHASES_FILE_ENV];
	if (!file) return undefined;
	const astroMarksFile = `${file}.astro-marks.json`;
	rmSync(astroMarksFile, { force: true });
	// build.ts's start: its process began at performance.timeOrigin, with no CPU used yet.
	const marks: BuildMarks = { start: { at: performance.timeOrigin, ownCpuMs: 0, childCpuMs: 0 } };
	return {
		mark(name) {
			marks[name] = sample();
		},
		async markWhenChildrenGone(name, timeoutMs = 5000) {
			const until = performance.now() + timeoutMs;
			while (hasChildren() && performance.now() < until) await new Promise((resolve) => setTimeout(resolve, 10));
			marks[name] = sample();
		},
		astroEnv: { [ASTRO_MARKS_FILE_ENV]: astroMarksFile },
		write() {
			const astro = existsSync(astroMarksFile) ? (JSON.parse(readFileSync(astroMarksFile, 'utf8')) as AstroMarks) : {};
			rmSync(astroMarksFile, { force: true });
			writeFileSync(file, `${JSON.stringify(computePhases(marks, astro), null, 2)}\n`);
			return file;
		},
	};
}
