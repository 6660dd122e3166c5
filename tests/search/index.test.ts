/**
 * The built search index: one record per document (advice and DVO versions, not the lists or the
 * period pages that repeat a version) and one per other page people look for (local choices,
 * comparisons, follow-up points, glossary terms), with filters, sentences for table rows, the
 * suggestion data, and the published pages unchanged.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { createDecompounder } from '../../src/lib/search/decompound.ts';
import { pageForIndex, urlOf } from '../../src/lib/search/build-index.ts';
import { cleanText } from '../../src/lib/search/excerpt.ts';
import { repoRoot } from '../support/build-site.ts';

interface Fragment {
	url: string;
	content: string;
	filters: Record<string, string[]>;
	meta: Record<string, string>;
}

function fragments(site: string): Fragment[] {
	const dir = path.join(site, 'pagefind', 'fragment');
	return readdirSync(dir).map((file) => {
		const text = gunzipSync(readFileSync(path.join(dir, file))).toString('utf8');
		return JSON.parse(text.slice(text.indexOf('{'))) as Fragment;
	});
}

function htmlFiles(site: string): string[] {
	return readdirSync(site, { recursive: true })
		.map(String)
		.filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'));
}

describe('the search index of the real archive', () => {
	const site = inject('realSite');
	const documents = () => fragments(site).filter((r) => /^\/(adviezen|dvo)\//.test(r.url));

	it('holds the advice and the DVO version as documents, with filters and metadata', () => {
		expect(documents().map((r) => r.url).sort()).toEqual(['/adviezen/2025-dvo-2026-2027/', '/dvo/2026-2027/ontwerp/']);
		const advice = documents().find((r) => r.url.startsWith('/adviezen/'))!;
		expect(advice.meta).toMatchObject({ title: 'Advies over de ontwerp-DVO WerkBedrijf 2026-2027', type: 'Advies', datum: 'besproken op 19 september 2025' });
		expect(advice.filters).toMatchObject({ 'Soort document': ['Advies'], 'Jaar van het advies': ['2025'], 'Over DVO-jaren': ['2026', '2027'] });
		expect(advice.filters.Onderwerp).toContain('Participatiecoaching');
		const dvo = documents().find((r) => r.url.startsWith('/dvo/'))!;
		expect(dvo.filters).toMatchObject({ 'Soort document': ['DVO'], 'Over DVO-jaren': ['2026', '2027'], Versie: ['Ontwerp'] });
		expect(dvo.filters['Jaar van het advies']).toBeUndefined();
		expect(dvo.meta).toMatchObject({ periode: '2026-2027' });
		expect(dvo.meta.datum).toBeUndefined();
	});

	it('holds the local choices, each comparison, each follow-up point and each glossary term, each under its kind', () => {
		const byType = new Map<string, string[]>();
		for (const r of fragments(site)) for (const type of r.filters['Soort document'] ?? []) byType.set(type, [...(byType.get(type) ?? []), r.url]);
		expect(byType.get('Lokale keuzes')).toEqual(['/lokale-keuzes/']);
		expect(byType.get('Vergelijking')).toContain('/vergelijk/2026/2027/');
		expect(byType.get('Opvolging')).toEqual(['/opvolging/#opvolging-2025-dvo-2026-2027-taal-zorgjongeren']);
		expect(byType.get('Begrip')).toContain('/begrippen/#participatiecoaching');
	});

	it('links every record to a place that exists on the built site', () => {
		for (const record of fragments(site)) {
			const [pathname, anchor] = record.url.split('#');
			const file = path.join(site, pathname!, 'index.html');
			const html = readFileSync(file, 'utf8');
			if (anchor) expect(html, record.url).toContain(`id="${anchor}"`);
		}
	});

	it('writes table rows as sentences and marks a proposal as one', () => {
		const dvo = documents().find((r) => r.url.startsWith('/dvo/'))!;
		expect(cleanText(dvo.content)).toContain('Participatiecoaching 2026: € 81.000 (voorstel), 0,9 fte, voorgesteld (een voorstel)');
		const comparison = fragments(site).find((r) => r.url === '/vergelijk/2026/2027/')!;
		expect(cleanText(comparison.content)).toContain('Restantbudget: 2026 € 14.000, 2027 € 24.000, nog niet ingevuld; € 10.000 meer (+71%).');
	});

	it('adds the everyday words of a glossary term to the pages that use it', () => {
		expect(documents().find((r) => r.url.startsWith('/adviezen/'))!.content).toMatch(/participatiecoaching ⟦[^⟧]*jobcoach/i);
	});

	it('keeps navigation, header and footer out of the index', () => {
		for (const record of fragments(site)) {
			expect(record.content).not.toContain('Direct naar de inhoud');
			expect(record.content).not.toContain('Zoek in het archief');
			expect(record.content).not.toContain('Link naar dit kopje');
			expect(record.content).not.toContain('Toegankelijkheid');
		}
	});

	it('indexes compound parts, but publishes the pages without them', () => {
		const advice = documents().find((r) => r.url.startsWith('/adviezen/'))!;
		expect(advice.content).toMatch(/participatiecoaching ⟦[^⟧]*participatie coaching⟧/i);
		for (const file of htmlFiles(site)) expect(readFileSync(path.join(site, file), 'utf8'), file).not.toMatch(/[⟦⟧]/);
	});

	it('writes the suggestion data next to the index: the archive\'s words and the everyday words', () => {
		const data = JSON.parse(readFileSync(path.join(site, 'pagefind', 'suggesties.json'), 'utf8')) as { w: string[]; n: number[]; e: Record<string, string[]> };
		expect(data.w).toEqual(expect.arrayContaining(['participatiecoaching', 'restantbudget', 'eigenwaarde', 'zelfredzaamheid']));
		expect(data.w.length).toBe(data.n.length);
		expect(data.e.jobcoach).toEqual(['participatiecoaching']);
		expect(data.e.begroting).toEqual(['budget']);
	});
});

describe('the search index of the example archive', () => {
	it('has one record for each advice and each DVO version, and none for the period pages', () => {
		const examples = path.join(repoRoot, 'examples', 'fictief');
		const advice = readdirSync(path.join(examples, 'adviezen')).filter((f) => f.endsWith('.mdx')).map((f) => `/adviezen/${f.replace(/\.mdx$/, '')}/`);
		const versions = readdirSync(path.join(examples, 'dvo'), { recursive: true })
			.map(String)
			.filter((f) => f.endsWith('.mdx'))
			.map((f) => `/dvo/${f.replace(/\.mdx$/, '').split(path.sep).join('/')}/`);
		expect(advice.length).toBeGreaterThanOrEqual(3);
		expect(versions.length).toBeGreaterThanOrEqual(5);
		const urls = fragments(inject('exampleSite')).map((r) => r.url).filter((url) => /^\/(adviezen|dvo)\//.test(url));
		expect(urls.sort()).toEqual([...advice, ...versions].sort());
		expect(urls).not.toContain('/dvo/2024-2025/');
	});
});

describe('pageForIndex', () => {
	const decompounder = createDecompounder(new Set(['participatie', 'coaching']));

	it('adds parts only inside the indexed body, writes tables as sentences, and skips pages without one', () => {
		const html = '<html><body><nav>participatiecoaching</nav><div data-pagefind-body><h2 id="a">Participatiecoaching<a class="heading-anchor" href="#a">#</a></h2><table><tr><td>Post</td><td>Bedrag</td></tr></table></div></body></html>';
		const page = pageForIndex(html, decompounder)!;
		expect(page).toContain('<nav>participatiecoaching</nav>');
		expect(page).toContain('Participatiecoaching ⟦participatie coaching⟧');
		expect(page).not.toContain('heading-anchor');
		expect(page).toContain('<p>Post: Bedrag. </p>');
		expect(page).not.toContain('<table');
		expect(pageForIndex('<html><body><main>participatiecoaching</main></body></html>', decompounder)).toBeUndefined();
	});

	it('turns file paths into the site URLs', () => {
		expect(urlOf(path.join('adviezen', 'x', 'index.html'))).toBe('/adviezen/x/');
	});
});
