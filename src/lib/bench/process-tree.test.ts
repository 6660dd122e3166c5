import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { measureCommand, parseCpuTimes, parseStat, treeRss } from './process-tree.ts';

describe('parseStat', () => {
	it('reads pid, ppid and rss even when the command name holds spaces and parentheses', () => {
		const fields = ['S', '42', ...Array.from({ length: 19 }, () => '0'), '250', '0'];
		const stat = `1234 (node (worker) x) ${fields.join(' ')}`;
		expect(parseStat(stat)).toEqual({ pid: 1234, ppid: 42, rss: 250 * 4096 });
	});
});

describe('treeRss', () => {
	it('sums the root and all its descendants, not other processes', () => {
		const processes = [
			{ pid: 1, ppid: 0, rss: 1000 },
			{ pid: 10, ppid: 1, rss: 100 },
			{ pid: 11, ppid: 10, rss: 20 },
			{ pid: 12, ppid: 11, rss: 3 },
			{ pid: 20, ppid: 1, rss: 7000 },
		];
		expect(treeRss(processes, 10)).toBe(123);
		expect(treeRss(processes, 99)).toBe(0);
	});
});

describe('parseCpuTimes', () => {
	it("adds the children's user and system time from bash's times", () => {
		expect(parseCpuTimes('0m0.002s 0m0.000s\n0m12.500s 0m3.250s\n')).toBe(15750);
		expect(parseCpuTimes('0m0.000s 0m0.000s\n1m0.100s 0m0.020s')).toBe(60120);
		expect(parseCpuTimes('')).toBeNull();
	});
});

describe('measureCommand', () => {
	it('reports wall time, exit status and the memory of a child that grows', async () => {
		const script = 'const a = Buffer.alloc(200 * 1024 * 1024, 1); setTimeout(() => console.log(a.length), 600);';
		const run = await measureCommand(process.execPath, ['-e', script], { cwd: process.cwd(), intervalMs: 50 });
		expect(run.status).toBe(0);
		expect(run.output.trim()).toBe(String(200 * 1024 * 1024));
		expect(run.wallMs).toBeGreaterThanOrEqual(600);
		// The bench runs on Linux: memory comes from /proc, CPU time from bash; neither may go missing.
		expect(existsSync('/proc/self/stat'), 'the bench reads memory from /proc (Linux)').toBe(true);
		expect(run.peakRssBytes).toBeGreaterThan(200 * 1024 * 1024);
		expect(run.cpuMs).toBeGreaterThan(0);
		const busy = await measureCommand(process.execPath, ['-e', 'let x = 0; for (let i = 0; i < 3e8; i++) x += i;'], { cwd: process.cwd() });
		expect(busy.cpuMs).toBeGreaterThan(100);
		const failed = await measureCommand(process.execPath, ['-e', 'process.exit(3)'], { cwd: process.cwd() });
		expect(failed.status).toBe(3);
	});
});
