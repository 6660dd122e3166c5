import { describe, expect, it } from 'vitest';
import type { PageWeight } from './page-weight.ts';
import { evaluateTargets, formatReport, GB, KB, median, summariseRuns, type BenchReport, type SizeResult } from './report.ts';
import { validateReport } from './validate.ts';

const TEMPLATES = ['home', 'advice', 'advice-list', 'dvo-version', 'dvo-period', 'dvo-list', 'glossary', 'not-found'];

function weight(template: string, htmlGzip = 4 * KB): PageWeight {
	return { template, path: `/${template}/`, htmlBytes: 5 * htmlGzip, htmlGzipBytes: htmlGzip, cssBytes: 40 * KB, cssGzipBytes: 7 * KB, jsBytes: 0, jsGzipBytes: 0, totalBytes: 5 * htmlGzip + 40 * KB, totalGzipBytes: htmlGzip + 7 * KB };
}

function size(documents: number, options: { archiveMs?: number; bareMs?: number; rss?: number; index?: number; firstQuery?: number } = {}): SizeResult {
	const archiveMs = options.archiveMs ?? documents * 40;
	const bareMs = options.bareMs ?? documents * 30;
	const archive = summariseRuns([{ wallMs: archiveMs, cpuMs: archiveMs, peakRssBytes: options.rss ?? 300e6 + documents * 0.5e6 }], documents, documents + 10, documents * 20_000);
	const bare = summariseRuns([{ wallMs: bareMs, cpuMs: bareMs, peakRssBytes: 250e6 + documents * 0.8e6 }], documents, documents, documents * 9_000);
	return {
		documents,
		advice: Math.floor(documents / 2),
		dvo: documents - Math.floor(documents / 2),
		periods: 3,
		corpusBytes: documents * 10_000,
		archive,
		bare,
		overhead: archive.msPerDocument / bare.msPerDocument,
		cpuOverhead: archive.cpuMs! / bare.cpuMs!,
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
		schemaVersion: 1,
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
});

describe('evaluateTargets', () => {
	it('meets every target for a lean, linear archive', () => {
		const targets = evaluateTargets([size(100), size(1000), size(5000)]);
		expect(Object.fromEntries(targets.map((t) => [t.id, t.met]))).toEqual({ overhead: true, 'memory-linear': true, 'memory-5000': true, 'advice-page-weight': true, 'first-search': true, 'list-pages': true });
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
