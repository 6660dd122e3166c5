/**
 * Runs the benchmark's quick mode end to end (two small generated archives, real builds, a
 * bare Astro build, page weights, a search in Chromium) and checks the JSON it writes.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BenchReport } from '../../src/lib/bench/report.ts';
import { validateReport } from '../../src/lib/bench/validate.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const out = path.join(mkdtempSync(path.join(tmpdir(), 'aa-bench-test-')), 'bench.json');
let report: BenchReport;
let stdout: string;

beforeAll(async () => {
	const result = await promisify(execFile)('npm', ['run', '--silent', 'bench', '--', '--quick', '--out', out], {
		cwd: repoRoot,
		env: { ...process.env, NO_COLOR: '1' },
		maxBuffer: 16 * 1024 * 1024,
	});
	stdout = result.stdout;
	report = JSON.parse(readFileSync(out, 'utf8')) as BenchReport;
}, 300_000);

describe('npm run bench -- --quick', () => {
	it('measures two small corpora in quick mode, one run each', () => {
		expect(report.mode).toBe('quick');
		expect(report.sizes.map((s) => s.documents)).toEqual([20, 40]);
		for (const size of report.sizes) {
			expect(size.archive.runs).toHaveLength(1);
			expect(size.bare.runs).toHaveLength(1);
		}
	});

	it('writes a complete and consistent report', () => {
		expect(validateReport(report)).toEqual([]);
	});

	it('reports positive build figures for the archive and the bare render', () => {
		for (const size of report.sizes) {
			for (const site of [size.archive, size.bare]) {
				expect(site.buildMs).toBeGreaterThan(0);
				expect(site.peakRssBytes).toBeGreaterThan(50 * 1024 * 1024);
				expect(site.peakRssBytes).toBeLessThan(report.machine.totalMemoryBytes);
				// CPU time of the whole build tree, measured on every machine (bash's times), never skipped.
				expect(site.cpuMs).toBeGreaterThan(0);
				expect(site.outputBytes).toBeGreaterThan(0);
			}
			// One page per document in the bare site; the archive adds lists, periods and fixed pages.
			expect(size.bare.pages).toBe(size.documents);
			expect(size.archive.pages).toBeGreaterThan(size.documents + size.periods);
			expect(size.overhead).toBeCloseTo(size.archive.msPerDocument / size.bare.msPerDocument, 9);
			expect(size.cpuOverhead).toBeCloseTo(size.archive.cpuMs! / size.bare.cpuMs!, 9);
		}
	});

	it('grows with the archive: more documents never give a smaller corpus, output or index', () => {
		const [small, large] = report.sizes as [BenchReport['sizes'][number], BenchReport['sizes'][number]];
		expect(large.corpusBytes).toBeGreaterThan(small.corpusBytes);
		expect(large.archive.pages).toBeGreaterThan(small.archive.pages);
		expect(large.archive.outputBytes).toBeGreaterThan(small.archive.outputBytes);
		expect(large.search!.indexBytes).toBeGreaterThanOrEqual(small.search!.indexBytes);
	});

	it('weighs one page of every template, raw and gzip, with its CSS', () => {
		const weights = report.sizes[1]!.pageWeights;
		const advice = weights.find((p) => p.template === 'advice')!;
		expect(advice.path).toMatch(/^\/adviezen\/[^/]+\/$/);
		expect(advice.htmlGzipBytes).toBeLessThan(advice.htmlBytes);
		expect(advice.cssBytes).toBeGreaterThan(0);
		// Content pages ship no JavaScript.
		expect(advice.jsBytes).toBe(0);
		expect(weights.find((p) => p.template === 'dvo-version')!.path).toMatch(/^\/dvo\/\d{4}-\d{4}\/[a-z0-9-]+\/$/);
	});

	it('measures a first search in the browser: fewer bytes than the whole index, with results', () => {
		for (const size of report.sizes) {
			const search = size.search!;
			expect(search.results).toBeGreaterThan(0);
			expect(search.firstQueryRequests).toBeGreaterThan(0);
			expect(search.firstQueryBytes).toBeGreaterThan(0);
			expect(search.firstQueryBytes).toBeLessThan(search.indexBytes);
		}
	});

	it('judges the targets and prints them with the table', () => {
		expect(report.targets.map((t) => t.id)).toEqual(['overhead', 'memory-linear', 'memory-5000', 'advice-page-weight', 'first-search']);
		expect(report.targets.find((t) => t.id === 'advice-page-weight')!.met).not.toBeNull();
		expect(stdout).toMatch(/\| documents \| pages \| build \(median\)/);
		expect(stdout).toMatch(/\| 40 +\|/);
		expect(stdout).toMatch(/advice \(\/adviezen\//);
	});
});
