/**
 * Runs a command and measures what a user waits for and what the machine must hold: wall time
 * and the peak resident memory of the whole process tree (npm, Astro, esbuild, workers),
 * sampled from /proc. On systems without /proc the memory figure is null.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** GNU time: reports the CPU time of a command and all the descendants it waited for. */
export const GNU_TIME = '/usr/bin/time';

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
	 * User + system CPU time of the whole tree, or null without GNU time. Unlike wall time it
	 * hardly changes when other work shares the machine.
	 */
	cpuMs: number | null;
	output: string;
}

/** Parses the "<user seconds> <system seconds>" line written by `time -f '%U %S'`. */
export function parseCpuTimes(text: string): number | null {
	const match = /(\d+(?:\.\d+)?)\s+(\d+(?:\.\d+)?)\s*$/.exec(text.trim());
	return match ? Math.round((Number(match[1]) + Number(match[2])) * 1000) : null;
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
	const timeDir = existsSync(GNU_TIME) ? mkdtempSync(path.join(tmpdir(), 'aa-time-')) : undefined;
	const timeFile = timeDir ? path.join(timeDir, 'cpu.txt') : undefined;
	const [file, argv] = timeFile ? [GNU_TIME, ['-f', '%U %S', '-o', timeFile, command, ...args]] : [command, args];
	return new Promise((resolve, reject) => {
		const start = performance.now();
		const child = spawn(file, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
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
			let cpuMs: number | null = null;
			if (timeFile && existsSync(timeFile)) cpuMs = parseCpuTimes(readFileSync(timeFile, 'utf8'));
			if (timeDir) rmSync(timeDir, { recursive: true, force: true });
			resolve({ status: code ?? 1, wallMs, peakRssBytes: hasProc ? peak : null, cpuMs, output: chunks.join('') });
		});
	});
}
