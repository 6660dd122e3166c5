/**
 * Runs a command and measures what a user waits for and what the machine must hold: wall time
 * and the peak resident memory of the whole process tree (npm, Astro, esbuild, workers),
 * sampled from /proc. On systems without /proc the memory figure is null.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

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
	output: string;
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
	return new Promise((resolve, reject) => {
		const start = performance.now();
		const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
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
			resolve({ status: code ?? 1, wallMs: performance.now() - start, peakRssBytes: hasProc ? peak : null, output: chunks.join('') });
		});
	});
}
