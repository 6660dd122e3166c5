/**
 * Queries a built site's Pagefind index the way the search page does: Pagefind's own browser
 * API (pagefind.js + WebAssembly), loaded in Chromium from the served site.
 */
import type { Page } from 'playwright-core';
import { PAGEFIND_OPTIONS } from '../../src/lib/search/present.ts';

export interface PagefindHit {
	url: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
	excerpt: string;
}

// The browser code is a string: vitest would otherwise rewrite its import() for Node.
// The options are the search page's own (main thread, title weight).
const LOAD = `const pagefind = await import('/pagefind/pagefind.js'); await pagefind.options(${JSON.stringify(PAGEFIND_OPTIONS)});`;

/** Runs one search on the page's origin (the page must already be on that origin). */
export async function pagefindSearch(page: Page, term: string, filters: Record<string, string | string[]> = {}): Promise<PagefindHit[]> {
	return page.evaluate(`(async () => {
		${LOAD}
		const search = await pagefind.search(${JSON.stringify(term)}, { filters: ${JSON.stringify(filters)} });
		const data = await Promise.all(search.results.map((r) => r.data()));
		return data.map((d) => ({ url: d.url, meta: d.meta, filters: d.filters, excerpt: d.excerpt }));
	})()`);
}

/** The filters and how many documents each value holds, as the search page lists them. */
export async function pagefindFilters(page: Page): Promise<Record<string, Record<string, number>>> {
	return page.evaluate(`(async () => { ${LOAD} return pagefind.filters(); })()`);
}
