/**
 * Follow-up (/opvolging/ and the statuses on the advice pages), built from the real content and
 * from the fictional example archive, plus a broken response file that must stop the build.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { buildSite, repoRoot } from '../support/build-site.ts';
import { generateCorpus } from '../../src/lib/bench/corpus.ts';
import { writeCorpus } from '../../src/lib/bench/write-corpus.ts';
import { MAX_POINTS_ON_PAGE } from '../../src/lib/follow-up/selection.ts';
import { MAX_CONCERN_POINTS } from '../../src/lib/follow-up/recurring-view.ts';
import { parsePage, readPage, visibleText } from '../support/html.ts';

const real = inject('realSite');
const example = inject('exampleSite');

/** Rows of the counts table as text cells: [year, open, beantwoord, overgenomen, deels, niet, totaal]. */
function countRows(page: HTMLElement): string[][] {
	const table = page.querySelector('table.aa-follow-up-counts')!;
	return table.querySelectorAll('tbody tr, tfoot tr').map((row) => row.querySelectorAll('th, td').map((cell) => visibleText(cell)));
}

function listedRefs(page: HTMLElement): string[] {
	return page.querySelectorAll('.aa-follow-up-list > li').map((li) => li.getAttribute('data-ref')!);
}

/** Every internal link on the page leads to a built page, and to an element with the anchor's id. */
function expectLinksResolve(site: string, route: string) {
	const page = parsePage(site, route);
	for (const a of page.querySelectorAll('main a[href]')) {
		const href = a.getAttribute('href')!;
		if (/^[a-z]+:/.test(href)) continue;
		const [pathPart, hash] = href.split('#');
		const target = pathPart ? pathPart : route;
		expect(existsSync(path.join(site, target, target.endsWith('/') ? 'index.html' : '')), `${route}: ${href}`).toBe(true);
		if (hash) expect(parsePage(site, target).querySelector(`[id="${hash}"]`), `${route}: ${href}`).not.toBeNull();
	}
}

