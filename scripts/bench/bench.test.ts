/**
 * Runs the benchmark's quick mode end to end (two small generated archives, real builds with
 * their phase reports, a bare Astro build with and without a Pagefind index, a warm rebuild of
 * the larger archive, page weights, a search in Chromium) and checks the JSON it writes.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BenchReport } from '../../src/lib/bench/report.ts';
import { validateReport } from '../../src/lib/bench/validate.ts';
import { isStopWord } from '../../src/lib/search/query.ts';

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

	it('measures the bare render with search: Pagefind over the bare output, added to the render', () => {
		for (const size of report.sizes) {
			expect(size.bareIndexRuns).toHaveLength(1);
			const [render, index] = [size.bare.runs[0]!, size.bareIndexRuns[0]!];
			expect(index.wallMs).toBeGreaterThan(0);
			expect(index.cpuMs).toBeGreaterThan(0);
			expect(size.bareSearch.buildMs).toBeCloseTo(render.wallMs + index.wallMs, 6);
			expect(size.bareSearch.cpuMs).toBeCloseTo(render.cpuMs! + index.cpuMs!, 6);
			expect(size.bareSearch.peakRssBytes).toBe(Math.max(render.peakRssBytes!, index.peakRssBytes!));
			// The index is in the bare output with search, not in the bare render's.
			expect(size.bareSearch.outputBytes).toBeGreaterThan(size.bare.outputBytes);
			expect(size.searchOverhead).toBeCloseTo(size.archive.buildMs / size.bareSearch.buildMs, 9);
			expect(size.searchOverhead).toBeLessThan(size.overhead);
		}
		expect(stdout).toMatch(/\| documents \| bare build \| bare CPU \| bare memory \| bare \+ search build \|/);
	});

	it("reports the build's phases, whose CPU time adds up to no more than the build's", () => {
		for (const size of report.sizes) {
			const ids = size.phases!.phases.map((p) => p.id);
			expect(ids).toEqual(['start-up', 'content-check', 'astro-start', 'content-sync', 'bundling', 'page-generation', 'astro-finish', 'search-index', 'serving']);
			for (const phase of size.phases!.phases) expect(phase.cpuMs).toBeGreaterThan(0);
			const phaseCpu = size.phases!.phases.reduce((sum, p) => sum + p.cpuMs!, 0);
			// npm's own start-up is in no phase; the phases are most of the build.
			expect(phaseCpu).toBeLessThanOrEqual(size.archive.cpuMs!);
			expect(phaseCpu).toBeGreaterThan(0.7 * size.archive.cpuMs!);
			// The search index's CPU, split between build.ts and Pagefind's process.
			expect(size.phases!.search.pagefindCpuMs).toBeGreaterThan(0);
		}
		expect(stdout).toMatch(/Search index CPU, split: 20 cold \(median of 1\): build\.ts [\d.]+ s/);
		expect(stdout).toMatch(/\| 40 cold \(median of 1\) +\|/);
	});

	it('measures a warm rebuild of the larger archive with one advice added (quick mode: the largest size only)', () => {
		const [small, large] = report.sizes as [BenchReport['sizes'][number], BenchReport['sizes'][number]];
		expect(small.warm).toBeNull();
		const warm = large.warm!;
		expect(warm.addedAdvice).toMatch(/^adviezen\/\d{4}-advies-\d{5}\.mdx$/);
		expect(warm.run.wallMs).toBeGreaterThan(0);
		expect(warm.pages).toBeGreaterThan(large.archive.pages);
		expect(warm.phases!.phases.map((p) => p.id)).toContain('page-generation');
		expect(stdout).toMatch(/\| 40 warm \(1 advice added\) +\|/);
		expect(stdout).toMatch(/Warm rebuild: one advice added/);
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
		// What a browser receives with brotli: the build's .br copies, smaller than gzip.
		expect(advice.totalBrotliBytes).toBeGreaterThan(0);
		expect(advice.totalBrotliBytes).toBeLessThan(advice.totalGzipBytes);
	});

	it('measures a first search in the browser for the three commonest words, and the suggestion data', () => {
		for (const size of report.sizes) {
			const search = size.search!;
			expect(search.queries).toHaveLength(3);
			expect(new Set(search.queries.map((q) => q.query)).size).toBe(3);
			expect(search.firstQueryBytes).toBe(Math.max(...search.queries.map((q) => q.bytes)));
			expect(search.suggestionBytes).toBeGreaterThan(search.suggestionGzipBytes);
			expect(stdout).toMatch(/three commonest words a search sends \(stop words are left out of every query\): "[^"]+" [\d.]+ KB, "[^"]+" [\d.]+ KB, "[^"]+" [\d.]+ KB; the commonest stop word "[^"]+" typed alone/);
			// The commonest words measured are ones a search sends, never stop words.
			for (const q of search.queries) expect(isStopWord(q.query)).toBe(false);
			// A stop word alone is explained on the page: no index chunk is fetched for it.
			expect(isStopWord(search.stopWordQuery!.query)).toBe(true);
			expect(search.stopWordQuery!.indexChunkBytes).toBe(0);
			expect(search.stopWordQuery!.results).toBe(0);
			expect(search.stopWordQuery!.bytes).toBeLessThan(search.firstQueryBytes);
			expect(search.results).toBeGreaterThan(0);
			expect(search.firstQueryRequests).toBeGreaterThan(0);
			expect(search.firstQueryBytes).toBeGreaterThan(0);
			expect(search.firstQueryBytes).toBeLessThan(search.indexBytes);
			// Served by nginx with the build's brotli copies: pagefind.js and the entry go compressed.
			expect(search.firstQueryBrotliBytes).toBeGreaterThan(0);
			expect(search.firstQueryBrotliBytes).toBeLessThan(search.firstQueryBytes);
		}
	});

	it('judges the targets and prints them with the table', () => {
		expect(report.targets.map((t) => t.id)).toEqual(['overhead', 'overhead-search', 'cpu-per-document', 'memory-bare', 'memory-linear', 'memory-5000', 'advice-page-weight', 'first-search', 'list-pages']);
		// Issue 14's targets speak of 1,000 and 5,000 documents: not judged in quick mode.
		for (const id of ['overhead-search', 'cpu-per-document', 'memory-bare']) expect(report.targets.find((t) => t.id === id)!.met).toBeNull();
		expect(report.targets.find((t) => t.id === 'list-pages')!.met).toBe(true);
		expect(report.targets.find((t) => t.id === 'advice-page-weight')!.met).not.toBeNull();
		expect(stdout).toMatch(/\| documents \| pages \| build \(median\)/);
		expect(stdout).toMatch(/\| 40 +\|/);
		expect(stdout).toMatch(/advice \(\/adviezen\//);
		expect(stdout).toMatch(/HTML size of the list pages per corpus size:\n\n\| documents \| \/adviezen\/ HTML \| \/lokale-keuzes\/ HTML \|/);
	});
});
