/**
 * Queries a built site's Pagefind index the way the search page does: Pagefind's own browser
 * API (pagefind.js + WebAssembly), loaded in Chromium from the served site.
 */
import type { Page } from 'playwright-core';

export interface PagefindHit {
	url: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
	excerpt: string;
}

/** Runs one search on the page's origin (the page must already be on that origin). */
export async function pagefindSearch(page: Page, term: string, filters: Record<string, string | string[]> = {}): Promise<PagefindHit[]> {
	return page.evaluate(
		async ({ term, filters }) => {
			// A URL import the bundler must not touch: the index only exists in the built site.
			const modulePath = '/pagefind/pagefind.js';
			const pagefind = await import(/* @vite-ignore */ modulePath);
			await pagefind.options({ excerptLength: 30 });
			const search = await pagefind.search(term, { filters });
			const data = await Promise.all(search.results.map((r: { data: () => Promise<PagefindHit> }) => r.data()));
			return data.map((d: PagefindHit) => ({ url: d.url, meta: d.meta, filters: d.filters, excerpt: d.excerpt }));
		},
		{ term, filters },
	);
}

/** The filters and how many documents each value holds, as the search page lists them. */
export async function pagefindFilters(page: Page): Promise<Record<string, Record<string, number>>> {
	return page.evaluate(async () => {
		const modulePath = '/pagefind/pagefind.js';
		const pagefind = await import(/* @vite-ignore */ modulePath);
		return pagefind.filters();
	});
}
