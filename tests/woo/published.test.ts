/**
 * The Woo output of the built sites, read back as a harvester would: robots.txt, every DiWoo
 * sitemap index, every sitemap it lists and every entry, checked against the standard's rules
 * with our own validator; and the JSON-LD and "Vaste link" on every document template.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, inject, it } from 'vitest';
import { loadSettings } from '../../src/lib/content/load-settings.ts';
import { isPlaceholderAddress } from '../../src/lib/site-address.ts';
import { resolveSitePath } from '../../src/lib/quality/link-check.ts';
import { listHtmlPages, listSiteFiles, routeOf } from '../../src/lib/quality/site-files.ts';
import { DIWOO_NAMESPACE, INFORMATION_CATEGORIES } from '../../src/lib/woo/tooi.ts';
import { SITEMAP_INDEX_NAME, sitemapLocs, validateDiwooSitemap, validateRobots, validateSitemapIndex } from '../../src/lib/woo/validate.ts';
import { repoRoot } from '../support/build-site.ts';
import { FIXTURE_SITES } from '../support/global-setup.ts';
import { parsePage, visibleText } from '../support/html.ts';

const sites = { real: inject('realSite'), example: inject('exampleSite') };
const baseUrl = { real: loadSettings(path.join(repoRoot, FIXTURE_SITES.realSite))!.baseUrl, example: loadSettings(path.join(repoRoot, FIXTURE_SITES.exampleSite))!.baseUrl };

function read(site: string, file: string): string {
	return readFileSync(path.join(site, file), 'utf8');
}

/** Every <url> of every DiWoo sitemap of a site, with its DiWoo fields as text. */
function entries(site: string) {
	const indexes = listSiteFiles(site).filter((f) => SITEMAP_INDEX_NAME.test(f));
	return indexes.flatMap((index) =>
		sitemapLocs(read(site, index)).flatMap((loc) => {
			const doc = new DOMParser().parseFromString(read(site, new URL(loc).pathname.slice(1)), 'text/xml');
			return [...doc.getElementsByTagNameNS('http://www.sitemaps.org/schemas/sitemap/0.9', 'url')].map((url) => {
				const field = (name: string) => url.getElementsByTagNameNS(DIWOO_NAMESPACE, name)[0];
				return {
					index,
					loc: url.getElementsByTagNameNS('http://www.sitemaps.org/schemas/sitemap/0.9', 'loc')[0]!.textContent!,
					lastmod: url.getElementsByTagNameNS('http://www.sitemaps.org/schemas/sitemap/0.9', 'lastmod')[0]!.textContent!,
					title: field('officieleTitel')?.textContent,
					category: field('informatiecategorie')?.getAttribute('resource'),
					created: field('creatiedatum')?.textContent,
					publisher: field('publisher')?.getAttribute('resource'),
					atTime: field('atTime')?.textContent,
				};
			});
		}),
	);
}