describe('follow-up of the real advice', () => {
	const overview = parsePage(real, '/opvolging/');

	it('counts all seven points of 2025 as open', () => {
		expect(visibleText(overview.querySelector('table caption')!)).toBe('Aantal punten per jaar, naar stand van de opvolging');
		expect(overview.querySelectorAll('table thead th').map((th) => visibleText(th))).toEqual(['Jaar van het advies', 'Geen reactie in het archief', 'Beantwoord', 'Overgenomen', 'Deels overgenomen', 'Niet overgenomen', 'Totaal']);
		expect(countRows(overview)).toEqual([['2025', '7', '0', '0', '0', '0', '7']]);
	});

	it('lists the open questions of 2025 with no response yet', () => {
		const refs = listedRefs(overview);
		expect(refs).toHaveLength(7);
		for (const id of ['analyse-klantenbestand', 'rollen-participatiecoaches', 'lokale-verankering', 'restantbudgetten']) {
			const item = overview.querySelector(`[data-ref="2025-dvo-2026-2027#${id}"]`);
			expect(item, id).not.toBeNull();
			expect(item!.getAttribute('data-status')).toBe('open');
			const text = visibleText(item!);
			expect(text).toContain('Geen reactie in het archief');
			expect(text).toContain('Dit archief bevat geen reactie van het college op dit punt.');
			expect(text).not.toMatch(/heeft nog niet .*gereageerd/);
			expect(text).not.toContain('Reactie van het college');
		}
		expect(visibleText(overview.querySelector('[data-ref="2025-dvo-2026-2027#lokale-verankering"]')!)).toContain('lokale verankering');
	});

	it('shows lokale binding and kwaliteitsborging as recurring, as the advice claims, without inventing earlier years', () => {
		const concerns = overview.querySelectorAll('.aa-recurring__concern');
		expect(concerns.map((c) => visibleText(c.querySelector('h3')!))).toEqual(['lokale binding', 'kwaliteitsborging']);
		for (const concern of concerns) {
			const text = visibleText(concern);
			expect(text).toContain('Volgens het advies uit 2025 wees de BAR in eerdere jaren ook op dit onderwerp. Die eerdere adviezen staan niet in dit archief.');
			expect(text).not.toMatch(/de raad\b/);
			expect(text).not.toContain('In het archief genoemd in');
			expect(text).not.toMatch(/20(1\d|2[0-4])/);
		}
		expect(concerns[0]!.querySelector('.aa-recurring__claim a')?.getAttribute('href')).toBe('/adviezen/2025-dvo-2026-2027/#punt-lokale-binding-kwaliteitsborging');
		for (const concern of concerns) {
			const links = concern.querySelectorAll('a').map((a) => a.getAttribute('href'));
			expect(links, 'each point is listed once per concern').toEqual([...new Set(links)]);
		}
	});

	it('has a page per year, status, topic and their non-empty combinations, and links that all resolve', () => {
		expect(listedRefs(parsePage(real, '/opvolging/status/open/'))).toHaveLength(7);
		expect(listedRefs(parsePage(real, '/opvolging/jaar/2025/'))).toHaveLength(7);
		expect(listedRefs(parsePage(real, '/opvolging/onderwerp/lokale-binding/'))).toEqual(['2025-dvo-2026-2027#lokale-binding-kwaliteitsborging', '2025-dvo-2026-2027#lokale-verankering']);
		const none = parsePage(real, '/opvolging/status/overgenomen/');
		expect(listedRefs(none)).toEqual([]);
		expect(visibleText(none.querySelector('main')!)).toContain('Dit archief heeft geen punten met deze keuze (stand: overgenomen). Bekijk alle 7 punten');
		expect(none.querySelector('.utrecht-alert a')?.getAttribute('href')).toBe('/opvolging/');
		expect(listedRefs(parsePage(real, '/opvolging/jaar/2025/onderwerp/lokale-binding/status/open/'))).toHaveLength(2);
		expect(existsSync(path.join(real, 'opvolging/jaar/2025/status/overgenomen'))).toBe(false);
		for (const route of ['/opvolging/jaar/2025/onderwerp/taalgebruik/', '/opvolging/status/overgenomen/']) expectLinksResolve(real, route);
		for (const route of ['/opvolging/', '/opvolging/status/open/', '/opvolging/onderwerp/participatiecoaching/', '/adviezen/2025-dvo-2026-2027/']) expectLinksResolve(real, route);
	});

	it('marks the current filter and is reachable from the main navigation and the sitemap', () => {
		const page = parsePage(real, '/opvolging/jaar/2025/');
		expect(page.querySelectorAll('.aa-filters a[aria-current="page"]').map((a) => a.getAttribute('href'))).toEqual(['/opvolging/jaar/2025/', '/opvolging/jaar/2025/', '/opvolging/jaar/2025/']);
		expect(page.querySelectorAll('.aa-filters a[aria-current="page"]').map((a) => visibleText(a))).toEqual(['2025', 'Alle onderwerpen', 'Elke stand']);
		const topic = page.querySelector('.aa-filters a[href="/opvolging/jaar/2025/onderwerp/taalgebruik/"]');
		expect(topic && visibleText(topic.parentNode as HTMLElement)).toBe('taalgebruik (2)');
		expect(parsePage(real, '/').querySelector('nav a[href="/opvolging/"]')).not.toBeNull();
		const sitemap = readFileSync(path.join(real, 'sitemap.xml'), 'utf8');
		for (const route of ['/opvolging/', '/opvolging/jaar/2025/', '/opvolging/status/open/', '/opvolging/onderwerp/lokale-binding/']) expect(sitemap).toContain(`${route}</loc>`);
		expect(readPage(real, '/opvolging/')).not.toMatch(/<script/i);
	});

	it('says once that the archive holds no response, and links each passage of the letter to its points', () => {
		const page = parsePage(real, '/adviezen/2025-dvo-2026-2027/');
		const summary = visibleText(page.querySelector('.aa-summary')!);
		expect(summary).toContain('Dit archief bevat (nog) geen reactie van het college op deze 7 punten.');
		expect(summary.match(/reactie/g)).toHaveLength(1);
		expect(page.querySelectorAll('.aa-summary .utrecht-badge-status')).toHaveLength(0);
		const prose = parsePage(real, '/adviezen/2025-dvo-2026-2027/').querySelector('.aa-prose')!;
		const notes = prose.querySelectorAll('.aa-inline-status');
		const placement = notes.map((note) => [note.querySelectorAll('li').map((li) => li.getAttribute('data-point')), note.nextElementSibling?.getAttribute('id') ?? null]);
		expect(placement).toEqual([
			[['taal-zorgjongeren', 'taal-zelfredzaamheid'], 'advies-over-lokale-keuzes-dvo-2026-2027'],
			[['lokale-binding-kwaliteitsborging'], 'budget-voor-participatiecoaching'],
			[['analyse-klantenbestand', 'rollen-participatiecoaches', 'lokale-verankering'], 'restant-budgetten-in-2026-en-2027'],
			[['restantbudgetten'], 'tot-slot'],
		]);
		for (const note of notes) {
			expect(note.getAttribute('data-pagefind-ignore')).not.toBeNull();
			expect(visibleText(note)).toContain('Niet uit de brief');
			expect(note.getAttribute('aria-label')).toBe('Toevoeging van het archief, geen tekst uit de brief');
			for (const li of note.querySelectorAll('li')) {
				expect(visibleText(li)).not.toContain('reactie');
				expect(li.querySelector('a')?.getAttribute('href')).toBe(`#punt-${li.getAttribute('data-point')}`);
			}
		}
	});
});

