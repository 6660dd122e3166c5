/**
 * The real archive, built as a visitor gets it: the 2025 advice on the draft DVO 2026-2027
 * and the draft DVO itself.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { repoRoot } from '../support/build-site.ts';
import { parsePage, readPage, visibleText } from '../support/html.ts';
import { sentencesOf } from '../support/sentences.ts';

const site = inject('realSite');
const advicePage = '/adviezen/2025-dvo-2026-2027/';
const letter = readFileSync(path.join(repoRoot, 'content/bronnen/advies-bar-dvo-2026-2027.txt'), 'utf8');

describe('the advice page', () => {
	const page = parsePage(site, advicePage);
	const letterText = visibleText(page.querySelector('.aa-prose')!);

	it('contains every sentence of the letter as received', () => {
		const sentences = sentencesOf(letter);
		expect(sentences.length).toBeGreaterThan(30);
		const missing = sentences.filter((sentence) => !letterText.includes(sentence));
		expect(missing).toEqual([]);
	});

	it('shows the letter in the same order as the source', () => {
		let position = 0;
		for (const sentence of sentencesOf(letter)) {
			const found = letterText.indexOf(sentence, position);
			expect(found, sentence).toBeGreaterThanOrEqual(position);
			position = found + sentence.length;
		}
	});

	it("uses the letter's own headings as headings, each with an id and a link to itself", () => {
		const headings = page.querySelectorAll('.aa-prose h2, .aa-prose h3');
		const texts = headings.map((h) => visibleText(h));
		expect(texts).toEqual(['Advies', 'Taalgebruik:', 'Advies over Lokale keuzes DVO 2026-2027', 'Budget voor participatiecoaching', 'Restant budgetten in 2026 en 2027', 'Tot slot']);
		for (const heading of headings) {
			const id = heading.getAttribute('id');
			expect(id).toMatch(/^[a-z0-9-]+$/);
			expect(heading.querySelector('a.heading-anchor')?.getAttribute('href')).toBe(`#${id}`);
		}
	});

	it('is in Dutch and has one h1', () => {
		const html = readPage(site, advicePage);
		expect(html).toMatch(/<html[^>]*lang="nl"/);
		expect(page.querySelectorAll('h1')).toHaveLength(1);
	});

	it('summarises verdict, dates in Dutch notation and the DVO it concerns', () => {
		const summary = visibleText(page.querySelector('.aa-summary')!);
		expect(summary).toContain('Positief, met opmerkingen');
		expect(summary).toContain('19 september 2025');
		expect(summary).toContain('1 oktober 2025');
		expect(summary).toContain('9 oktober 2025');
		expect(summary).toContain('Niet bekend: de brief zelf heeft geen datum');
		const dvoLink = page.querySelectorAll('.aa-summary a').find((a) => a.getAttribute('href') === '/dvo/2026-2027/ontwerp/');
		expect(dvoLink?.textContent).toContain('Ontwerp-DVO WerkBedrijf 2026-2027');
	});

	it('lists the open questions as points with no response yet', () => {
		const points = page.querySelectorAll('.aa-points > li');
		expect(points.length).toBe(7);
		const ids = points.map((p) => p.getAttribute('id'));
		expect(ids).toEqual(expect.arrayContaining(['punt-analyse-klantenbestand', 'punt-rollen-participatiecoaches', 'punt-lokale-verankering', 'punt-restantbudgetten']));
		for (const point of points) expect(visibleText(point)).toContain('Nog geen reactie');
	});

	it('links to the archived letter, which is published byte for byte', () => {
		expect(page.querySelector('a[href="/bronnen/advies-bar-dvo-2026-2027/"]')).not.toBeNull();
		expect(readFileSync(path.join(site, 'bronnen/advies-bar-dvo-2026-2027.txt'), 'utf8')).toBe(letter);
	});
});

describe('the DVO pages', () => {
	const period = parsePage(site, '/dvo/2026-2027/');
	const version = parsePage(site, '/dvo/2026-2027/ontwerp/');

	it('show the local choices the advice states, in Dutch notation', () => {
		for (const page of [period, version]) {
			const text = visibleText(page.querySelector('main')!);
			expect(text).toContain('€ 81.000');
			expect(text).toContain('0,9 fte');
			expect(text).toContain('€ 14.000');
			expect(text).toContain('€ 24.000');
			expect(text).toContain('15%');
		}
		const tables = version.querySelectorAll('table');
		expect(tables.map((t) => visibleText(t.querySelector('caption')!))).toEqual(['Lokale keuzes 2026', 'Lokale keuzes 2027']);
		expect(visibleText(tables[0]!.querySelector('tfoot')!)).toContain('€ 95.000');
	});

	it('say that the full text is not in the archive, and invent no date', () => {
		const text = visibleText(version.querySelector('main')!);
		expect(text).toContain('De volledige tekst van deze versie staat niet in het archief');
		expect(text).toContain('datum niet bekend');
		expect(text).toContain('Het totale budget voor dit jaar staat niet in het archief');
	});

	it('link back to the advice about them', () => {
		expect(version.querySelector('a[href="/adviezen/2025-dvo-2026-2027/"]')).not.toBeNull();
	});

	it('show no "newer version" banner on the only version', () => {
		expect(version.querySelector('.utrecht-alert--warning')).toBeNull();
	});
});

describe('site-wide pages', () => {
	it('has a home page with the latest advice and the periods', () => {
		const home = parsePage(site, '/');
		expect(home.querySelector('a[href="/adviezen/2025-dvo-2026-2027/"]')).not.toBeNull();
		expect(home.querySelector('a[href="/dvo/2026-2027/"]')).not.toBeNull();
	});

	it('explains the words a resident meets', () => {
		const text = visibleText(parsePage(site, '/begrippen/').querySelector('main')!);
		for (const term of ['DVO', 'Dienstverleningsovereenkomst', 'Lokale keuzes', 'Participatiecoaching', 'Basisdienstverlening', 'WerkBedrijf', 'BAR']) expect(text).toContain(term);
	});

	it('has an accessibility statement and a 404 page', () => {
		expect(visibleText(parsePage(site, '/toegankelijkheid/').querySelector('main')!)).toContain('WCAG 2.1');
		expect(existsSync(path.join(site, '404.html'))).toBe(true);
	});

	it('publishes an RSS feed of the advice, without an invented date', () => {
		const rss = readFileSync(path.join(site, 'rss.xml'), 'utf8');
		expect(rss).toContain('<title>Advies over de ontwerp-DVO WerkBedrijf 2026-2027</title>');
		expect(rss).toContain('/adviezen/2025-dvo-2026-2027/</link>');
		expect(rss).not.toContain('<pubDate>');
	});

	it('lists every page in the sitemap', () => {
		const sitemap = readFileSync(path.join(site, 'sitemap.xml'), 'utf8');
		for (const route of ['/', '/adviezen/', '/adviezen/2025-dvo-2026-2027/', '/dvo/2026-2027/', '/dvo/2026-2027/ontwerp/', '/begrippen/', '/toegankelijkheid/']) {
			expect(sitemap).toContain(`${route}</loc>`);
		}
	});

	it('ships no JavaScript on content pages', () => {
		for (const route of ['/', advicePage, '/dvo/2026-2027/', '/begrippen/']) {
			// JSON-LD (schema.org metadata) is data that browsers never run; any other script fails.
			expect(readPage(site, route).replace(/<script type="application\/ld\+json">[^<]*<\/script>/g, '')).not.toMatch(/<script/i);
		}
	});
});
