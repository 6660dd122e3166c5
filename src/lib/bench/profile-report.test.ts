/** Tests for profile-report.ts: the printed profile report shows routes, phases and each process's top functions. */
import { describe, expect, it } from 'vitest';
import { compareRoutes, formatProfileReport, formatRouteComparison, ROUTE_TIMES_NOTE, type ProfileReport } from './profile-report.ts';

const report: ProfileReport = {
	schemaVersion: 1,
	generatedAt: '2026-12-01T03:00:00.000Z',
	documents: 1000,
	seed: 1,
	corpus: { advice: 900, dvo: 100, periods: 20 },
	buildWallMs: 42_000,
	routesNote: ROUTE_TIMES_NOTE,
	routes: [
		{ route: 'adviezen/[slug]', pages: 900, ms: 9000, msPerPage: 10, share: 0.75 },
		{ route: 'opvolging/index', pages: 1, ms: 3000, msPerPage: 3000, share: 0.25 },
	],
	renderedFiles: 901,
	phases: {
		schemaVersion: 1,
		phases: [{ id: 'page-generation', wallMs: 12_000, cpuMs: 11_500 }],
		totalWallMs: 40_000,
		totalCpuMs: 50_000,
		search: { buildTsCpuMs: 1, pagefindCpuMs: 1 },
	},
	profiles: [
		{
			file: 'CPU.1.cpuprofile',
			process: 'astro',
			totalMs: 30_000,
			idleMs: 1000,
			gcMs: 2000,
			programMs: 500,
			topSelf: [{ name: 'renderPage', file: 'node_modules/astro/x.js', line: 12, ms: 800 }],
			topProject: [{ name: 'followUpOverview', file: 'src/lib/follow-up/overview.ts', line: 40, ms: 2500 }],
			topFiles: [{ file: 'node_modules/astro/x.js', ms: 900 }],
			topProjectFiles: [{ file: '.astro/.prerender/chunks/_slug__x.mjs', ms: 4000 }],
		},
	],
};

describe('formatProfileReport', () => {
	const text = formatProfileReport(report);

	it('prints each route with its pages, render time, ms per page and share, and how to read those times', () => {
		expect(text).toMatch(/\| adviezen\/\[slug\]\s+\|\s+900 \|\s+9,000 \|\s+10\.0 \|\s+75\.0% \|/);
		expect(text).toMatch(/\| opvolging\/index\s+\|\s+1 \|\s+3,000 \|\s+3,000\.0 \|\s+25\.0% \|/);
		expect(text).toContain(ROUTE_TIMES_NOTE);
	});

	it('prints the phases in seconds', () => {
		expect(text).toMatch(/\| page generation \|\s+12\.0 \|\s+11\.5 \|/);
	});

	it("prints each process's totals and its top functions with file and line", () => {
		expect(text).toContain('Process astro (CPU.1.cpuprofile): 30.0 s sampled, idle 1.0 s, GC 2.0 s');
		expect(text).toMatch(/\| renderPage \(node_modules\/astro\/x\.js:12\)\s+\|\s+800 \|/);
		expect(text).toMatch(/\| followUpOverview \(src\/lib\/follow-up\/overview\.ts:40\)\s+\|\s+2,500 \|/);
		expect(text).toMatch(/\| \.astro\/\.prerender\/chunks\/_slug__x\.mjs\s+\|\s+4,000 \|/);
	});
});

describe('compareRoutes', () => {
	it('puts each route of the larger archive next to the smaller one, with the growth of its ms per page', () => {
		const large: ProfileReport = {
			...report,
			documents: 5000,
			routes: [
				{ route: 'opvolging/index', pages: 1, ms: 15_000, msPerPage: 15_000, share: 0.5 },
				{ route: 'adviezen/[slug]', pages: 4500, ms: 45_000, msPerPage: 10, share: 0.45 },
				{ route: 'zoeken', pages: 1, ms: 5, msPerPage: 5, share: 0.05 },
			],
		};
		// Either order: the smaller archive comes first.
		expect(compareRoutes(large, report)).toEqual([
			{ route: 'opvolging/index', pages: [1, 1], msPerPage: [3000, 15_000], growth: 5 },
			{ route: 'adviezen/[slug]', pages: [900, 4500], msPerPage: [10, 10], growth: 1 },
			{ route: 'zoeken', pages: [0, 1], msPerPage: [0, 5], growth: null },
		]);
		expect(formatRouteComparison(report, large)).toMatch(/\| opvolging\/index\s+\|\s+1 \|\s+1 \|\s+3,000\.0 \|\s+15,000\.0 \|\s+5\.00× \|/);
	});
});
