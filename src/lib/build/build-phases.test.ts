import { describe, expect, it } from 'vitest';
import { childCpuMsFromStat, computePhases, parsePhaseReport, phaseCpuSum, type AstroMarks, type BuildMarks } from './build-phases.ts';

// A build of 10 s: build.ts starts at 1,000,000 ms since the epoch.
const T = 1_000_000;
const build: BuildMarks = {
	start: { at: T, ownCpuMs: 0, childCpuMs: 0 },
	'gate-start': { at: T + 300, ownCpuMs: 250, childCpuMs: 0 },
	'gate-end': { at: T + 1300, ownCpuMs: 1150, childCpuMs: 0 },
	'astro-spawned': { at: T + 1310, ownCpuMs: 1160, childCpuMs: 0 },
	// Astro used 6,000 ms of CPU in all; the follower 700 ms in build.ts meanwhile.
	'astro-exited': { at: T + 8000, ownCpuMs: 1860, childCpuMs: 6000 },
	// Then 300 ms more of the follower, and Pagefind's 900 ms once it was reaped.
	'search-done': { at: T + 8600, ownCpuMs: 2160, childCpuMs: 6900 },
	done: { at: T + 10000, ownCpuMs: 3360, childCpuMs: 6900 },
};
const astro: AstroMarks = {
	'config:setup': { at: T + 1900, cpuMs: 500 },
	'config:done': { at: T + 2000, cpuMs: 600 },
	'build:start': { at: T + 3000, cpuMs: 1500 },
	'build:setup': { at: T + 3100, cpuMs: 1600 },
	bundled: { at: T + 5000, cpuMs: 3500 },
	'build:generated': { at: T + 7700, cpuMs: 5800 },
	'build:done': { at: T + 7800, cpuMs: 5900 },
};

describe('computePhases', () => {
	it('splits the build into phases with wall and CPU time from both processes', () => {
		const report = computePhases(build, astro);
		expect(report.phases).toEqual([
			{ id: 'start-up', wallMs: 300, cpuMs: 250 },
			{ id: 'content-check', wallMs: 1000, cpuMs: 900 },
			// From the spawn to config:done; all of Astro's CPU so far.
			{ id: 'astro-start', wallMs: 690, cpuMs: 600 },
			{ id: 'content-sync', wallMs: 1000, cpuMs: 900 },
			{ id: 'bundling', wallMs: 2000, cpuMs: 2000 },
			{ id: 'page-generation', wallMs: 2700, cpuMs: 2300 },
			// Until Astro's process exited; CPU from its own marks, build:generated to build:done.
			{ id: 'astro-finish', wallMs: 300, cpuMs: 100 },
			// build.ts's own 710 + 300 ms (the follower) and the children's 6,900 ms less Astro's 5,900
			// (Pagefind's 900 and the 100 of Astro's exit after its last mark); wall only after Astro.
			{ id: 'search-index', wallMs: 600, cpuMs: 2010 },
			{ id: 'serving', wallMs: 1400, cpuMs: 1200 },
		]);
		expect(report.search).toEqual({ buildTsCpuMs: 1010, pagefindCpuMs: 1000 });
		expect(report.totalWallMs).toBe(10000);
		expect(report.totalCpuMs).toBe(3360 + 6900);
	});

	it('counts Pagefind alike when it ended before Astro (the index was written while Astro still rendered)', () => {
		const early = computePhases({ ...build, 'astro-exited': { ...build['astro-exited']!, childCpuMs: 6900 } }, astro);
		expect(early.search).toEqual(computePhases(build, astro).search);
		expect(early.phases).toEqual(computePhases(build, astro).phases);
	});

	it('accounts for all the CPU of the build: the phases add up to the total', () => {
		const report = computePhases(build, astro);
		// build.ts's own CPU between the content check and the spawn counts to the search index.
		expect(phaseCpuSum(report.phases)).toBeCloseTo(report.totalCpuMs, 6);
	});

	it("makes Astro one phase when its marks are missing (Astro's integration did not run)", () => {
		const report = computePhases(build, { 'config:setup': astro['config:setup']! });
		expect(report.phases.map((p) => p.id)).toEqual(['start-up', 'content-check', 'astro', 'search-index', 'serving']);
		expect(report.phases.find((p) => p.id === 'astro')).toEqual({ id: 'astro', wallMs: 6690, cpuMs: 6000 });
	});

	it('refuses a build without all its marks, naming them', () => {
		const { done: _, ...unfinished } = build;
		expect(() => computePhases(unfinished, astro)).toThrow(/done/);
	});
});

describe('childCpuMsFromStat', () => {
	it("reads cutime and cstime (fields 16 and 17) after the command name, which may hold spaces and ')'", () => {
		// pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime …
		const stat = '4242 (node (a) b) S 1 4242 4242 0 -1 4194304 100 200 0 0 55 12 731 84 20 0 11 0 123 456 789';
		expect(childCpuMsFromStat(stat)).toBe((731 + 84) * 10);
		expect(childCpuMsFromStat(stat, 1000)).toBe(731 + 84);
	});

	it('refuses text that is not a stat line', () => {
		expect(() => childCpuMsFromStat('nonsense')).toThrow(/not a \/proc stat line/);
	});
});

describe('parsePhaseReport', () => {
	it('accepts a report computePhases wrote, and refuses unknown phases', () => {
		const report = computePhases(build, astro);
		expect(parsePhaseReport(JSON.parse(JSON.stringify(report)))).toEqual(report);
		expect(() => parsePhaseReport({ ...report, phases: [{ id: 'lunch', wallMs: 1, cpuMs: 1 }] })).toThrow(/lunch/);
		expect(() => parsePhaseReport({ schemaVersion: 2 })).toThrow(/schemaVersion/);
	});
});
