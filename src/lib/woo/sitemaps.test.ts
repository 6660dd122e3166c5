import { describe, expect, it } from 'vitest';
import { buildWooEntries } from './entries.ts';
import { buildWooFiles, describeCounts, renderRobots, renderUrl, sitemapFileName, sitemapIndexFileName, splitIntoSitemaps, SITEMAP_LIMITS } from './sitemaps.ts';
import { smallArchive, wooSettings } from './test-fixtures.ts';
import { SITEMAP_INDEX_NAME, sitemapLocs, validateDiwooSitemap, validateRobots, validateSitemapIndex } from './validate.ts';

const settings = wooSettings();
const { entries } = buildWooEntries(settings, smallArchive().advice, smallArchive().dvo, smallArchive().responses);

/** A generated list of n entries: copies of one advice entry at different addresses. */
function generated(n: number) {
	const template = entries.find((e) => e.kind === 'advies')!;
	return Array.from({ length: n }, (_, i) => ({ ...template, loc: `https://raad.example/adviezen/a-${String(i).padStart(6, '0')}/` }));
}

describe('DiWoo files', () => {
	it('names the index after the category number, as the harvester requires', () => {
		expect(sitemapIndexFileName({ number: '010' })).toBe('sitemapindex-diwoo-infocat010.xml');
		expect(sitemapIndexFileName({ number: '018' })).toMatch(SITEMAP_INDEX_NAME);
		expect(sitemapFileName({ number: '010' }, 2)).toBe('sitemap-diwoo-infocat010-2.xml');
	});

	it('writes one valid index per category with entries, each listing valid sitemaps', () => {
		const { files, indexes } = buildWooFiles(entries, settings.publisher, settings.baseUrl);
		expect(indexes).toEqual(['sitemapindex-diwoo-infocat010.xml', 'sitemapindex-diwoo-infocat018.xml']);
		for (const index of indexes) {
			expect(validateSitemapIndex(index, files.get(index)!)).toEqual([]);
			for (const loc of sitemapLocs(files.get(index)!)) {
				const name = new URL(loc).pathname.slice(1);
				expect(validateDiwooSitemap(files.get(name)!), name).toEqual([]);
			}
		}
	});

	it('keeps the limits of 50,000 addresses and 50 MB per file', () => {
		expect(SITEMAP_LIMITS).toEqual({ maxUrls: 50_000, maxBytes: 52_428_800 });
	});

	it('splits a long list into several sitemaps by number of addresses, keeping order and losing none', () => {
		const list = generated(7);
		const { files, indexes } = buildWooFiles(list, settings.publisher, settings.baseUrl, { maxUrls: 3, maxBytes: SITEMAP_LIMITS.maxBytes });
		const listed = sitemapLocs(files.get(indexes[0]!)!);
		expect(listed.map((l) => new URL(l).pathname)).toEqual(['/sitemap-diwoo-infocat010-1.xml', '/sitemap-diwoo-infocat010-2.xml', '/sitemap-diwoo-infocat010-3.xml']);
		const locs = listed.flatMap((l) => [...files.get(new URL(l).pathname.slice(1))!.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]));
		expect(locs).toEqual(list.map((e) => e.loc));
	});

	it('splits by size too, so that no sitemap is larger than the limit', () => {
		const urls = generated(10).map((e) => renderUrl(e, settings.publisher));
		const oneUrl = Buffer.byteLength(urls[0]!, 'utf8');
		const maxBytes = 400 + oneUrl * 3;
		const groups = splitIntoSitemaps(urls, { maxUrls: 50_000, maxBytes });
		expect(groups.length).toBeGreaterThan(3);
		expect(groups.flat()).toEqual(urls);
		const { files } = buildWooFiles(generated(10), settings.publisher, settings.baseUrl, { maxUrls: 50_000, maxBytes });
		for (const [name, xml] of files) if (name.startsWith('sitemap-')) expect(Buffer.byteLength(xml, 'utf8')).toBeLessThanOrEqual(maxBytes);
	});

	it('gives the same bytes for the same entries, in whatever order they come', () => {
		const sorted = buildWooEntries(settings, smallArchive().advice.reverse(), smallArchive().dvo.reverse(), smallArchive().responses.reverse()).entries;
		expect([...buildWooFiles(sorted, settings.publisher, settings.baseUrl).files]).toEqual([...buildWooFiles(entries, settings.publisher, settings.baseUrl).files]);
	});

	it('robots.txt names every index with its absolute address, and a fictional archive asks not to be indexed', () => {
		const { indexes } = buildWooFiles(entries, settings.publisher, settings.baseUrl);
		const robots = renderRobots('https://raad.example/', ['sitemap.xml', ...indexes], false);
		expect(validateRobots(robots, indexes.map((i) => `https://raad.example/${i}`))).toEqual([]);
		expect(robots).toContain('Allow: /');
		const fictional = renderRobots('https://raad.example/', indexes, true);
		expect(fictional).toMatch(/^User-agent: \*\nDisallow: \/$/m);
		expect(validateRobots('User-agent: *\nAllow: /\n', ['https://raad.example/sitemapindex-diwoo-infocat010.xml'])).toEqual([
			'robots.txt noemt de sitemapindex https://raad.example/sitemapindex-diwoo-infocat010.xml niet',
		]);
	});

	it('says in words what an index holds, singular and plural', () => {
		expect(describeCounts({ reactie: 2, advies: 1, bronbrief: 1 })).toBe('1 advies, 1 brief zoals ontvangen, 2 reacties van het college');
		expect(describeCounts({ dvo: 5 })).toBe('5 DVO-versies');
	});

	it('escapes text from the content', () => {
		const entry = { ...entries.find((e) => e.kind === 'advies')!, title: 'Advies <over> "lokale" keuzes & meer' };
		const xml = buildWooFiles([entry], settings.publisher, settings.baseUrl).files.get('sitemap-diwoo-infocat010-1.xml')!;
		expect(validateDiwooSitemap(xml)).toEqual([]);
		expect(xml).toContain('Advies &lt;over&gt; &quot;lokale&quot; keuzes &amp; meer');
	});
});
