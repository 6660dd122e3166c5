/** Tests for route-log.ts: Astro's build log read into files and render times, mapped to page files. */
import { describe, expect, it } from 'vitest';
import { costPerRoute, parseRenderLog, routeOf, routesFromPageFiles } from './route-log.ts';

/** This project's page files under src/pages (as of the profile tool's writing), `_data` included to be skipped. */
const PAGE_FILES = [
	'404.astro',
	'_data/follow-up.ts',
	'adviezen/[slug].astro',
	'adviezen/index.astro',
	'adviezen/jaar/[jaar].astro',
	'begrippen.astro',
	'bronnen/[...file].ts',
	'bronnen/[...name]/index.astro',
	'dvo/[periode]/[versie].astro',
	'dvo/[periode]/index.astro',
	'dvo/index.astro',
	'index.astro',
	'lokale-keuzes/index.astro',
	'lokale-keuzes/lokale-keuzes.csv.ts',
	'opvolging/[...filter].astro',
	'opvolging/index.astro',
	'robots.txt.ts',
	'rss.xml.ts',
	'sitemap-diwoo-[part].xml.ts',
	'sitemap.xml.ts',
	'sitemapindex-diwoo-[infocat].xml.ts',
	'vergelijk/[a]/[b]/index.astro',
];

describe('routeOf', () => {
	const routes = routesFromPageFiles(PAGE_FILES);
	it.each([
		['/404.html', '404'],
		['/index.html', 'index'],
		['/adviezen/index.html', 'adviezen/index'],
		['/adviezen/2022-dvo-2023/index.html', 'adviezen/[slug]'],
		['/adviezen/jaar/2093/index.html', 'adviezen/jaar/[jaar]'],
		['/begrippen/index.html', 'begrippen'],
		['/bronnen/2022/brief.pdf', 'bronnen/[...file]'],
		['/bronnen/2022/brief/index.html', 'bronnen/[...name]/index'],
		['/dvo/index.html', 'dvo/index'],
		['/dvo/2024-2025/index.html', 'dvo/[periode]/index'],
		['/dvo/2024-2025/ontwerp/index.html', 'dvo/[periode]/[versie]'],
		['/lokale-keuzes/lokale-keuzes.csv', 'lokale-keuzes/lokale-keuzes.csv'],
		['/opvolging/index.html', 'opvolging/index'],
		['/opvolging/jaar/2030/status/open/index.html', 'opvolging/[...filter]'],
		['/opvolging/status/open/index.html', 'opvolging/[...filter]'],
		['/robots.txt', 'robots.txt'],
		['/rss.xml', 'rss.xml'],
		['/sitemap.xml', 'sitemap.xml'],
		['/sitemap-diwoo-infocat010-1.xml', 'sitemap-diwoo-[part].xml'],
		['/sitemapindex-diwoo-infocat010.xml', 'sitemapindex-diwoo-[infocat].xml'],
		['/vergelijk/2022/2023/index.html', 'vergelijk/[a]/[b]/index'],
	])('%s was made by %s', (file, route) => {
		expect(routeOf(file, routes)).toBe(route);
	});

	it('knows no route for a file no page file makes, and none for the _data folder', () => {
		expect(routeOf('/zoeken/index.html', routes)).toBeNull();
		expect(routes.map((r) => r.id)).not.toContain('_data/follow-up');
	});
});

describe('parseRenderLog', () => {
	it('reads glued lines and pairs each end with the oldest open file (four at a time), a cached file with itself', () => {
		const log = [
			' generating static routes ',
			'02:57:42   ├─ /404.html02:57:42   ├─ /adviezen/jaar/2025/index.html02:57:42   ├─ /adviezen/jaar/2022/index.html (+10ms) ',
			'02:57:42   ├─ /adviezen/2021-dvo-2022/index.html (+1.50s) ',
			'\u001b[2m02:57:42\u001b[22m   \u001b[34m├─\u001b[39m \u001b[2m/rss.xml\u001b[22m \u001b[2m(+7ms)\u001b[22m ',
			'02:57:42   ├─ /robots.txt (cached) ',
			' (+2ms) ',
			'02:57:42 ✓ Completed in 245ms.',
		].join('\n');
		expect(parseRenderLog(log)).toEqual([
			{ path: '/404.html', ms: 10 },
			{ path: '/adviezen/jaar/2025/index.html', ms: 1500 },
			{ path: '/adviezen/jaar/2022/index.html', ms: 7 },
			{ path: '/adviezen/2021-dvo-2022/index.html', ms: 2 },
			{ path: '/rss.xml', ms: null },
			{ path: '/robots.txt', ms: null },
		]);
	});
});

describe('costPerRoute', () => {
	it('adds up pages and times per route, most expensive first, with ms per page and share', () => {
		const routes = routesFromPageFiles(PAGE_FILES);
		const costs = costPerRoute(
			[
				{ path: '/adviezen/a/index.html', ms: 30 },
				{ path: '/adviezen/b/index.html', ms: 10 },
				{ path: '/opvolging/index.html', ms: 50 },
				{ path: '/zoeken/index.html', ms: 10 },
				{ path: '/rss.xml', ms: null },
			],
			routes,
		);
		expect(costs).toEqual([
			{ route: 'opvolging/index', pages: 1, ms: 50, msPerPage: 50, share: 0.5 },
			{ route: 'adviezen/[slug]', pages: 2, ms: 40, msPerPage: 20, share: 0.4 },
			{ route: '(other)', pages: 1, ms: 10, msPerPage: 10, share: 0.1 },
			{ route: 'rss.xml', pages: 1, ms: 0, msPerPage: 0, share: 0 },
		]);
	});
});
