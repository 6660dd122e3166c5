/**
 * Search figures for a built site: how big the Pagefind index is, how many bytes a visitor's
 * browser fetches for a first search, and how big the suggestion data is. A first search is
 * measured in Chromium for the three commonest words a search sends (by the number of index
 * records that hold them, from the suggestion data the build wrote; stop words are left out of
 * every query, so the commonest stop word is measured apart, typed alone into the search page,
 * which explains it instead of searching), each in a fresh browser
 * context, with the search page's own Pagefind options and the data of its first page of
 * results: the Pagefind script, its WebAssembly, the index chunks and the fragments.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { directoryBytes } from './page-weight.ts';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../quality/browser.ts';
import { searchPath } from '../routes.ts';
import { serveSite } from '../serving/nginx-server.ts';
import { isPrecompressedCopy, sentFileBytes } from '../serving/precompress.ts';
import { onlyStopWordsText, PAGE_SIZE, PAGEFIND_OPTIONS } from '../search/present.ts';
import { isStopWord, prepareQuery } from '../search/query.ts';
import type { SuggestionData } from '../search/suggest.ts';
import { SUGGESTION_FILE } from '../search/vocabulary.ts';

export interface QueryFigures {
	query: string;
	/** Bytes of all /pagefind/ responses for the query and its first page of results. */
	bytes: number;
	/** The bytes that went over the wire for the same responses, served by nginx with the
	 * build's brotli/gzip files to a browser that accepts brotli. */
	brotliBytes: number;
	/** Of `bytes`, the index chunks (/pagefind/index/): the part that grows with the archive. */
	indexChunkBytes: number;
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
	/** Each measured query (the three commonest words a search sends: stop words are left out). */
	queries: QueryFigures[];
	/** The commonest stop word typed alone on the search page, which explains it and searches
	 * nothing; null when the archive holds no stop word. */
	stopWordQuery: QueryFigures | null;
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

/**
 * The `count` words held by the most index records (ties alphabetical), from the suggestion
 * data, leaving out the words `skip` says a search never sends (by default the stop words,
 * which the search page leaves out of every query).
 */
export function commonestWords(data: SuggestionData, count = COMMONEST, skip: (word: string) => boolean = isStopWord): string[] {
	return data.w
		.map((word, i) => ({ word, n: data.n[i] ?? 0 }))
		.filter((e) => !skip(e.word))
		.sort((a, b) => b.n - a.n || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0))
		.slice(0, count)
		.map((e) => e.word);
}

/** The stop word held by the most index records: what a visitor who types only "de" costs. */
export function commonestStopWord(data: SuggestionData): string | undefined {
	return commonestWords(data, 1, (word) => !isStopWord(word))[0];
}

/** The bytes sent for a response: the precompressed copy nginx chose, or the file itself
 * (the body as received when the address is not a file). */
function sentBytes(siteDir: string, pathname: string, encoding: string | undefined, bodyBytes: number): number {
	const file = path.join(siteDir, decodeURIComponent(pathname));
	return existsSync(file) ? sentFileBytes(file, encoding) : bodyBytes;
}

/** Runs one query in a page and returns the number of results. */
type QueryRun = (page: Page, origin: string, query: string) => Promise<number>;

/** A first search as the search page makes it: Pagefind with the page's options, then the data of the first results. */
const searchWithPagefind: QueryRun = async (page, origin, query) => {
	await page.goto(`${origin}${searchPath()}`);
	return page.evaluate(
		async ({ query, first, options }) => {
			const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
			await pagefind.options(options);
			const search = await pagefind.search(query);
			await Promise.all(search.results.slice(0, first).map((r: { data: () => Promise<unknown> }) => r.data()));
			return search.results.length as number;
		},
		{ query, first: FIRST_RESULTS, options: PAGEFIND_OPTIONS },
	);
};

