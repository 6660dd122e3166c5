import { describe, expect, it } from 'vitest';
import {
	accessibilityPath,
	adviceListPath,
	advicePath,
	comparisonPath,
	dvoListPath,
	faviconPath,
	followUpFilterPath,
	followUpPath,
	glossaryPath,
	glossaryTermPath,
	homePath,
	isComparisonPath,
	isSourcePath,
	isYearComparisonPath,
	localChoicesCsvPath,
	localChoicesJsonPath,
	localChoicesPath,
	periodPath,
	pointAnchor,
	pointPath,
	rssPath,
	searchPath,
	sitemapPath,
	sitemapPaths,
	sourceDownloadPath,
	sourceFileName,
	sourceName,
	sourcePagePath,
	STATIC_PAGES,
	versionPath,
	versionPathFromId,
} from './routes.ts';

const draft = { id: '2026-2027/ontwerp', data: { period: { firstYear: 2026, lastYear: 2027 }, version: 'ontwerp' as const, versionDate: undefined, title: 'DVO 2026-2027 (ontwerp)' } };
const single = { id: '2023/vastgesteld', data: { period: { firstYear: 2023, lastYear: 2023 }, version: 'vastgesteld' as const, versionDate: undefined, title: 'DVO 2023' } };

describe('routes', () => {
	it('gives the section pages their Dutch addresses', () => {
		expect([homePath(), adviceListPath(), dvoListPath(), localChoicesPath(), followUpPath(), glossaryPath(), searchPath(), accessibilityPath()]).toEqual([
			'/',
			'/adviezen/',
			'/dvo/',
			'/lokale-keuzes/',
			'/opvolging/',
			'/begrippen/',
			'/zoeken/',
			'/toegankelijkheid/',
		]);
		expect(STATIC_PAGES).toContain('/toegankelijkheid/');
		expect(rssPath()).toBe('/rss.xml');
		expect(sitemapPath()).toBe('/sitemap.xml');
		expect(faviconPath()).toBe('/favicon.svg');
	});

	it('links an advice, and a point inside it by its anchor', () => {
		expect(advicePath('2025-dvo-2026-2027')).toBe('/adviezen/2025-dvo-2026-2027/');
		expect(pointAnchor('lokale-binding')).toBe('punt-lokale-binding');
		expect(pointPath('2025-dvo-2026-2027', 'lokale-binding')).toBe('/adviezen/2025-dvo-2026-2027/#punt-lokale-binding');
	});

	it('separates a period overview from an exact version, also for a one-year period', () => {
		expect(periodPath('2026-2027')).toBe('/dvo/2026-2027/');
		expect(versionPath(draft)).toBe('/dvo/2026-2027/ontwerp/');
		expect(versionPath(single)).toBe('/dvo/2023/vastgesteld/');
		// The id alone gives the same address (the search index predicts pages from ids).
		expect(versionPathFromId(draft.id)).toBe(versionPath(draft));
	});

	it('addresses comparisons by the slugs of their two sides and tells year pairs from version pairs', () => {
		expect(comparisonPath('2026', '2027')).toBe('/vergelijk/2026/2027/');
		expect(comparisonPath({ slug: '2024-2025-ontwerp' }, { slug: '2024-2025-vastgesteld' })).toBe('/vergelijk/2024-2025-ontwerp/2024-2025-vastgesteld/');
		expect(isYearComparisonPath('/vergelijk/2026/2027/')).toBe(true);
		expect(isYearComparisonPath('/vergelijk/2023-vastgesteld/2024-2025-ontwerp/')).toBe(false);
		expect(isYearComparisonPath('/lokale-keuzes/')).toBe(false);
		expect(isComparisonPath('/vergelijk/2026/2027/')).toBe(true);
		expect(isComparisonPath('/dvo/2026-2027/')).toBe(false);
	});

	it('puts the downloads of the local choices next to their page', () => {
		expect(localChoicesCsvPath()).toBe('/lokale-keuzes/lokale-keuzes.csv');
		expect(localChoicesJsonPath()).toBe('/lokale-keuzes/lokale-keuzes.json');
	});

	it('gives every follow-up filter its own static page', () => {
		expect(followUpFilterPath({ kind: 'jaar', year: 2025 })).toBe('/opvolging/jaar/2025/');
		expect(followUpFilterPath({ kind: 'status', status: 'open' })).toBe('/opvolging/status/open/');
		expect(followUpFilterPath({ kind: 'onderwerp', slug: 'lokale-binding' })).toBe('/opvolging/onderwerp/lokale-binding/');
	});

	it('links a glossary term by its id', () => {
		expect(glossaryTermPath('dvo')).toBe('/begrippen/#dvo');
	});

	it('gives an archived letter a reading page and keeps its original file under its own name', () => {
		expect(sourceFileName('bronnen/advies-bar-dvo-2026-2027.txt')).toBe('advies-bar-dvo-2026-2027.txt');
		expect(sourceName('bronnen/advies-bar-dvo-2026-2027.txt')).toBe('advies-bar-dvo-2026-2027');
		expect(sourcePagePath('bronnen/advies-bar-dvo-2026-2027.txt')).toBe('/bronnen/advies-bar-dvo-2026-2027/');
		expect(sourceDownloadPath('bronnen/advies-bar-dvo-2026-2027.txt')).toBe('/bronnen/advies-bar-dvo-2026-2027.txt');
		expect(isSourcePath('/bronnen/advies-bar-dvo-2026-2027/')).toBe(true);
		expect(isSourcePath('/adviezen/')).toBe(false);
		// Sub-folders stay; another format keeps its extension, so a letter kept as text and as Word gets two pages.
		expect(sourcePagePath('bronnen/2025/brief.v2.docx')).toBe('/bronnen/2025/brief.v2-docx/');
		expect(sourcePagePath('bronnen/advies-bar-dvo-2026-2027.docx')).not.toBe(sourcePagePath('bronnen/advies-bar-dvo-2026-2027.txt'));
		expect(sourceDownloadPath('bronnen/2025/brief.v2.docx')).toBe('/bronnen/2025/brief.v2.docx');
	});

	it('builds the sitemap from the same functions, every page once', () => {
		const paths = sitemapPaths({
			adviceIds: ['2025-dvo-2026-2027'],
			periodSlugs: ['2026-2027'],
			versions: [draft],
			comparisons: [comparisonPath('2026', '2027'), comparisonPath('2026', '2027')],
			followUpFilters: [{ kind: 'jaar', year: 2025 }],
			sourceFiles: ['bronnen/advies-bar-dvo-2026-2027.txt'],
		});
		expect(paths).toEqual([
			...STATIC_PAGES,
			'/adviezen/2025-dvo-2026-2027/',
			'/dvo/2026-2027/',
			'/dvo/2026-2027/ontwerp/',
			'/vergelijk/2026/2027/',
			'/opvolging/jaar/2025/',
			'/bronnen/advies-bar-dvo-2026-2027/',
		]);
		// Downloads are files, not pages: not in the sitemap.
		expect(paths).not.toContain('/bronnen/advies-bar-dvo-2026-2027.txt');
	});
});
