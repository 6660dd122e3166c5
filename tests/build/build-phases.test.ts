/**
 * The build's phase report (ADVIESARCHIEF_PHASES_FILE, for the benchmark): written with every
 * phase when asked for, and the site it builds is byte for byte the site built without it.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PHASES_FILE_ENV, parsePhaseReport, phaseCpuSum, type PhaseReport } from '../../src/lib/build/build-phases.ts';
import { hashSite } from '../../src/lib/quality/site-files.ts';
import { buildSite, type BuildResult } from '../support/build-site.ts';

const phasesFile = path.join(mkdtempSync(path.join(tmpdir(), 'aa-phases-')), 'phases.json');
let build: BuildResult;
let report: PhaseReport;

beforeAll(() => {
	// buildSite passes this process's environment on to the build.
	process.env[PHASES_FILE_ENV] = phasesFile;
	build = buildSite('examples/fictief');
	delete process.env[PHASES_FILE_ENV];
	if (build.status === 0) report = parsePhaseReport(JSON.parse(readFileSync(phasesFile, 'utf8')));
}, 180_000);

afterAll(() => {
	delete process.env[PHASES_FILE_ENV];
});

describe('npm run build with ADVIESARCHIEF_PHASES_FILE', () => {
	it('builds the same site, byte for byte, as without it', () => {
		expect(build.status, build.output).toBe(0);
		const without = hashSite(inject('exampleSite'));
		const withPhases = hashSite(build.outDir);
		expect([...withPhases.keys()]).toEqual([...without.keys()]);
		expect([...without].filter(([file, hash]) => withPhases.get(file) !== hash).map(([file]) => file)).toEqual([]);
	});

	it("writes every phase, Astro's included, with wall and CPU time that add up to the build's", () => {
		expect(report.phases.map((p) => p.id)).toEqual(['start-up', 'content-check', 'astro-start', 'content-sync', 'bundling', 'page-generation', 'astro-finish', 'search-index', 'serving']);
		for (const phase of report.phases) {
			expect(phase.wallMs, phase.id).toBeGreaterThan(0);
			expect(phase.cpuMs, phase.id).toBeGreaterThan(0);
		}
		// The phases share out build.ts's CPU and its children's: nothing counted twice or left out.
		expect(phaseCpuSum(report.phases)).toBeCloseTo(report.totalCpuMs, -1);
		// Pagefind's process is counted once it has been stopped and waited for.
		expect(report.search.pagefindCpuMs).toBeGreaterThan(0);
		expect(report.search.buildTsCpuMs + report.search.pagefindCpuMs).toBeCloseTo(report.phases.find((p) => p.id === 'search-index')!.cpuMs!, 0);
		// Astro's phases follow one another: their wall times fit within the build's.
		expect(report.phases.reduce((sum, p) => sum + p.wallMs, 0)).toBeLessThanOrEqual(report.totalWallMs + 1);
	});

	it("leaves no file of Astro's marks behind", () => {
		expect(existsSync(`${phasesFile}.astro-marks.json`)).toBe(false);
	});
});
