/**
 * The built search index: one record per document (advice and DVO versions, not the lists or the
 * period pages that repeat a version), with its filters, and the published pages unchanged.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { createDecompounder } from '../../src/lib/search/decompound.ts';
import { pageForIndex, urlOf } from '../../src/lib/search/build-index.ts';
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

	it('holds exactly the advice and the DVO version, with filters and metadata', () => {
		const records = fragments(site);
		expect(records.map((r) => r.url).sort()).toEqual(['/adviezen/2025-dvo-2026-2027/', '/dvo/2026-2027/ontwerp/']);
		const advice = records.find((r) => r.url.startsWith('/adviezen/'))!;
		expect(advice.meta).toMatchObject({ title: 'Advies over de ontwerp-DVO WerkBedrijf 2026-2027', type: 'Advies', datum: 'besproken op 19 september 2025' });
		expect(advice.filters).toMatchObject({ jaar: ['2025'], type: ['Advies'] });
		expect(advice.filters.onderwerp).toContain('Participatiecoaching');
		const dvo = records.find((r) => r.url.startsWith('/dvo/'))!;
		expect(dvo.filters).toMatchObject({ jaar: ['2026', '2027'], type: ['DVO'], versie: ['Ontwerp'] });
	});

	it('keeps navigation, header and footer out of the index', () => {
		for (const record of fragments(site)) {
			expect(record.content).not.toContain('Direct naar de inhoud');
			expect(record.content).not.toContain('Zoek in het archief');
			expect(record.content).not.toContain('Link naar dit kopje');
		}
	});

	it('indexes compound parts, but publishes the pages without them', () => {
		const advice = fragments(site).find((r) => r.url.startsWith('/adviezen/'))!;
		expect(advice.content).toMatch(/participatiecoaching ⟦participatie coaching⟧/i);
		for (const file of htmlFiles(site)) expect(readFileSync(path.join(site, file), 'utf8'), file).not.toMatch(/[⟦⟧]/);
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
		const urls = fragments(inject('exampleSite')).map((r) => r.url);
		expect(urls.sort()).toEqual([...advice, ...versions].sort());
		expect(urls).not.toContain('/dvo/2024-2025/');
	});
});

describe('pageForIndex', () => {
	const decompounder = createDecompounder(new Set(['participatie', 'coaching']));

	it('adds parts only inside the indexed body and skips pages without one', () => {
		const html = '<html><body><nav>participatiecoaching</nav><div data-pagefind-body><h2 id="a">Participatiecoaching<a class="heading-anchor" href="#a">#</a></h2><table><tr><td>Post</td><td>Bedrag</td></tr></table></div></body></html>';
		const page = pageForIndex(html, decompounder)!;
		expect(page).toContain('<nav>participatiecoaching</nav>');
		expect(page).toContain('Participatiecoaching ⟦participatie coaching⟧');
		expect(page).not.toContain('heading-anchor');
		expect(page).toMatch(/Post <\/td>/);
		expect(pageForIndex('<html><body><main>participatiecoaching</main></body></html>', decompounder)).toBeUndefined();
	});

	it('turns file paths into the site URLs', () => {
		expect(urlOf(path.join('adviezen', 'x', 'index.html'))).toBe('/adviezen/x/');
	});
});
