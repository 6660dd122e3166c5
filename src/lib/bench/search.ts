/**
 * Search figures for a built site: how big the Pagefind index is, and how many bytes a
 * visitor's browser fetches for a first search (the Pagefind script, its WebAssembly, the
 * index chunks and the fragments of the first page of results), measured in Chromium.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { directoryBytes } from './page-weight.ts';
import { launchBrowser } from '../quality/browser.ts';
import { serveSite } from '../serving/nginx-server.ts';
import { isPrecompressedCopy, sentFileBytes } from '../serving/precompress.ts';

export interface SearchFigures {
	/** The index and its runtime (entry, meta, index chunks, fragments, filters, pagefind.js, the
	 * WebAssembly); not Pagefind's UI scripts and styles, which do not grow with the archive. */
	indexBytes: number;
	/** Bytes of all /pagefind/ responses for one query and its first results. */
	firstQueryBytes: number;
	/** The bytes that went over the wire for the same responses, served by nginx with the
	 * build's brotli/gzip files to a browser that accepts brotli. */
	firstQueryBrotliBytes?: number;
	firstQueryRequests: number;
	query: string;
	results: number;
}

export const FIRST_QUERY = 'participatie';
/** Pagefind's UI shows five results at a time; a first search loads their fragments. */
export const FIRST_RESULTS = 5;

export function pagefindDir(siteDir: string): string {
	return path.join(siteDir, 'pagefind');
}

/** The files Pagefind writes for searching, as opposed to its UI scripts and styles. */
export function isIndexFile(file: string): boolean {
	return !isPrecompressedCopy(file) && !/^pagefind-(ui|component-ui|modular-ui|highlight)\./.test(path.basename(file));
}

/** The bytes sent for a response: the precompressed copy nginx chose, or the file itself
 * (the body as received when the address is not a file). */
function sentBytes(siteDir: string, pathname: string, encoding: string | undefined, bodyBytes: number): number {
	const file = path.join(siteDir, decodeURIComponent(pathname));
	return existsSync(file) ? sentFileBytes(file, encoding) : bodyBytes;
}

/** Serves the site with nginx, runs one query in Chromium on the search page (the only page
 * whose CSP allows Pagefind's WebAssembly) and sums the bytes of every Pagefind response. */
export async function measureFirstQuery(siteDir: string, query = FIRST_QUERY): Promise<{ bytes: number; brotliBytes: number; requests: number; results: number }> {
	const server = await serveSite(siteDir);
	const browser = await launchBrowser();
	try {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`${server.origin}/zoeken/`);
		const pending: Promise<{ body: number; sent: number }>[] = [];
		page.on('response', (response) => {
			const { pathname } = new URL(response.url());
			if (!pathname.startsWith('/pagefind/')) return;
			const encoding = response.headers()['content-encoding'];
			pending.push(
				response.body().then(
					(b) => ({ body: b.length, sent: sentBytes(siteDir, pathname, encoding, b.length) }),
					() => ({ body: 0, sent: 0 }),
				),
			);
		});
		const results = await page.evaluate(
			async ({ query, first }) => {
				const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
				const search = await pagefind.search(query);
				await Promise.all(search.results.slice(0, first).map((r: { data: () => Promise<unknown> }) => r.data()));
				return search.results.length as number;
			},
			{ query, first: FIRST_RESULTS },
		);
		const sizes = await Promise.all(pending);
		return { bytes: sizes.reduce((a, b) => a + b.body, 0), brotliBytes: sizes.reduce((a, b) => a + b.sent, 0), requests: sizes.length, results };
	} finally {
		await browser.close();
		await server.close();
	}
}

/** The search figures of a built site, on the index its build wrote. */
export async function measureSearch(siteDir: string, query = FIRST_QUERY): Promise<SearchFigures> {
	if (!existsSync(path.join(pagefindDir(siteDir), 'pagefind.js'))) throw new Error(`${siteDir} has no search index: the build should have written ${pagefindDir(siteDir)}`);
	const first = await measureFirstQuery(siteDir, query);
	return {
		indexBytes: directoryBytes(pagefindDir(siteDir), isIndexFile),
		firstQueryBytes: first.bytes,
		firstQueryBrotliBytes: first.brotliBytes,
		firstQueryRequests: first.requests,
		query,
		results: first.results,
	};
}
