import { describe, expect, it } from 'vitest';
import type { PageWeight } from './page-weight.ts';
import type { PhaseReport } from '../build/build-phases.ts';
import { combineRuns, evaluateTargets, formatReport, GB, KB, median, medianPhases, summariseRuns, type BenchReport, type SizeResult } from './report.ts';
import { validateReport } from './validate.ts';

const TEMPLATES = ['home', 'advice', 'advice-list', 'dvo-version', 'dvo-period', 'dvo-list', 'glossary', 'not-found'];

function weight(template: string, htmlGzip = 4 * KB): PageWeight {
	return { template, path: `/${template}/`, htmlBytes: 5 * htmlGzip, htmlGzipBytes: htmlGzip, cssBytes: 40 * KB, cssGzipBytes: 7 * KB, jsBytes: 0, jsGzipBytes: 0, totalBytes: 5 * htmlGzip + 40 * KB, totalGzipBytes: htmlGzip + 7 * KB };
}

function phaseReport(cpuScale: number): PhaseReport {
	return {
		schemaVersion: 1,
		phases: [
			{ id: 'content-check', wallMs: 100 * cpuScale, cpuMs: 90 * cpuScale },
			{ id: 'bundling', wallMs: 1000 * cpuScale, cpuMs: 1100 * cpuScale },
			{ id: 'page-generation', wallMs: 800 * cpuScale, cpuMs: 700 * cpuScale },
			{ id: 'search-index', wallMs: 200 * cpuScale, cpuMs: 500 * cpuScale },
			{ id: 'serving', wallMs: 300 * cpuScale, cpuMs: null },
		],
		totalWallMs: 2400 * cpuScale,
		totalCpuMs: 2390 * cpuScale,
		search: { buildTsCpuMs: 200 * cpuScale, pagefindCpuMs: 300 * cpuScale },
	};
}

function size(documents: number, options: { archiveMs?: number; archiveCpuMs?: number; bareMs?: number; rss?: number; index?: number; firstQuery?: number } = {}): SizeResult {
	const archiveMs = options.archiveMs ?? documents * 40;
	const bareMs = options.bareMs ?? documents * 30;
	const archive = summariseRuns([{ wallMs: archiveMs, cpuMs: options.archiveCpuMs ?? archiveMs, peakRssBytes: options.rss ?? 300e6 + documents * 0.5e6 }], documents, documents + 10, documents * 20_000);
	const bare = summariseRuns([{ wallMs: bareMs, cpuMs: bareMs, peakRssBytes: 250e6 + documents * 0.8e6 }], documents, documents, documents * 9_000);
	const bareIndexRuns = [{ wallMs: documents * 5, cpuMs: documents * 6, peakRssBytes: 100e6 }];
	const bareSearch = summariseRuns([combineRuns(bare.runs[0]!, bareIndexRuns[0]!)], documents, documents, documents * 11_000);
	return {
		documents,
		advice: Math.floor(documents / 2),
		dvo: documents - Math.floor(documents / 2),
		periods: 3,
		corpusBytes: documents * 10_000,
		archive,
		bare,
		bareIndexRuns,
		bareSearch,
		overhead: archive.msPerDocument / bare.msPerDocument,
		cpuOverhead: archive.cpuMs! / bare.cpuMs!,
		searchOverhead: archive.buildMs / bareSearch.buildMs,
		searchCpuOverhead: archive.cpuMs! / bareSearch.cpuMs!,
		phases: medianPhases([phaseReport(documents / 100)]),
		warm: { addedAdvice: 'adviezen/2000-advies-99999.mdx', run: { wallMs: archiveMs / 2, cpuMs: archiveMs / 2, peakRssBytes: 1e9 }, pages: documents + 12, phases: phaseReport(documents / 200) },
		pageWeights: TEMPLATES.map((t) => weight(t)),
		search: {
			indexBytes: options.index ?? 500 * KB + documents * 2 * KB,
			firstQueryBytes: options.firstQuery ?? 150 * KB,
			firstQueryBrotliBytes: 90 * KB,
			firstQueryRequests: 9,
			query: 'dvo',
			results: 20,
			queries: [
				{ query: 'dvo', bytes: options.firstQuery ?? 150 * KB, brotliBytes: 90 * KB, indexChunkBytes: 60 * KB, requests: 9, results: 20 },
				{ query: 'budget', bytes: 120 * KB, brotliBytes: 80 * KB, indexChunkBytes: 50 * KB, requests: 9, results: 20 },
				{ query: 'advies', bytes: 110 * KB, brotliBytes: 70 * KB, indexChunkBytes: 40 * KB, requests: 9, results: 20 },
			],
			stopWordQuery: { query: 'de', bytes: 20 * KB, brotliBytes: 8 * KB, indexChunkBytes: 0, requests: 1, results: 0 },
			suggestionBytes: 40 * KB,
			suggestionGzipBytes: 12 * KB,
		},
	};
}

