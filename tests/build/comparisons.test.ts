/** The comparison pages, the local-choices overview and its downloads, as built. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { OVERVIEW_CSV_COLUMNS } from '../../src/lib/local-choices/overview.ts';
import { parsePage, visibleText } from '../support/html.ts';

const example = inject('exampleSite');
const real = inject('realSite');
const nbsp = (text: string) => text.replace(/\u00a0/g, ' ');
const rowText = (page: ReturnType<typeof parsePage>, name: string, scope = '') =>
	page.querySelectorAll(`${scope} tr`).map((tr) => nbsp(visibleText(tr))).filter((t) => t.startsWith(name));

describe('comparison pages on the real content', () => {
	const page = parsePage(real, '/vergelijk/2026/2027/');
	it('show 2026 → 2027: participatiecoaching unchanged, the rest budget + € 10.000 (+71%)', () => {
		expect(rowText(page, 'Participatiecoaching')).toEqual(['Participatiecoaching Gelijk € 81.000 (voorstel) 0,9 fte € 81.000 (voorstel) 0,9 fte € 0 0% 0 fte']);
		expect(rowText(page, 'Restantbudget')).toEqual([
			'Restantbudget Gewijzigd: bedrag € 14.000 (voorstel) → € 24.000 (voorstel) € 14.000 (voorstel) formatie niet vermeld € 24.000 (voorstel) formatie niet vermeld + € 10.000 +71% fte niet vermeld',
		]);
	});
	it('call the total the sum of the lines in the archive, say the counts in words, and mark proposals', () => {
		expect(rowText(page, 'Som van de posten in het archief')[0]).toBe(
			'Som van de posten in het archief 1 post gewijzigd en 1 post gelijk gebleven. € 95.000 (voorstel) € 105.000 (voorstel) + € 10.000 +11% 0 fte',
		);
		const text = nbsp(visibleText(page.querySelector('main')!));
		expect(text).toContain('Ontwerp-DVO WerkBedrijf 2026-2027 is een ontwerp: de bedragen daaruit zijn voorstellen, geen besluiten.');
		expect(text).toContain('De som van de posten is opgeteld uit de posten in dit archief; het is niet het totaal dat de DVO zelf noemt.');
		expect(text).not.toMatch(/\bTotaal\b/);
	});
	it('say the text is the same because both years come from one version', () => {
		expect(visibleText(page.querySelector('main')!)).toContain('Beide jaren komen uit dezelfde versie, Ontwerp-DVO WerkBedrijf 2026-2027. De tekst is dus gelijk.');
	});
	it('are linked from the DVO page and listed in the sitemap', () => {
		const links = parsePage(real, '/dvo/2026-2027/').querySelectorAll('#vergelijken ~ ul a').map((a) => a.getAttribute('href'));
		expect(links).toContain('/vergelijk/2026/2027/');
		expect(readFileSync(path.join(real, 'sitemap.xml'), 'utf8')).toContain('/vergelijk/2026/2027/</loc>');
	});
	it('show the real lines on /lokale-keuzes/ and in the downloads', () => {
		const overview = parsePage(real, '/lokale-keuzes/');
		expect(rowText(overview, 'Restantbudget', '.aa-overview')).toEqual(['Restantbudget € 14.000 voorstel € 24.000 voorstel + € 10.000 (+71%)']);
		expect(rowText(overview, 'Som van de posten in het archief', '.aa-overview')).toEqual(['Som van de posten in het archief € 95.000 voorstel € 105.000 voorstel + € 10.000 (+11%)']);
		const csv = readFileSync(path.join(real, 'lokale-keuzes/lokale-keuzes.csv'), 'utf8');
		expect(csv).toContain('2027;restantbudget;Restantbudget;24000;;nog-niet-ingevuld;gewijzigd;10000;71;;Ontwerp-DVO WerkBedrijf 2026-2027;ja\r\n');
		expect(csv).toContain('2027;;Som van de posten in het archief;105000;;;;10000;11;;Ontwerp-DVO WerkBedrijf 2026-2027;ja\r\n');
		const json = JSON.parse(readFileSync(path.join(real, 'lokale-keuzes/lokale-keuzes.json'), 'utf8'));
		expect(json.fictief).toBe(false);
		expect(json.jaren.map((y: { jaar: number; somVanPosten: number; somIsVoorstel: boolean }) => [y.jaar, y.somVanPosten, y.somIsVoorstel])).toEqual([
			[2026, 95000, true],
			[2027, 105000, true],
		]);
		expect(json.jaren.flatMap((y: { posten: { isVoorstel: boolean }[] }) => y.posten.map((p) => p.isVoorstel))).toEqual([true, true, true, true]);
		expect(json.uitleg.somVanPosten).toContain('niet het totaal dat de DVO zelf noemt');
	});
	it('ship no JavaScript', () => {
		for (const route of ['/vergelijk/2026/2027/', '/lokale-keuzes/']) expect(parsePage(real, route).querySelectorAll('script')).toHaveLength(0);
	});
});

describe('comparison pages on the example archive', () => {
	it('exist for consecutive versions and years, and are linked from the DVO pages', () => {
		const links = parsePage(example, '/dvo/2024-2025/vastgesteld/').querySelectorAll('#vergelijken ~ ul a').map((a) => a.getAttribute('href'));
		expect(links).toEqual([
			'/vergelijk/2024-2025-ontwerp/2024-2025-vastgesteld/',
			'/vergelijk/2024-2025-vastgesteld/2026-2027-ontwerp/',
			'/vergelijk/2023/2024/',
			'/vergelijk/2024/2025/',
			'/vergelijk/2025/2026/',
		]);
		for (const href of links) expect(parsePage(example, href!).querySelector('h1')).not.toBeNull();
	});

	it('show the money first, then the text', () => {
		const page = parsePage(example, '/vergelijk/2024-2025-ontwerp/2024-2025-vastgesteld/');
		expect(page.querySelectorAll('main h2').map((h) => visibleText(h))).toEqual(['Geld: de lokale keuzes', 'Tekst']);
		expect(page.querySelectorAll('caption').map((c) => visibleText(c))).toEqual([
			'Lokale keuzes 2024 (ontwerp) vergeleken met 2024 (vastgesteld)',
			'Lokale keuzes 2025 (ontwerp) vergeleken met 2025 (vastgesteld)',
		]);
		expect(rowText(page, 'Restantbudget')[0]).toBe('Restantbudget Vervallen € 6.000 (voorstel) formatie niet vermeld niet aanwezig − € 6.000 −100% fte niet vermeld');
		expect(rowText(page, 'Digitale vaardigheden')[0]).toBe('Digitale vaardigheden Nieuw niet aanwezig € 6.000 formatie niet vermeld + € 6.000 nieuw fte niet vermeld');
		expect(rowText(page, 'Participatiecoaching')[0]).toContain('Gewijzigd: status voorgesteld → toegekend');
	});

	it('mark every kind of line change', () => {
		const kinds = new Set(
			['/vergelijk/2022/2023/', '/vergelijk/2023/2024/', '/vergelijk/2025/2026/'].flatMap((route) => parsePage(example, route).querySelectorAll('tr[data-change]').map((tr) => tr.getAttribute('data-change'))),
		);
		expect([...kinds].sort()).toEqual(['added', 'changed', 'removed', 'unchanged']);
		const renamed = parsePage(example, '/vergelijk/2023/2024/');
		expect(rowText(renamed, 'Werkfit-coaching')[0]).toContain('naam was Jobcoaching');
		expect(rowText(parsePage(example, '/vergelijk/2025/2026/'), 'Vervoer naar werk')[0]).toBe(
			'Vervoer naar werk Gewijzigd: bedrag € 3.000 → € 4.000 (voorstel); status toegekend → voorgesteld € 3.000 formatie niet vermeld € 4.000 (voorstel) formatie niet vermeld + € 1.000 +33% fte niet vermeld',
		);
	});

	it('link a year pair and a version pair with the same content both ways', () => {
		const sameAs = (route: string) => parsePage(example, route).querySelectorAll('.aa-same-as a').map((a) => a.getAttribute('href'));
		expect(sameAs('/vergelijk/2022/2023/')).toEqual(['/vergelijk/2022-vastgesteld/2023-vastgesteld/']);
		expect(sameAs('/vergelijk/2022-vastgesteld/2023-vastgesteld/')).toEqual(['/vergelijk/2022/2023/']);
		expect(sameAs('/vergelijk/2024/2025/')).toEqual([]);
	});

	it('show word changes as ins and del with spoken labels, readable without colour', () => {
		const page = parsePage(example, '/vergelijk/2024-2025-ontwerp/2024-2025-vastgesteld/');
		const del = page.querySelectorAll('.aa-diff-section del').map((d) => visibleText(d));
		const ins = page.querySelectorAll('.aa-diff-section ins').map((d) => visibleText(d));
		expect(del).toContain('zorgjongeren');
		expect(ins).toContain('jongeren voor wie niet zomaar passend werk is');
		const first = page.querySelector('.aa-diff-section del')!;
		expect(first.querySelector('.aa-visually-hidden')!.textContent).toBe('begin verwijderd: ');
		expect(page.querySelector('.aa-diff-section ins .aa-visually-hidden')!.textContent).toBe('begin toegevoegd: ');
		expect(visibleText(page.querySelector('.aa-diff-legend')!)).toContain('doorgestreept');
	});

	it('show added, removed, renamed and moved sections in words', () => {
		const status = (route: string) => page(route).map((s) => `${s.heading} | ${s.status}`);
		const page = (route: string) =>
			parsePage(example, route)
				.querySelectorAll('.aa-diff-section')
				.map((s) => ({ heading: visibleText(s.querySelector('h3')!), status: visibleText(s.querySelector('.aa-diff-status')!) }));
		expect(status('/vergelijk/2024-2025-ontwerp/2024-2025-vastgesteld/')).toEqual([
			'Artikel 1 Basisdienstverlening | Gewijzigd; 8 woorden toegevoegd, 1 woord verwijderd',
			'Artikel 2 Lokale keuzes | Gewijzigd; 7 woorden toegevoegd, 10 woorden verwijderd',
			'Artikel 4 Monitoring | Nieuw deel',
			'Artikel 3 Kwaliteit en klachten | Gewijzigd; nieuwe kop, was: "Artikel 3 Kwaliteit"; 3 woorden toegevoegd, 0 woorden verwijderd',
		]);
		expect(status('/vergelijk/2023-vastgesteld/2024-2025-ontwerp/')).toContain('Overgangsregeling taalcoaching | Vervallen deel');
		expect(status('/vergelijk/2024-2025-vastgesteld/2026-2027-ontwerp/').some((s) => s.includes('staat op een andere plaats'))).toBe(true);
	});
});

describe('/lokale-keuzes/ on the example archive', () => {
	const page = parsePage(example, '/lokale-keuzes/');

	it('puts the latest three years side by side with the change per line, the other years one click away', () => {
		expect(page.querySelectorAll('.aa-overview thead th').map((th) => visibleText(th))).toEqual(['Post', '2025', '2026', '2027']);
		expect(rowText(page, 'Werkfit-coaching', '.aa-overview')[0]).toBe('Werkfit-coaching eerder: Jobcoaching € 22.000 gelijk bedrag € 18.000 voorstel − € 4.000 (−18%) € 18.000 voorstel gelijk bedrag');
		expect(rowText(page, 'Taalcoaching', '.aa-overview')).toEqual([]);
		expect(page.querySelectorAll('.aa-year-pairs a').map((a) => a.getAttribute('href'))).toContain('/vergelijk/2022/2023/');
	});

	it('has an SVG chart with a text alternative that names every year', () => {
		const svg = page.querySelector('figure svg')!;
		expect(svg.getAttribute('role')).toBe('img');
		const [titleId, descId] = svg.getAttribute('aria-labelledby')!.split(' ');
		expect(svg.querySelector(`#${titleId}`)!.textContent).toBe('Lokale keuzes per jaar, som van de posten in het archief');
		const desc = nbsp(svg.querySelector(`#${descId}`)!.textContent);
		expect(desc).toBe(
			'Lokale keuzes per jaar, som van de posten in het archief: 2022: € 90.000; 2023: € 97.000 (meer dan het jaar ervoor: € 7.000); 2024: € 110.000 (meer dan het jaar ervoor: € 13.000); 2025: € 120.000 (meer dan het jaar ervoor: € 10.000); 2026: € 106.000, voorstel (minder dan het jaar ervoor: € 14.000); 2027: € 108.000, voorstel (meer dan het jaar ervoor: € 2.000).',
		);
		expect(nbsp(visibleText(page.querySelector('figcaption')!))).toBe(desc);
		expect(svg.querySelectorAll('rect')).toHaveLength(6);
		expect(svg.querySelectorAll('.aa-chart__proposal').map((t) => t.textContent)).toEqual(['voorstel', 'voorstel']);
	});

	it('offers CSV and JSON downloads, labelled as fictional', () => {
		const hrefs = page.querySelectorAll('a[download]').map((a) => a.getAttribute('href'));
		expect(hrefs).toEqual(['/lokale-keuzes/lokale-keuzes.csv', '/lokale-keuzes/lokale-keuzes.json']);
		const csv = readFileSync(path.join(example, 'lokale-keuzes/lokale-keuzes.csv'), 'utf8');
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		const rows = csv.slice(1).split('\r\n');
		expect(rows[0]).toBe(OVERVIEW_CSV_COLUMNS.join(';'));
		expect(rows).toContain('2023;taalcoaching;Taalcoaching;0;;vervallen;vervallen;-10000;-100;;DVO Voorbeeld-WerkBedrijf 2023 (verzonnen);nee');
		expect(rows).toContain('2022;participatiecoaching;Participatiecoaching;60000;0,7;toegekend;;;;;DVO Voorbeeld-WerkBedrijf 2022 (verzonnen);nee');
		const json = JSON.parse(readFileSync(path.join(example, 'lokale-keuzes/lokale-keuzes.json'), 'utf8'));
		expect(json.fictief).toBe(true);
		expect(json.let_op).toContain('VERZONNEN');
		expect(json.jaren).toHaveLength(6);
		expect(json.jaren[5].posten.find((p: { naam: string }) => p.naam === 'Vervoer naar werk')).toMatchObject({ id: null, bedrag: 4000, wijziging: 'gelijk' });
	});

	it('is in the main navigation', () => {
		expect(page.querySelector('a[aria-current="page"]')?.getAttribute('href')).toBe('/lokale-keuzes/');
	});
});