describe('follow-up in the fictional example archive', () => {
	const overview = parsePage(example, '/opvolging/');

	it('counts points per status per year, including responses that came later in their own file', () => {
		expect(countRows(overview)).toEqual([
			['2021', '0', '0', '1', '0', '1', '2'],
			['2022', '0', '1', '1', '0', '0', '2'],
			['2023', '1', '0', '2', '0', '0', '3'],
			['2025', '2', '1', '0', '0', '0', '3'],
			['Alle jaren', '3', '2', '4', '0', '1', '10'],
		]);
		expect(overview.querySelector('table a[href="/opvolging/jaar/2023/"]')).not.toBeNull();
		expect(overview.querySelector('table a[href="/opvolging/status/open/"]')).not.toBeNull();
	});

	it('lets a later response document change the status, keeping the first response as history', () => {
		const item = overview.querySelector('[data-ref="2023-dvo-2024-2025#restantbudget"]')!;
		expect(item.getAttribute('data-status')).toBe('overgenomen');
		const text = visibleText(item);
		expect(text).toContain('Reactie van het college (10 juni 2024): Ook het restant van 2025 heeft nu een bestemming');
		expect(text).toContain('Eerdere reactie: 12 december 2023: Deels overgenomen.');
		expect(item.querySelector('.aa-response__source a')?.getAttribute('href')).toBe('https://fictiefdorp.example/raadsinformatiebrief-2024-06-10');
	});

	it('shows responses recorded only in a response document on the advice page', () => {
		const page = parsePage(example, '/adviezen/2022-dvo-2023/');
		const point = page.querySelector('#punt-taalcoaching')!;
		expect(visibleText(point)).toContain('Beantwoord');
		expect(visibleText(point)).toContain('Reactie van het college (20 januari 2023): Taalcoaching loopt voortaan via de bibliotheek.');
		expect(visibleText(point)).toContain('Bron: Brief van het college van 20 januari 2023 (verzonnen)');
		const note = page.querySelector('.aa-prose .aa-inline-status li[data-point="taalcoaching"]')!;
		expect(note.querySelector('a')?.getAttribute('href')).toBe('#punt-taalcoaching');
	});

	it('links earlier and later points on the same concern, both ways', () => {
		const item = overview.querySelector('[data-ref="2023-dvo-2024-2025#lokale-binding"]')!;
		expect(item.querySelectorAll('a.aa-related__earlier').map((a) => a.getAttribute('href'))).toEqual(['/adviezen/2021-dvo-2022/#punt-lokale-binding']);
		expect(item.querySelectorAll('a.aa-related__later').map((a) => a.getAttribute('href'))).toEqual(['/adviezen/2025-ontwerp-dvo-2026-2027/#punt-lokale-binding']);
		const first = parsePage(example, '/adviezen/2021-dvo-2022/').querySelector('#punt-kwartaalrapportage')!;
		expect(first.querySelectorAll('a.aa-related__later').map((a) => a.getAttribute('href'))).toEqual(['/adviezen/2022-dvo-2023/#punt-kwartaalrapportage']);
		for (const route of ['/opvolging/', '/opvolging/onderwerp/lokale-binding/', '/adviezen/2021-dvo-2022/', '/adviezen/2023-dvo-2024-2025/']) expectLinksResolve(example, route);
	});

	it('shows the concerns that come back across years', () => {
		const concerns = overview.querySelectorAll('.aa-recurring__concern');
		expect(concerns.map((c) => [visibleText(c.querySelector('h3')!), visibleText(c.querySelector('.aa-recurring__years')!)])).toEqual([
			['kwaliteitsborging', 'In het archief genoemd in 2021, 2022 en 2025.'],
			['lokale binding', 'In het archief genoemd in 2021, 2023 en 2025.'],
		]);
		expect(visibleText(concerns[1]!)).not.toContain('Die eerdere adviezen staan niet in dit archief');
	});

	it('filters by year, status and topic', () => {
		expect(listedRefs(parsePage(example, '/opvolging/status/open/'))).toEqual(['2025-ontwerp-dvo-2026-2027#lokale-binding', '2025-ontwerp-dvo-2026-2027#kwaliteit', '2023-dvo-2024-2025#lokale-binding']);
		expect(listedRefs(parsePage(example, '/opvolging/status/niet-overgenomen/'))).toEqual(['2021-dvo-2022#kwartaalrapportage']);
		expect(listedRefs(parsePage(example, '/opvolging/jaar/2022/'))).toEqual(['2022-dvo-2023#kwartaalrapportage', '2022-dvo-2023#taalcoaching']);
		expect(listedRefs(parsePage(example, '/opvolging/onderwerp/kwaliteitsborging/'))).toEqual(['2025-ontwerp-dvo-2026-2027#kwaliteit', '2022-dvo-2023#kwartaalrapportage', '2021-dvo-2022#kwartaalrapportage']);
	});

	it('combines filters, with counts for the current selection', () => {
		const page = parsePage(example, '/opvolging/onderwerp/kwaliteitsborging/status/overgenomen/');
		expect(listedRefs(page)).toEqual(['2022-dvo-2023#kwartaalrapportage']);
		expect(countRows(page)).toEqual([['2022', '0', '0', '1', '0', '0', '1']]);
		expect(visibleText(page.querySelector('h1')!)).toBe('Opvolging: onderwerp kwaliteitsborging, stand: overgenomen');
		const years = page.querySelectorAll('#filter-jaar ~ ul li').map((li) => visibleText(li));
		expect(years).toEqual(['Alle jaren (1)', '2025 (0)', '2023 (0)', '2022 (1)', '2021 (0)']);
		expect(page.querySelector('#filter-jaar ~ ul a[href="/opvolging/jaar/2021/onderwerp/kwaliteitsborging/status/overgenomen/"]')).toBeNull();
		expectLinksResolve(example, '/opvolging/onderwerp/kwaliteitsborging/status/overgenomen/');
	});
});

