/**
 * Search figures for a built site: how big the Pagefind index is, and how many bytes a
 * visitor's browser fetches for a first search (the Pagefind script, its WebAssembly, the
 * index chunks and the fragments of the first page of results), measured in Chromium.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { directoryBytes } from './page-weight.ts';
import { serveSite } from '../quality/static-server.ts';

export interface SearchFigures {
	/** Where the index came from: the site's own build, an external hook, or a default index built by the benchmark. */
	source: 'hook' | 'site' | 'bench-default';
	/** Time to build the index, when the benchmark built it (or the hook reports it). */
	indexMs: number | null;
	indexBytes: number;
	/** Bytes of all /pagefind/ responses for one query and its first results. */
	firstQueryBytes: number | null;
	firstQueryRequests: number | null;
	query: string;
	results: number | null;
}

export const FIRST_QUERY = 'participatie';
/** Pagefind's UI shows five results at a time; a first search loads their fragments. */
export const FIRST_RESULTS = 5;

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function pagefindDir(siteDir: string): string {
	return path.join(siteDir, 'pagefind');
}

export function hasSearchIndex(siteDir: string): boolean {
	return existsSync(path.join(pagefindDir(siteDir), 'pagefind.js'));
}

/** Builds a default Pagefind index of the site's HTML into <site>/pagefind; returns the time taken. */
export async function buildDefaultIndex(siteDir: string): Promise<number> {
	const pagefind = await import('pagefind');
	const start = performance.now();
	const { index, errors } = await pagefind.createIndex({});
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	await index.addDirectory({ path: siteDir });
	await index.writeFiles({ outputPath: pagefindDir(siteDir) });
	const ms = performance.now() - start;
	await pagefind.close();
	return ms;
}

/** Serves the site, runs one query in Chromium and sums the bytes of every Pagefind response. */
export async function measureFirstQuery(siteDir: string, query = FIRST_QUERY): Promise<{ bytes: number; requests: number; results: number }> {
	const server = await serveSite(siteDir);
	const browser = await chromium.launch({
		executablePath: CHROMIUM_PATH,
		headless: true,
		args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
	});
	try {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`${server.origin}/`);
		const pending: Promise<number>[] = [];
		page.on('response', (response) => {
			if (new URL(response.url()).pathname.startsWith('/pagefind/')) pending.push(response.body().then((b) => b.length, () => 0));
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
		return { bytes: sizes.reduce((a, b) => a + b, 0), requests: sizes.length, results };
	} finally {
		await browser.close();
		await server.close();
	}
}

/** The search figures of a built site, building a default index when the site has none. */
export async function measureSearch(siteDir: string, query = FIRST_QUERY): Promise<SearchFigures> {
	let source: SearchFigures['source'] = 'site';
	let indexMs: number | null = null;
	if (!hasSearchIndex(siteDir)) {
		source = 'bench-default';
		indexMs = await buildDefaultIndex(siteDir);
	}
	const first = await measureFirstQuery(siteDir, query);
	return {
		source,
		indexMs,
		indexBytes: directoryBytes(pagefindDir(siteDir)),
		firstQueryBytes: first.bytes,
		firstQueryRequests: first.requests,
		query,
		results: first.results,
	};
}
