/**
 * Runs a command and measures what a user waits for and what the machine must hold: wall time,
 * the peak resident memory of the whole process tree (npm, Astro, esbuild, workers), sampled
 * from /proc, and the CPU time of the tree, from the shell's `times` builtin (bash, which every
 * Linux machine has; GNU time is often missing). Without /proc the memory figure is null.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The shell whose `times` builtin reports the CPU time of a command and all it waited for. */
export const SHELL = 'bash';

/**
 * Runs "$@" and writes bash's `times` (two lines: the shell's own user/system time, then that of
 * its children, e.g. "0m1.234s 0m0.456s") to the file named by AA_TIMES_FILE, keeping the
 * command's exit status.
 */
const TIMED = '"$@"; status=$?; times > "$AA_TIMES_FILE"; exit $status';

export interface ProcessInfo {
	pid: number;
	ppid: number;
	/** Resident set size in bytes. */
	rss: number;
}

/** Parses /proc/<pid>/stat: the ppid is the 4th field, after the parenthesised command name. */
export function parseStat(stat: string, pageSize = 4096): Omit<ProcessInfo, 'pid'> & { pid: number } {
	const close = stat.lastIndexOf(')');
	const pid = Number(stat.slice(0, stat.indexOf(' ')));
	const fields = stat.slice(close + 2).split(' ');
	// fields[0] is the state, fields[1] the ppid, fields[21] the rss in pages (field 24 of stat).
	return { pid, ppid: Number(fields[1]), rss: Number(fields[21]) * pageSize };
}

/** The summed RSS of `root` and all its descendants. */
export function treeRss(processes: readonly ProcessInfo[], root: number): number {
	const children = new Map<number, ProcessInfo[]>();
	for (const p of processes) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
	let total = 0;
	const seen = new Set<number>();
	const stack = processes.filter((p) => p.pid === root);
	while (stack.length > 0) {
		const p = stack.pop()!;
		if (seen.has(p.pid)) continue;
		seen.add(p.pid);
		total += p.rss;
		stack.push(...(children.get(p.pid) ?? []));
	}
	return total;
}

function readProcesses(): ProcessInfo[] {
	const list: ProcessInfo[] = [];
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			list.push(parseStat(readFileSync(`/proc/${name}/stat`, 'utf8')));
		} catch {
			// The process ended between listing and reading.
		}
	}
	return list;
}

export interface MeasuredRun {
	status: number;
	wallMs: number;
	/** Peak summed RSS of the process tree in bytes, or null without /proc. */
	peakRssBytes: number | null;
	/**
	 * User + system CPU time of the whole tree (null only if the command was killed before the
	 * shell could report it). Unlike wall time it hardly changes when other work shares the machine.
	 */
	cpuMs: number | null;
	output: string;
}

/**
 * The children's user + system time in ms from bash's `times` output (its last line,
 * "<m>m<s>s <m>m<s>s"), or null when the text is not that.
 */
export function parseCpuTimes(text: string): number | null {
	const match = /(\d+)m(\d+(?:\.\d+)?)s\s+(\d+)m(\d+(?:\.\d+)?)s\s*$/.exec(text.trim());
	if (!match) return null;
	const [, um, us, sm, ss] = match.map(Number) as [number, number, number, number, number];
	return Math.round((um * 60 + us + sm * 60 + ss) * 1000);
}

export interface MeasureOptions {
	cwd: string;
	env?: NodeJS.ProcessEnv;
	/** Sampling interval for memory, in ms. */
	intervalMs?: number;
}

/** Runs `command args…`, sampling the memory of its process tree until it exits. */
export function measureCommand(command: string, args: string[], options: MeasureOptions): Promise<MeasuredRun> {
	const hasProc = existsSync('/proc/self/stat');
	const timeDir = mkdtempSync(path.join(tmpdir(), 'aa-time-'));
	const timeFile = path.join(timeDir, 'cpu.txt');
	return new Promise((resolve, reject) => {
		const start = performance.now();
		const child = spawn(SHELL, ['-c', TIMED, SHELL, command, ...args], { cwd: options.cwd, env: { ...(options.env ?? process.env), AA_TIMES_FILE: timeFile }, stdio: ['ignore', 'pipe', 'pipe'] });
		const chunks: string[] = [];
		child.stdout.on('data', (d: Buffer) => chunks.push(d.toString()));
		child.stderr.on('data', (d: Buffer) => chunks.push(d.toString()));
		let peak = 0;
		const sample = () => {
			if (!hasProc || child.pid === undefined) return;
			peak = Math.max(peak, treeRss(readProcesses(), child.pid));
		};
		const timer = setInterval(sample, options.intervalMs ?? 100);
		child.on('error', (error) => {
			clearInterval(timer);
			reject(error);
		});
		child.on('close', (code) => {
			clearInterval(timer);
			const wallMs = performance.now() - start;
			const cpuMs = existsSync(timeFile) ? parseCpuTimes(readFileSync(timeFile, 'utf8')) : null;
			rmSync(timeDir, { recursive: true, force: true });
			resolve({ status: code ?? 1, wallMs, peakRssBytes: hasProc ? peak : null, cpuMs, output: chunks.join('') });
		});
	});
}