function report(sizes: SizeResult[]): BenchReport {
	return {
		schemaVersion: 2,
		generatedAt: new Date(0).toISOString(),
		mode: 'custom',
		seed: 1,
		machine: { cpus: 2, cpuModel: 'test', totalMemoryBytes: 8 * GB, node: '24', platform: 'linux x64', loadAverage: [0, 0, 0] },
		sizes,
		targets: evaluateTargets(sizes),
		failures: [],
		textDiff: null,
	};
}

describe('median and run summaries', () => {
	it('takes the middle run, or the mean of the two middle runs', () => {
		expect(median([30, 10, 20])).toBe(20);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		const site = summariseRuns([{ wallMs: 900, cpuMs: 800, peakRssBytes: 5 }, { wallMs: 1000, cpuMs: 700, peakRssBytes: 9 }, { wallMs: 5000, cpuMs: 1200, peakRssBytes: 7 }], 10, 20, 1);
		expect(site).toMatchObject({ buildMs: 1000, cpuMs: 800, peakRssBytes: 9, msPerPage: 50, msPerDocument: 100 });
	});

	it('adds up the bare render and its index run after run, with the larger peak memory', () => {
		expect(combineRuns({ wallMs: 900, cpuMs: 1000, peakRssBytes: 700 }, { wallMs: 300, cpuMs: 450, peakRssBytes: 200 })).toEqual({ wallMs: 1200, cpuMs: 1450, peakRssBytes: 700 });
		expect(combineRuns({ wallMs: 900, cpuMs: null, peakRssBytes: 700 }, { wallMs: 300, cpuMs: 450, peakRssBytes: null })).toEqual({ wallMs: 1200, cpuMs: null, peakRssBytes: null });
	});

	it('takes the median of each build phase over the runs, in the order of the phases', () => {
		const summary = medianPhases([phaseReport(1), phaseReport(3), phaseReport(2)])!;
		expect(summary.runs).toBe(3);
		expect(summary.phases.map((p) => p.id)).toEqual(['content-check', 'bundling', 'page-generation', 'search-index', 'serving']);
		expect(summary.phases.find((p) => p.id === 'bundling')).toEqual({ id: 'bundling', wallMs: 2000, cpuMs: 2200 });
		// A phase without CPU figures keeps none.
		expect(summary.phases.find((p) => p.id === 'serving')!.cpuMs).toBeNull();
		expect(summary.totalCpuMs).toBe(2 * 2390);
		expect(summary.search).toEqual({ buildTsCpuMs: 400, pagefindCpuMs: 600 });
		expect(medianPhases([])).toBeNull();
	});
});

describe('evaluateTargets', () => {
	it('meets every target for a lean, linear archive', () => {
		const targets = evaluateTargets([size(100), size(1000), size(5000)]);
		expect(Object.fromEntries(targets.map((t) => [t.id, t.met]))).toEqual({
			overhead: true,
			'overhead-search': true,
			'cpu-per-document': true,
			'memory-bare': true,
			'memory-linear': true,
			'memory-5000': true,
			'advice-page-weight': true,
			'first-search': true,
			'list-pages': true,
		});
	});

	it("judges issue 14's targets at 5,000 documents against the bare render with search, and CPU per document against 1,000", () => {
		// Bare with search at 5,000: 150 s + 25 s = 175 s, peak 4.25 GB (the render's).
		const lean = size(5000, { archiveMs: 200_000, archiveCpuMs: 5000 * 21.5, rss: 5e9 });
		const byId = Object.fromEntries(evaluateTargets([size(1000, { archiveCpuMs: 1000 * 20 }), lean]).map((t) => [t.id, t]));
		expect(byId['overhead-search']).toMatchObject({ value: 200_000 / 175_000, met: true, documents: 5000 });
		expect(byId['cpu-per-document']).toMatchObject({ value: 21.5 / 20, met: true });
		expect(byId['memory-bare']!.value).toBeCloseTo(5e9 / 4.25e9, 9);
		expect(byId['memory-bare']!.met).toBe(true);
		const slow = size(5000, { archiveMs: 230_000, archiveCpuMs: 5000 * 22.5 });
		const missed = Object.fromEntries(evaluateTargets([size(1000, { archiveCpuMs: 1000 * 20 }), slow]).map((t) => [t.id, t]));
		expect(missed['overhead-search']!.met).toBe(false);
		expect(missed['cpu-per-document']).toMatchObject({ value: 22.5 / 20, met: false });
	});

	it("leaves issue 14's targets unjudged when 5,000 (or 1,000) documents were not measured", () => {
		const byId = Object.fromEntries(evaluateTargets([size(1000), size(2000)]).map((t) => [t.id, t]));
		for (const id of ['overhead-search', 'cpu-per-document', 'memory-bare']) expect(byId[id]).toMatchObject({ value: null, met: null });
		expect(Object.fromEntries(evaluateTargets([size(5000)]).map((t) => [t.id, t.met]))['cpu-per-document']).toBeNull();
	});

	it('reports a missed target with its figure', () => {
		const targets = evaluateTargets([size(100), size(1000, { rss: 1.5 * GB }), size(5000, { archiveMs: 5000 * 60, rss: 9 * GB, firstQuery: 400 * KB })]);
		const byId = Object.fromEntries(targets.map((t) => [t.id, t]));
		expect(byId.overhead).toMatchObject({ met: false, value: 2 });
		expect(byId['memory-5000']).toMatchObject({ met: false, value: 9 * GB, extrapolated: false });
		expect(byId['memory-linear']!.met).toBe(false);
		expect(byId['first-search']).toMatchObject({ met: false, value: 400 * KB, documents: 5000 });
	});

	it('judges the list pages by their HTML at the largest corpus, and prints their size at every corpus size', () => {
		const big = size(5000);
		big.pageWeights = big.pageWeights.map((p) => (p.template === 'advice-list' ? { ...p, htmlBytes: 1024 * KB } : p));
		expect(evaluateTargets([size(100), big]).find((t) => t.id === 'list-pages')).toMatchObject({ met: false, value: 1024 * KB, documents: 5000 });
		const text = formatReport(report([size(20), size(40)]));
		expect(text).toContain('HTML size of the list pages per corpus size:');
		expect(text).toMatch(/\| 40 +\| +20\.0 KB \| +– \|/);
	});

	it('extrapolates memory to 5,000 documents from the two largest sizes, and leaves search at 5,000 unjudged', () => {
		const targets = evaluateTargets([size(20, { rss: 500e6 }), size(40, { rss: 520e6 })]);
		const memory = targets.find((t) => t.id === 'memory-5000')!;
		expect(memory.extrapolated).toBe(true);
		expect(memory.value).toBeCloseTo(520e6 + 1e6 * 4960);
		expect(targets.find((t) => t.id === 'first-search')!.met).toBeNull();
		expect(targets.find((t) => t.id === 'memory-linear')!.met).toBeNull();
	});
});