describe('follow-up at regional scale (a generated archive with more points than a page lists)', () => {
	const dir = mkdtempSync(path.join(tmpdir(), 'aa-follow-up-scale-'));
	writeCorpus(generateCorpus({ documents: 100 }), path.join(dir, 'content'));
	const built = buildSite(path.join(dir, 'content'));

	it('lists the years, not every point, on pages across years, and the points on a year\'s page', () => {
		expect(built.status, built.output).toBe(0);
		const overview = parsePage(built.outDir, '/opvolging/');
		const total = Number(/Dit zijn (\d+) punten/.exec(visibleText(overview.querySelector('.aa-follow-up-years')!))?.[1]);
		expect(total).toBeGreaterThan(MAX_POINTS_ON_PAGE);
		expect(overview.querySelectorAll('.aa-follow-up-list > li')).toHaveLength(0);
		const yearLinks = overview.querySelectorAll('.aa-follow-up-years a');
		expect(yearLinks.length).toBeGreaterThan(1);
		// Every point is one year's: the years add up to the whole, and each year's page lists its points.
		const counts = overview.querySelectorAll('.aa-follow-up-years li').map((li) => Number(/\((\d+) punt/.exec(visibleText(li))![1]));
		expect(counts.reduce((a, b) => a + b, 0)).toBe(total);
		const first = yearLinks[0]!.getAttribute('href')!;
		expect(listedRefs(parsePage(built.outDir, first))).toHaveLength(counts[0]!);
		expectLinksResolve(built.outDir, '/opvolging/');
		expect(visibleText(overview.querySelector('main > p')!)).toMatch(/^Hier vindt u, per jaar, elk punt/);
	});

	it('shows the latest points of each recurring concern and links to its topics for the rest', () => {
		const overview = parsePage(built.outDir, '/opvolging/');
		const concerns = overview.querySelectorAll('.aa-recurring__concern');
		expect(concerns.length).toBeGreaterThan(0);
		for (const concern of concerns) expect(concern.querySelectorAll('li').length).toBeLessThanOrEqual(2 * MAX_CONCERN_POINTS);
		const truncated = concerns.filter((c) => /Hier staan de laatste \d+ van de \d+ punten/.test(visibleText(c)));
		expect(truncated.length).toBeGreaterThan(0);
		expect(truncated[0]!.querySelector('a[href^="/opvolging/onderwerp/"]')).not.toBeNull();
		expect(readFileSync(path.join(built.outDir, 'opvolging/index.html')).length).toBeLessThan(200_000);
	});
});

describe('a wrong response file', () => {
	it('stops the build with the file, the field and what to do', () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'aa-follow-up-'));
		cpSync(path.join(repoRoot, 'examples/fictief'), dir, { recursive: true });
		writeFileSync(
			path.join(dir, 'reacties/2025-ontwerp-dvo-2026-2027-2.yaml'),
			['advice: 2025-ontwerp-dvo-2026-2027', 'date: 2025-09-01', 'source:', '  title: Brief', 'points:', '  - point: bestaat-niet', '    status: beantwoord', '    response: Ja.', ''].join('\n'),
		);
		const result = buildSite(dir);
		expect(result.status).not.toBe(0);
		expect(result.output).toContain('2025-ontwerp-dvo-2026-2027-2.yaml:6 veld "points → 1 → point": het advies "2025-ontwerp-dvo-2026-2027" heeft geen punt "bestaat-niet"');
		expect(result.output).toContain('Oplossing: kies een van: lokale-binding, kwaliteit, coaching');
		expect(result.output).toContain('2025-ontwerp-dvo-2026-2027-2.yaml:2 veld "date": de reactie (1 september 2025) is van vóór de datum van het advies (25 september 2025)');
		expect(existsSync(path.join(result.outDir, 'index.html'))).toBe(false);
	});
});
