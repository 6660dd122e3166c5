/**
 * Search figures for a built site: how big the Pagefind index is, how many bytes a visitor's
 * browser fetches for a first search, and how big the suggestion data is. A first search is
 * measured in Chromium for the three commonest words of the archive (by the number of index
 * records that hold them, from the suggestion data the build wrote), each in a fresh browser
 * context, with the search page's own Pagefind options and the data of its first page of
 * results: the Pagefind script, its WebAssembly, the index chunks and the fragments.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { directoryBytes } from './page-weight.ts';
import { launchBrowser } from '../quality/browser.ts';
import { searchPath } from '../routes.ts';
import { serveSite } from '../serving/nginx-server.ts';
import { isPrecompressedCopy, sentFileBytes } from '../serving/precompress.ts';
import { PAGE_SIZE, PAGEFIND_OPTIONS } from '../search/present.ts';
import type { SuggestionData } from '../search/suggest.ts';
import { SUGGESTION_FILE } from '../search/vocabulary.ts';

export interface QueryFigures {
	query: string;
	/** Bytes of all /pagefind/ responses for the query and its first page of results. */
	bytes: number;
	/** The bytes that went over the wire for the same responses, served by nginx with the
	 * build's brotli/gzip files to a browser that accepts brotli. */
	brotliBytes: number;
	requests: number;
	results: number;
}

export interface SearchFigures {
	/** The index and its runtime (entry, meta, index chunks, fragments, filters, pagefind.js, the
	 * WebAssembly); not Pagefind's UI scripts and styles, nor the suggestion data. */
	indexBytes: number;
	/** The largest first search of the measured queries: what the target is judged on. */
	firstQueryBytes: number;
	/** The same search's bytes sent over the wire with brotli (nginx, the build's copies). */
	firstQueryBrotliBytes: number;
	firstQueryRequests: number;
	/** The query of the largest first search. */
	query: string;
	results: number;
	/** Each measured query (the three commonest words). */
	queries: QueryFigures[];
	/** The suggestion data (suggesties.json), loaded only when a search finds little; raw and gzip. */
	suggestionBytes: number;
	suggestionGzipBytes: number;
}

/** How many of the commonest words are measured. */
export const COMMONEST = 3;
/** The search page shows this many results at first, and loads their fragments. */
export const FIRST_RESULTS = PAGE_SIZE;

export function pagefindDir(siteDir: string): string {
	return path.join(siteDir, 'pagefind');
}

/** The files Pagefind writes for searching, as opposed to its UI scripts and styles and our suggestion data. */
export function isIndexFile(file: string): boolean {
	const name = path.basename(file);
	return !isPrecompressedCopy(file) && name !== SUGGESTION_FILE && !/^pagefind-(ui|component-ui|modular-ui|highlight)\./.test(name);
}

/** The `count` words held by the most index records (ties alphabetical), from the suggestion data. */
export function commonestWords(data: SuggestionData, count = COMMONEST): string[] {
	return data.w
		.map((word, i) => ({ word, n: data.n[i] ?? 0 }))
		.sort((a, b) => b.n - a.n || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0))
		.slice(0, count)
		.map((e) => e.word);
}

/** The bytes sent for a response: the precompressed copy nginx chose, or the file itself
 * (the body as received when the address is not a file). */
function sentBytes(siteDir: string, pathname: string, encoding: string | undefined, bodyBytes: number): number {
	const file = path.join(siteDir, decodeURIComponent(pathname));
	return existsSync(file) ? sentFileBytes(file, encoding) : bodyBytes;
}

/** Serves the site with nginx and runs each query in a fresh Chromium context on the search
 * page (the only page whose CSP allows Pagefind's WebAssembly), summing the bytes of every
 * Pagefind response, as received and as sent over the wire. */
export async function measureFirstQueries(siteDir: string, queries: readonly string[]): Promise<QueryFigures[]> {
	const server = await serveSite(siteDir);
	const browser = await launchBrowser();
	try {
		const figures: QueryFigures[] = [];
		for (const query of queries) {
			const context = await browser.newContext();
			const page = await context.newPage();
			await page.goto(`${server.origin}${searchPath()}`);
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
				async ({ query, first, options }) => {
					const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
					await pagefind.options(options);
					const search = await pagefind.search(query);
					await Promise.all(search.results.slice(0, first).map((r: { data: () => Promise<unknown> }) => r.data()));
					return search.results.length as number;
				},
				{ query, first: FIRST_RESULTS, options: PAGEFIND_OPTIONS },
			);
			const sizes = await Promise.all(pending);
			figures.push({
				query,
				bytes: sizes.reduce((a, b) => a + b.body, 0),
				brotliBytes: sizes.reduce((a, b) => a + b.sent, 0),
				requests: sizes.length,
				results,
			});
			await context.close();
		}
		return figures;
	} finally {
		await browser.close();
		await server.close();
	}
}

/** The search figures of a built site, on the index its build wrote; `queries` default to the three commonest words. */
export async function measureSearch(siteDir: string, queries?: readonly string[]): Promise<SearchFigures> {
	const dir = pagefindDir(siteDir);
	if (!existsSync(path.join(dir, 'pagefind.js'))) throw new Error(`${siteDir} has no search index: the build should have written ${dir}`);
	const suggestionFile = path.join(dir, SUGGESTION_FILE);
	if (!existsSync(suggestionFile)) throw new Error(`${siteDir} has no suggestion data: the build should have written ${suggestionFile}`);
	const suggestions = readFileSync(suggestionFile);
	const measured = await measureFirstQueries(siteDir, queries ?? commonestWords(JSON.parse(suggestions.toString('utf8')) as SuggestionData));
	const worst = measured.reduce((a, b) => (b.bytes > a.bytes ? b : a));
	return {
		indexBytes: directoryBytes(dir, isIndexFile),
		firstQueryBytes: worst.bytes,
		firstQueryBrotliBytes: worst.brotliBytes,
		firstQueryRequests: worst.requests,
		query: worst.query,
		results: worst.results,
		queries: measured,
		suggestionBytes: statSync(suggestionFile).size,
		suggestionGzipBytes: gzipSync(suggestions).length,
	};
}