describe('validateReport', () => {
	it('accepts a complete, consistent report and prints it as tables', () => {
		const good = report([size(20), size(40)]);
		expect(validateReport(good)).toEqual([]);
		const text = formatReport(good);
		expect(text).toMatch(/\| documents \| pages \|/);
		expect(text).toMatch(/\| 40 +\| +50 \|/);
		expect(text).toMatch(/advice page HTML \+ CSS below 25 KB gzip/);
		// The bare reference with search, the phases (cold and warm) and the warm rebuild.
		expect(text).toMatch(/\| documents \| bare build \| bare CPU \| bare memory \| bare \+ search build \|/);
		expect(text).toMatch(/\| 40 cold \(median of 1\) +\| +0\.0 \/ 0\.0 \| +0\.4 \/ 0\.4 \|/);
		expect(text).toMatch(/\| 40 warm \(1 advice added\) +\|/);
		expect(text).toMatch(/\| 40 +\| +1600 ms \| +1600 ms \| +800 ms \| +800 ms \| +0\.50× \| +0\.50× \| +50 → 52 \|/);
	});

	it('finds a bare-with-search figure that does not add up, and phases that cost more CPU than the build', () => {
		const bad = report([size(20)]);
		bad.sizes[0]!.searchOverhead = 9;
		bad.sizes[0]!.phases!.phases[1]!.cpuMs = 1e6;
		bad.sizes[0]!.warm!.pages = 5;
		const problems = validateReport(bad);
		expect(problems).toContainEqual(expect.stringMatching(/searchOverhead is not archive\/bare-with-search/));
		expect(problems).toContainEqual(expect.stringMatching(/phases' CPU .* exceeds the measured build's/));
		expect(problems).toContainEqual(expect.stringMatching(/warm rebuild, with one advice more, has 5 pages/));
	});

	it('finds a smaller index for more documents, missing templates and impossible figures', () => {
		const shrinking = report([size(20, { index: 900 * KB }), size(40, { index: 800 * KB })]);
		expect(validateReport(shrinking)).toContainEqual(expect.stringMatching(/search index got smaller/));
		const broken = report([size(20)]);
		broken.sizes[0]!.pageWeights = broken.sizes[0]!.pageWeights.filter((p) => p.template !== 'advice');
		broken.sizes[0]!.archive.outputBytes = 0;
		broken.sizes[0]!.overhead = 7;
		const problems = validateReport(broken);
		expect(problems).toContainEqual(expect.stringMatching(/no page weight for template "advice"/));
		expect(problems).toContainEqual(expect.stringMatching(/outputBytes is not a positive number/));
		expect(problems).toContainEqual(expect.stringMatching(/overhead is not archive\/bare/));
	});
});
