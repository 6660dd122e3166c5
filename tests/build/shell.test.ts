/**
 * The site's frame on every page of both archives: a breadcrumb below home, the current section
 * marked in the main menu (comparisons included), the archived letter's reading page and its
 * byte-identical download, the DVO period overview against a version page, and the parts of the
 * accessibility statement.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { listHtmlPages, routeOf } from '../../src/lib/quality/site-files.ts';
import { repoRoot } from '../support/build-site.ts';
import { parsePage, readPage, visibleText } from '../support/html.ts';
import { sentencesOf } from '../support/sentences.ts';
import { serveStatic } from '../support/serve.ts';

const sites = [
	['real archive', () => inject('realSite')],
	['example archive', () => inject('exampleSite')],
] as const;

/** The menu item each page belongs to, written out here rather than taken from navigation.ts. */
function expectedSection(route: string): string | undefined {
	if (route === '/') return '/';
	if (/^\/vergelijk\/\d{4}\/\d{4}\/$/.test(route)) return '/lokale-keuzes/';
	if (route.startsWith('/vergelijk/')) return '/dvo/';
	if (route.startsWith('/bronnen/')) return '/adviezen/';
	for (const section of ['/adviezen/', '/dvo/', '/lokale-keuzes/', '/opvolging/', '/begrippen/']) if (route.startsWith(section)) return section;
	return undefined;
}

describe.each(sites)('the frame of every page of the %s', (_name, site) => {
	const routes = () => listHtmlPages(site()).map(routeOf);

	it('has a breadcrumb on every page below home, from home to the page itself', () => {
		expect(routes().length).toBeGreaterThan(10);
		for (const route of routes()) {
			const crumbs = parsePage(site(), route).querySelector('nav.aa-breadcrumb');
			if (route === '/') {
				expect(crumbs, route).toBeNull();
				continue;
			}
			expect(crumbs?.getAttribute('aria-label'), route).toBe('Kruimelpad');
			const items = crumbs!.querySelectorAll('li');
			expect(items.length, route).toBeGreaterThanOrEqual(2);
			expect(items[0]!.querySelector('a')?.getAttribute('href'), route).toBe('/');
			const current = items.at(-1)!.querySelector('[aria-current="page"]');
			expect(current && visibleText(current), route).toBeTruthy();
			expect(items.at(-1)!.querySelector('a'), route).toBeNull();
			// Every crumb but the last links to a page the site has.
			for (const link of crumbs!.querySelectorAll('a')) expect(routes(), `${route} → ${link.getAttribute('href')}`).toContain(link.getAttribute('href'));
		}
	});

	it('marks the current section in the main menu on every page in a section, comparisons included', () => {
		const outside: string[] = [];
		for (const route of routes()) {
			const marked = parsePage(site(), route).querySelectorAll('nav[aria-label="Hoofdmenu"] a[aria-current]');
			const section = expectedSection(route);
			if (!section) {
				outside.push(route);
				expect(marked, route).toHaveLength(0);
				continue;
			}
			expect(
				marked.map((a) => a.getAttribute('href')),
				route,
			).toEqual([section]);
			expect(marked[0]!.getAttribute('aria-current'), route).toBe(route === section ? 'page' : 'true');
		}
		// Only the pages that are not a section of the menu go unmarked.
		expect(outside.sort()).toEqual(['/404.html', '/open-data/', '/toegankelijkheid/', '/zoeken/']);
		expect(routes().filter((r) => r.startsWith('/vergelijk/')).length).toBeGreaterThan(0);
	});

	it('says in the footer of every page what the archive holds, counted', () => {
		for (const route of routes()) expect(visibleText(parsePage(site(), route).querySelector('footer')!), route).toMatch(/Dit archief bevat (\d+|geen) advie(s|zen) van de \S+ en (\d+|geen) versies? van de DVO/);
	});
});

describe('an archived letter', () => {
	const site = inject('realSite');
	const file = 'content/bronnen/advies-bar-dvo-2026-2027.txt';
	const original = readFileSync(path.join(repoRoot, file));
	const page = parsePage(site, '/bronnen/advies-bar-dvo-2026-2027/');

	it('is published as its original bytes, under its own name, with a download link', () => {
		expect(readFileSync(path.join(site, 'bronnen/advies-bar-dvo-2026-2027.txt')).equals(original)).toBe(true);
		const link = page.querySelector('a[href="/bronnen/advies-bar-dvo-2026-2027.txt"]');
		expect(link?.getAttribute('download')).toBe('advies-bar-dvo-2026-2027.txt');
	});

	it('has a reading page in the site’s layout with every sentence as received and its character set named', () => {
		expect(readPage(site, '/bronnen/advies-bar-dvo-2026-2027/')).toMatch(/^<!DOCTYPE html><html[^>]*><head><meta charset="utf-8"/i);
		const text = visibleText(page.querySelector('.aa-source__text')!);
		const missing = sentencesOf(original.toString('utf8')).filter((sentence) => !text.includes(sentence));
		expect(missing).toEqual([]);
		expect(visibleText(page.querySelector('main')!)).toContain('Tekenset UTF-8');
		expect(page.querySelector('main a[href="/adviezen/2025-dvo-2026-2027/"]')).not.toBeNull();
	});

	it('is sent as UTF-8 text by the generated server configuration, byte for byte, so no browser guesses its character set', async () => {
		const server = await serveStatic(site);
		try {
			const response = await fetch(`${server.origin}/bronnen/advies-bar-dvo-2026-2027.txt`);
			expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
			expect(Buffer.from(await response.arrayBuffer()).equals(original)).toBe(true);
		} finally {
			await server.close();
		}
	});

	it('is linked from its advice page, and listed in the sitemap', () => {
		expect(parsePage(site, '/adviezen/2025-dvo-2026-2027/').querySelector('a[href="/bronnen/advies-bar-dvo-2026-2027/"]')).not.toBeNull();
		expect(readFileSync(path.join(site, 'sitemap.xml'), 'utf8')).toContain('/bronnen/advies-bar-dvo-2026-2027/</loc>');
	});
});

