/**
 * Search benchmark for a built site: how long the Pagefind index takes to build, how big it is,
 * and how many bytes a browser fetches for a first query (measured in Chromium: pagefind.js, the
 * WebAssembly, the entry and meta files, the filter and index chunks of that query and the
 * fragments of the first page of results). Usable as a function (for `npm run bench`) and as a
 * command: `node scripts/bench/search.ts <site-dir> [query]`.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { buildSearchIndex } from '../../src/lib/search/build-index.ts';
import { launchBrowser } from '../../tests/support/browser.ts';
import { serveStatic } from '../../tests/support/serve.ts';

export interface SearchBench {
	/** Building the index (reading pages, splitting compounds, writing files), in ms. */
	indexMs: number;
	/** The index and its runtime: entry, meta, index chunks, fragments, filters, pagefind.js and the
	 * WebAssembly (not the UI scripts and styles, which do not grow with the archive). */
	indexBytes: number;
	/** What a browser downloads for its first search, with the first 5 results shown. */
	firstQueryBytes: number;
	documents: number;
}

async function sizeOf(dir: string, include: (file: string) => boolean): Promise<number> {
	let total = 0;
	for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const file = path.relative(dir, path.join(entry.parentPath, entry.name));
		if (include(file)) total += (await stat(path.join(dir, file))).size;
	}
	return total;
}

/** The files Pagefind writes for searching, as opposed to its UI scripts and styles. */
export function isIndexFile(file: string): boolean {
	return !/^pagefind-(ui|component-ui|modular-ui|highlight)\./.test(file);
}

export async function firstQueryBytes(siteDir: string, query = 'budget', shown = 5): Promise<number> {
	const server = await serveStatic(path.resolve(siteDir));
	const browser = await launchBrowser();
	try {
		const page = await browser.newPage();
		await page.goto(`${server.origin}/404.html`);
		let bytes = 0;
		const pending: Promise<void>[] = [];
		page.on('response', (response) => {
			if (new URL(response.url()).pathname.startsWith('/pagefind/')) pending.push(response.body().then((body) => void (bytes += body.length)));
		});
		await page.evaluate(`(async () => {
			const pagefind = await import('/pagefind/pagefind.js');
			const search = await pagefind.search(${JSON.stringify(query)});
			await Promise.all(search.results.slice(0, ${shown}).map((r) => r.data()));
		})()`);
		await Promise.all(pending);
		return bytes;
	} finally {
		await browser.close();
		await server.close();
	}
}

export async function benchSearchIndex(siteDir: string, query = 'budget'): Promise<{ indexMs: number; indexBytes: number; firstQueryBytes: number; documents: number }> {
	const report = await buildSearchIndex(siteDir);
	return {
		indexMs: report.ms,
		indexBytes: await sizeOf(report.outputPath, isIndexFile),
		firstQueryBytes: await firstQueryBytes(siteDir, query),
		documents: report.documents,
	};
}

if (import.meta.main) {
	const [siteDir = process.env.ADVIESARCHIEF_OUT ?? 'dist', query] = process.argv.slice(2);
	const result = await benchSearchIndex(siteDir, query);
	const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
	console.log(`documenten: ${result.documents}\nindex bouwen: ${result.indexMs} ms\nindex grootte: ${kb(result.indexBytes)}\neerste zoekvraag: ${kb(result.firstQueryBytes)} opgehaald`);
}
