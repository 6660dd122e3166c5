/**
 * Recall of the search on the real content and the example archive: Dutch queries, each with the
 * documents a person expects to find, run through Pagefind's own browser API the way the search
 * page runs them (with its query normalisation). Prints the recall and fails below 95%.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { normalizeQuery } from '../../src/lib/search/query.ts';
import { launchBrowser } from '../support/browser.ts';
import { pagefindSearch } from '../support/pagefind.ts';
import { serveStatic, type StaticServer } from '../support/serve.ts';

type Site = 'real' | 'example';
interface RecallCase {
	site: Site;
	query: string;
	/** What the case tests: compound, plural, diacritic, phrase, plain, other page (not a document). */
	kind: string;
	expected: string[];
}

const advice2025 = '/adviezen/2025-dvo-2026-2027/';
const dvo2026 = '/dvo/2026-2027/ontwerp/';
const ex = {
	a2021: '/adviezen/2021-dvo-2022/',
	a2022: '/adviezen/2022-dvo-2023/',
	a2023: '/adviezen/2023-dvo-2024-2025/',
	d2022: '/dvo/2022/vastgesteld/',
	d2023: '/dvo/2023/vastgesteld/',
	d2024o: '/dvo/2024-2025/ontwerp/',
	d2024v: '/dvo/2024-2025/vastgesteld/',
	d2026o: '/dvo/2026-2027/ontwerp/',
};

export const RECALL_CASES: RecallCase[] = [
	// The real archive: one advice and the draft DVO 2026-2027.
	{ site: 'real', kind: 'compound', query: 'coaching', expected: [advice2025, dvo2026] },
	{ site: 'real', kind: 'compound, plural', query: 'budget', expected: [advice2025, dvo2026] },
	{ site: 'real', kind: 'compound', query: 'overeenkomst', expected: [advice2025] },
	{ site: 'real', kind: 'plain', query: 'participatiecoaching', expected: [advice2025, dvo2026] },
	{ site: 'real', kind: 'plural', query: 'participatiecoach', expected: [advice2025] },
	{ site: 'real', kind: 'compound, plural', query: 'coaches', expected: [advice2025] },
	{ site: 'real', kind: 'plural', query: 'restantbudgetten', expected: [advice2025, dvo2026] },
	{ site: 'real', kind: 'quotes', query: '‘zorgjongeren’', expected: [advice2025] },
	{ site: 'real', kind: 'compound', query: 'jongeren', expected: [advice2025] },
	{ site: 'real', kind: 'compound with linking s', query: 'borging', expected: [advice2025] },
	{ site: 'real', kind: 'compound', query: 'gebruik', expected: [advice2025] },
	{ site: 'real', kind: 'phrase', query: 'lokale keuzes', expected: [advice2025, dvo2026] },
	{ site: 'real', kind: 'plain', query: 'verankering', expected: [advice2025] },
	{ site: 'real', kind: 'compound', query: 'bestand', expected: [advice2025] },
	{ site: 'real', kind: 'diacritic, plural', query: 'ideeën', expected: [advice2025] },
	{ site: 'real', kind: 'diacritic', query: 'gevraagd vóór', expected: [advice2025] },
	{ site: 'real', kind: 'compound', query: 'dienstverlening', expected: [advice2025, dvo2026] },
	{ site: 'real', kind: 'compound', query: 'waarde', expected: [advice2025] },
	{ site: 'real', kind: 'diacritic', query: 'zelfredzáámheid', expected: [advice2025] },
	{ site: 'real', kind: 'other page', query: 'budget 2027', expected: ['/lokale-keuzes/', '/vergelijk/2026/2027/', dvo2026] },
	{ site: 'real', kind: 'other page', query: 'fulltime', expected: ['/begrippen/#fte'] },
	{ site: 'real', kind: 'other page, compound', query: 'verankering', expected: [advice2025, '/opvolging/#opvolging-2025-dvo-2026-2027-taal-zorgjongeren'] },
	// The fictional example archive: three advice, five DVO versions.
	{ site: 'example', kind: 'compound', query: 'coaching', expected: [ex.a2022, ex.d2022, ex.d2023] },
	{ site: 'example', kind: 'plain', query: 'taalcoaching', expected: [ex.a2022, ex.d2022, ex.d2023] },
	{ site: 'example', kind: 'plain', query: 'kwartaal', expected: [ex.a2021, ex.a2022, ex.d2023, ex.d2024o, ex.d2024v, ex.d2026o] },
	{ site: 'example', kind: 'compound', query: 'rapportage', expected: [ex.a2022] },
	{ site: 'example', kind: 'plural', query: 'klacht', expected: [ex.d2024v, ex.d2026o] },
	{ site: 'example', kind: 'compound', query: 'jongeren', expected: [ex.a2023, ex.d2024o, ex.d2024v] },
	{ site: 'example', kind: 'plain', query: 'schuldhulp', expected: [ex.d2023, ex.d2026o] },
	{ site: 'example', kind: 'plural', query: 'vaardigheid', expected: [ex.d2024v] },
	{ site: 'example', kind: 'compound', query: 'budget', expected: [ex.a2023, ex.d2022, ex.d2023, ex.d2024o, ex.d2024v, ex.d2026o] },
	{ site: 'example', kind: 'phrase', query: 'lokale binding', expected: [ex.a2021, ex.a2023] },
	{ site: 'example', kind: 'diacritic', query: 'coördinatie kwaliteit', expected: [ex.a2021, ex.a2022, ex.d2022] },
];

let browser: Browser;
const servers: StaticServer[] = [];
const pages = {} as Record<Site, Page>;

beforeAll(async () => {
	browser = await launchBrowser();
	for (const [site, dir] of [['real', inject('realSite')], ['example', inject('exampleSite')]] as const) {
		const server = await serveStatic(dir);
		servers.push(server);
		const page = await browser.newPage();
		await page.goto(`${server.origin}/zoeken/`);
		pages[site] = page;
	}
});
afterAll(async () => {
	await browser?.close();
	await Promise.all(servers.map((s) => s.close()));
});

describe('search recall on Dutch queries', () => {
	it('finds at least 95% of the expected documents', async () => {
		let expected = 0;
		let found = 0;
		const misses: string[] = [];
		for (const c of RECALL_CASES) {
			const urls = new Set((await pagefindSearch(pages[c.site], normalizeQuery(c.query))).map((r) => r.url));
			for (const url of c.expected) {
				expected++;
				if (urls.has(url)) found++;
				else misses.push(`${c.site}: "${c.query}" (${c.kind}) mist ${url}`);
			}
		}
		const recall = found / expected;
		// Each kind of query on its own: a kind that fails as a whole is a broken feature, not noise.
		for (const kind of ['compound', 'plural', 'diacritic', 'other page']) {
			const cases = RECALL_CASES.filter((c) => c.kind.includes(kind));
			const missed = misses.filter((m) => cases.some((c) => m.includes(`"${c.query}" (${c.kind})`)));
			expect(missed.length, `${kind}: ${missed.join('; ')}`).toBeLessThan(cases.reduce((n, c) => n + c.expected.length, 0) / 2);
		}
		console.log(`Zoeken, recall: ${found}/${expected} = ${(recall * 100).toFixed(1)}% over ${RECALL_CASES.length} zoekvragen${misses.length ? `\n  ${misses.join('\n  ')}` : ''}`);
		expect(recall, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
	});
});