describe('a DVO period page and a version page', () => {
	const site = inject('exampleSite');
	const period = parsePage(site, '/dvo/2024-2025/');
	const draft = parsePage(site, '/dvo/2024-2025/ontwerp/');
	const final = parsePage(site, '/dvo/2024-2025/vastgesteld/');

	it('the period page is an overview: the versions in the archive with their dates, the advice, the comparisons', () => {
		expect(visibleText(period.querySelector('h1')!)).toBe('DVO 2024-2025');
		const versions = period.querySelectorAll('.aa-period__version').map((li) => visibleText(li));
		expect(versions).toHaveLength(2);
		expect(versions[0]).toMatch(/^Ontwerp-DVO .*Ontwerp, 1 september 2023/);
		expect(versions[1]).toContain('nieuwste versie in dit archief');
		expect(period.querySelector('#advies ~ ul a[href="/adviezen/2023-dvo-2024-2025/"]')).not.toBeNull();
		expect(period.querySelectorAll('#vergelijken ~ ul a').map((a) => a.getAttribute('href'))).toContain('/vergelijk/2024-2025-ontwerp/2024-2025-vastgesteld/');
		// Not a copy of the version page: no text of the agreement, not in the search index.
		expect(period.querySelector('#tekst')).toBeNull();
		expect(period.querySelector('[data-pagefind-body]')).toBeNull();
	});

	it('a version page says which version it is, measured against this archive, and leads to the overview', () => {
		const draftNote = draft.querySelector('.aa-version-banner')!;
		expect(visibleText(draftNote)).toContain('Dit is niet de nieuwste versie in dit archief.');
		expect(draftNote.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(['/dvo/2024-2025/vastgesteld/', '/dvo/2024-2025/']);
		expect(visibleText(final.querySelector('.aa-version-banner')!)).toContain('de nieuwste in dit archief');
		expect(final.querySelectorAll('.aa-breadcrumb a').map((a) => a.getAttribute('href'))).toEqual(['/', '/dvo/', '/dvo/2024-2025/']);
	});

	it('a draft marks its amounts as proposals', () => {
		expect(visibleText(draft.querySelector('#lokale-keuzes')!.parentNode!)).toContain('Dit is een ontwerp: de bedragen hieronder zijn voorstellen');
		expect(final.querySelector('.aa-proposal-note')).toBeNull();
	});
});

describe('the accessibility statement', () => {
	it('on the real archive: status and check date said to be not recorded, contact from the settings, nothing invented', () => {
		const page = parsePage(inject('realSite'), '/toegankelijkheid/');
		const text = visibleText(page.querySelector('main')!);
		expect(page.querySelectorAll('main h2').map((h) => h.id)).toEqual(['status', 'controle', 'bekende-problemen', 'wat-de-website-doet', 'privacy', 'contact']);
		expect(text).toContain('geen status volgens het model (A tot en met E) vastgelegd');
		expect(text).toContain('De datum van de laatste controle door een persoon is niet vastgelegd.');
		expect(text).toContain('WCAG 1.3.1');
		expect(text).toContain('Wat eraan gedaan wordt:');
		expect(text).toContain('Neem contact op met de gemeente Heumen en vraag naar de Burgeradviesraad.');
		expect(page.querySelector('main a[href^="mailto:"], main a[href^="tel:"]')).toBeNull();
	});

	it('on the example archive: the status, the date of the last check and a linked contact address', () => {
		const page = parsePage(inject('exampleSite'), '/toegankelijkheid/');
		const text = visibleText(page.querySelector('main')!);
		expect(text).toContain('De status van deze website volgens het model is B: voldoet gedeeltelijk.');
		expect(text).toContain('voor het laatst door een persoon gecontroleerd op 30 november 2026');
		expect(page.querySelector('#contact ~ ul a[href="mailto:secretaris@voorbeeldraad.example"]')).not.toBeNull();
		expect(page.querySelector('#contact ~ ul a[href="https://voorbeeldraad.example/contact/"]')).not.toBeNull();
	});
});