/** A query of stop words only, typed into the search page itself: done when the page has explained it. */
const answerOnSearchPage: QueryRun = async (page, origin, query) => {
	await page.goto(`${origin}${searchPath()}?q=${encodeURIComponent(query)}`);
	const prepared = prepareQuery(query);
	if (!prepared.onlyStopWords) throw new Error(`"${query}" is not a query of stop words only`);
	await page.getByRole('status').filter({ hasText: onlyStopWordsText(prepared.leftOut) }).waitFor({ timeout: 60_000 });
	return page.locator('.aa-result').count();
};

/** Serves the site with nginx and runs each query in a fresh Chromium context on the search
 * page (the only page whose CSP allows Pagefind's WebAssembly), summing the bytes of every
 * Pagefind response, as received and as sent over the wire. */
async function measureQueries(siteDir: string, queries: readonly string[], run: QueryRun): Promise<QueryFigures[]> {
	const server = await serveSite(siteDir);
	const browser = await launchBrowser();
	try {
		const figures: QueryFigures[] = [];
		for (const query of queries) {
			const context = await browser.newContext();
			const page = await context.newPage();
			const pending: Promise<{ body: number; sent: number; chunk: boolean }>[] = [];
			page.on('response', (response) => {
				const { pathname } = new URL(response.url());
				if (!pathname.startsWith('/pagefind/')) return;
				const encoding = response.headers()['content-encoding'];
				const chunk = pathname.startsWith('/pagefind/index/');
				pending.push(
					response.body().then(
						(b) => ({ body: b.length, sent: sentBytes(siteDir, pathname, encoding, b.length), chunk }),
						() => ({ body: 0, sent: 0, chunk }),
					),
				);
			});
			const results = await run(page, server.origin, query);
			const sizes = await Promise.all(pending);
			figures.push({
				query,
				bytes: sizes.reduce((a, b) => a + b.body, 0),
				brotliBytes: sizes.reduce((a, b) => a + b.sent, 0),
				indexChunkBytes: sizes.reduce((a, b) => a + (b.chunk ? b.body : 0), 0),
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

/** A first search for each query, as the search page sends it (Pagefind with the page's options). */
export function measureFirstQueries(siteDir: string, queries: readonly string[]): Promise<QueryFigures[]> {
	return measureQueries(siteDir, queries, searchWithPagefind);
}

/** What a query of a stop word only costs on the search page, which explains it instead of searching. */
export async function measureStopWordQuery(siteDir: string, word: string): Promise<QueryFigures> {
	return (await measureQueries(siteDir, [word], answerOnSearchPage))[0]!;
}

/** The search figures of a built site, on the index its build wrote; `queries` default to the three commonest words. */
export async function measureSearch(siteDir: string, queries?: readonly string[]): Promise<SearchFigures> {
	const dir = pagefindDir(siteDir);
	if (!existsSync(path.join(dir, 'pagefind.js'))) throw new Error(`${siteDir} has no search index: the build should have written ${dir}`);
	const suggestionFile = path.join(dir, SUGGESTION_FILE);
	if (!existsSync(suggestionFile)) throw new Error(`${siteDir} has no suggestion data: the build should have written ${suggestionFile}`);
	const suggestions = readFileSync(suggestionFile);
	const data = JSON.parse(suggestions.toString('utf8')) as SuggestionData;
	const measured = await measureFirstQueries(siteDir, queries ?? commonestWords(data));
	const stopWord = commonestStopWord(data);
	const worst = measured.reduce((a, b) => (b.bytes > a.bytes ? b : a));
	return {
		indexBytes: directoryBytes(dir, isIndexFile),
		firstQueryBytes: worst.bytes,
		firstQueryBrotliBytes: worst.brotliBytes,
		firstQueryRequests: worst.requests,
		query: worst.query,
		results: worst.results,
		queries: measured,
		stopWordQuery: stopWord === undefined ? null : await measureStopWordQuery(siteDir, stopWord),
		suggestionBytes: statSync(suggestionFile).size,
		suggestionGzipBytes: gzipSync(suggestions).length,
	};
}