describe.each(Object.entries(sites) as ['real' | 'example', string][])('the Woo output of the %s site', (name, site) => {
	const indexes = listSiteFiles(site).filter((f) => SITEMAP_INDEX_NAME.test(f));

	it('has DiWoo sitemap indexes at the site root, each valid, each named in robots.txt', () => {
		expect(indexes.length).toBeGreaterThan(0);
		const robots = read(site, 'robots.txt');
		expect(validateRobots(robots, indexes.map((i) => new URL(`/${i}`, baseUrl[name]).href))).toEqual([]);
		for (const index of indexes) expect(validateSitemapIndex(index, read(site, index)), index).toEqual([]);
	});

	it('lists sitemaps that exist and follow the DiWoo rules in every entry', () => {
		for (const index of indexes) {
			const locs = sitemapLocs(read(site, index));
			expect(locs.length).toBeGreaterThan(0);
			for (const loc of locs) {
				expect(new URL(loc).origin).toBe(new URL(baseUrl[name]).origin);
				const file = new URL(loc).pathname.slice(1);
				expect(existsSync(path.join(site, file)), file).toBe(true);
				expect(validateDiwooSitemap(read(site, file)), file).toEqual([]);
			}
		}
	});

	it('files every entry in the index of its own category, with the publisher from the settings', () => {
		const settings = loadSettings(path.join(repoRoot, FIXTURE_SITES[name === 'real' ? 'realSite' : 'exampleSite']))!;
		for (const entry of entries(site)) {
			const category = INFORMATION_CATEGORIES.find((c) => c.uri === entry.category)!;
			expect(entry.index).toBe(`sitemapindex-diwoo-infocat${category.number}.xml`);
			expect(entry.publisher).toBe(settings.woo!.publisher);
			expect(entry.lastmod >= entry.created!).toBe(true);
			expect(entry.atTime!.startsWith(entry.created!)).toBe(true);
		}
	});

	it('points every entry at a page the site has', () => {
		for (const entry of entries(site)) {
			const url = new URL(entry.loc);
			const page = resolveSitePath(path.resolve(site), url.pathname);
			expect(page, entry.loc).toBeDefined();
			if (url.hash) expect(read(site, path.relative(site, page!)), entry.loc).toContain(`id="${url.hash.slice(1)}"`);
		}
	});

	it('puts JSON-LD and the permanent address on every advice, DVO and letter page', () => {
		const documentPages = listHtmlPages(site)
			.map(routeOf)
			// Advice, DVO versions and letters as received; the period overview /dvo/<periode>/ is not a document.
			.filter((route) => /^\/adviezen\/[^/]+\/$|^\/dvo\/[^/]+\/[^/]+\/$|^\/bronnen\/.+\/$/.test(route));
		expect(documentPages.some((r) => r.startsWith('/adviezen/'))).toBe(true);
		// The real archive holds its letter as received; the example archive has none.
		if (name === 'real') expect(documentPages.some((r) => r.startsWith('/bronnen/'))).toBe(true);
		expect(documentPages.some((r) => /^\/dvo\/[^/]+\/[^/]+\/$/.test(r))).toBe(true);
		for (const route of documentPages) {
			const page = parsePage(site, route);
			const scripts = page.querySelectorAll('script[type="application/ld+json"]');
			expect(scripts, route).toHaveLength(1);
			const data = JSON.parse(scripts[0]!.textContent);
			expect(data['@context']).toBe('https://schema.org');
			expect(data.inLanguage).toBe('nl-NL');
			const link = page.querySelector('.aa-document-meta__link a')!;
			const linkText = visibleText(page.querySelector('.aa-document-meta__link')!);
			expect(linkText).toMatch(/^Vaste link: /);
			if (isPlaceholderAddress(baseUrl[name])) {
				// The fixtures keep the localhost placeholder: the page shows the path and claims no permanent address.
				expect(link.getAttribute('href')).toBe(new URL(data.url).pathname);
				expect(linkText).toContain('Het adres van de website is nog niet ingesteld.');
				expect(linkText).not.toContain('localhost');
			} else {
				expect(link.getAttribute('href')).toBe(data.url);
				expect(linkText).toContain('Dit adres blijft hetzelfde');
			}
			if (route.startsWith('/adviezen/')) {
				expect(data['@type']).toBe('Report');
				expect(data.url).toBe(new URL(route, baseUrl[name]).href);
				expect(data.author).toMatchObject({ '@type': 'Organization' });
				expect(data.about.url).toMatch(/\/dvo\/[^/]+\/[^/]+\/$/);
				expect(data.isBasedOn.url).toBe(data.about.url);
				expect(data.dateCreated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			} else if (route.startsWith('/bronnen/')) {
				// The letter as received: its own page, with the original file as its encoding.
				expect(data['@type']).toBe('DigitalDocument');
				expect(data.url).toBe(new URL(route, baseUrl[name]).href);
				expect(data.name).toMatch(/\(brief zoals ontvangen\)$/);
				const download = page.querySelector('a[download]')!.getAttribute('href')!;
				expect(data.encoding.contentUrl).toBe(new URL(download, baseUrl[name]).href);
				expect(data.encoding.encodingFormat).toMatch(/^(text\/plain|application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document)$/);
			} else {
				expect(['DigitalDocument', 'WebPage']).toContain(data['@type']);
				expect(data.url).toBe(new URL(route, baseUrl[name]).href);
			}
		}
	});
});

describe('the real archive in the Woo-index', () => {
	const site = sites.real;

	it('publishes the 2025 advice and its letter under adviezen, dated by the meeting of 19 September 2025 and changed by its erratum of 1 December 2026', () => {
		const list = entries(site);
		const advice = list.find((e) => e.loc.endsWith('/adviezen/2025-dvo-2026-2027/'))!;
		expect(advice).toMatchObject({ index: 'sitemapindex-diwoo-infocat010.xml', created: '2025-09-19', lastmod: '2026-12-01', category: 'https://identifier.overheid.nl/tooi/def/thes/kern/c_99a836c7' });
		expect(list.find((e) => e.loc.endsWith('/bronnen/advies-bar-dvo-2026-2027/'))).toMatchObject({ created: '2025-09-19' });
	});

	it('leaves out the draft DVO, whose text the archive does not hold', () => {
		expect(entries(site).some((e) => e.loc.includes('/dvo/'))).toBe(false);
	});

	it('says on the advice page which date counts and why', () => {
		const text = visibleText(parsePage(site, '/adviezen/2025-dvo-2026-2027/').querySelector('.aa-document-meta')!);
		expect(text).toContain('Datum van dit advies: 19 september 2025. De brief zelf heeft geen datum. Heeft de brief van een advies geen datum, dan geldt de datum van de vergadering waarin de Burgeradviesraad Heumen het advies besprak. Wordt de datum van de brief later toegevoegd, dan geldt die.');
	});

	it('lists every machine-readable file on the Open data page', () => {
		const page = parsePage(site, '/open-data/');
		const hrefs = page.querySelectorAll('main a').map((a) => a.getAttribute('href'));
		expect(hrefs).toEqual(expect.arrayContaining(['/lokale-keuzes/lokale-keuzes.csv', '/lokale-keuzes/lokale-keuzes.json', '/rss.xml', '/sitemap.xml', '/robots.txt', '/sitemapindex-diwoo-infocat010.xml']));
		expect(visibleText(page.querySelector('main')!)).toContain('sitemapindex-diwoo-infocat010.xml: informatiecategorie “adviezen”, 2 documenten (1 advies, 1 brief zoals ontvangen).');
	});
});

describe('the example archive in the Woo-index', () => {
	it('has an entry for every advice, every DVO version and every response, and asks not to be indexed', () => {
		const list = entries(sites.example);
		expect(new Set(list.map((e) => e.index))).toEqual(new Set(['sitemapindex-diwoo-infocat010.xml', 'sitemapindex-diwoo-infocat011.xml', 'sitemapindex-diwoo-infocat018.xml']));
		expect(list.filter((e) => e.loc.includes('/adviezen/') && !e.loc.includes('#'))).toHaveLength(4);
		expect(list.filter((e) => e.loc.includes('/dvo/'))).toHaveLength(5);
		expect(list.filter((e) => e.loc.includes('#punt-'))).toHaveLength(3);
		expect(read(sites.example, 'robots.txt')).toMatch(/^User-agent: \*\nDisallow: \/$/m);
	});
});
