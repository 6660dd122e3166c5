/**
 * Builds the Pagefind index of a built site with Pagefind's Node API. Only document pages are
 * indexed (the pages whose main content carries data-pagefind-body: one advice, one DVO
 * version); each is indexed from a copy that has the extra words for compounds and accents
 * added, so the published page stays exactly as it was.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse, type HTMLElement, type Node } from 'node-html-parser';
import * as pagefind from 'pagefind';
import { dutchDecompounder, type Decompounder } from './decompound.ts';
import { withExtraWords } from './index-text.ts';
import { comparePaths } from '../archive/document-pages.ts';
import { HEADING_ANCHOR_CLASS } from '../markdown/heading-anchors.ts';

export interface IndexReport {
	/** How many documents went into the index. */
	documents: number;
	/** Time to read the pages, split the compounds and write the index. */
	ms: number;
	outputPath: string;
}

const SKIP = new Set(['script', 'style', 'template', 'svg']);

function addExtraWords(node: Node, decompounder: Decompounder): void {
	for (const child of node.childNodes) {
		if (child.nodeType === 3) {
			child.rawText = withExtraWords(child.rawText, decompounder);
		} else if (child.nodeType === 1 && !SKIP.has((child as HTMLElement).tagName?.toLowerCase() ?? '')) {
			addExtraWords(child, decompounder);
		}
	}
}

/** The page as the index should read it, or undefined when it is not a document page. */
export function pageForIndex(html: string, decompounder: Decompounder): string | undefined {
	if (!html.includes('data-pagefind-body')) return undefined;
	const root = parse(html, { comment: false });
	const bodies = root.querySelectorAll('[data-pagefind-body]');
	if (bodies.length === 0) return undefined;
	for (const body of bodies) {
		// The "#" link after each heading would end up in the heading's name in the results.
		for (const anchor of body.querySelectorAll(`.${HEADING_ANCHOR_CLASS}`)) anchor.remove();
		addExtraWords(body, decompounder);
	}
	// Cells, list items and spans end with a space, so that "Post" and "Bedrag" stay two words.
	return root.toString().replace(/<\/(td|th|caption|dt|dd|li|span)>/g, ' </$1>');
}

/** "adviezen/x/index.html" → "/adviezen/x/" (the site uses directory URLs). */
export function urlOf(relativeFile: string): string {
	const posix = relativeFile.split(path.sep).join('/');
	return `/${posix.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * A Pagefind index being filled: prepare each built page (the index's copy, with the extra
 * words), add the document pages, then write it. Pagefind indexes in its own process, so a few
 * pages stay in flight while the next ones are read and split here.
 */
export interface SearchIndexer {
	/** The page as the index should read it, or undefined when it is not a document page. */
	prepare(html: string): string | undefined;
	/** Adds a prepared page under its URL ("/adviezen/x/"). Pages are indexed in the order added. */
	add(url: string, page: string): Promise<void>;
	/** Waits for the pages in flight, writes the index to `outputPath` and stops Pagefind. */
	write(outputPath: string): Promise<IndexReport>;
	/** Stops Pagefind without writing anything. */
	close(): Promise<void>;
}

/** Pages handed to Pagefind before waiting for the first of them to be indexed. */
const IN_FLIGHT = 16;

/** Starts Pagefind (Dutch, forced: the site has one language) and the compound splitter. */
export async function createSearchIndexer(): Promise<SearchIndexer> {
	const start = performance.now();
	const decompounder = await dutchDecompounder();
	const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
	if (!index) throw new Error(`Pagefind kon geen index maken: ${errors.join('; ')}`);
	const inFlight = new Set<Promise<void>>();
	let failure: Error | undefined;
	let documents = 0;
	let closed = false;
	const close = async () => {
		if (closed) return;
		closed = true;
		// Closing with pages in flight would fail them; let them finish first.
		await Promise.all(inFlight);
		await pagefind.close();
	};
	return {
		prepare: (html) => pageForIndex(html, decompounder),
		async add(url, page) {
			if (failure) throw failure;
			// Never rejects: a failure is kept and thrown by the next add or by write.
			const adding: Promise<void> = index
				.addHTMLFile({ url, content: page })
				.then(
					(added) => {
						if (added.errors.length) failure ??= new Error(`${url}: ${added.errors.join('; ')}`);
					},
					(error: unknown) => {
						failure ??= error instanceof Error ? error : new Error(String(error));
					},
				)
				.finally(() => inFlight.delete(adding));
			inFlight.add(adding);
			documents++;
			if (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
		},
		async write(outputPath) {
			try {
				await Promise.all(inFlight);
				if (failure) throw failure;
				const written = await index.writeFiles({ outputPath });
				if (written.errors.length) throw new Error(`Pagefind kon de index niet schrijven: ${written.errors.join('; ')}`);
				return { documents, ms: Math.round(performance.now() - start), outputPath };
			} finally {
				await close();
			}
		},
		close,
	};
}

/** The HTML files of a built site, relative to it, sorted; the search index's own files left out. */
export async function htmlFiles(siteDir: string): Promise<string[]> {
	const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
	return entries
		.filter((e) => e.isFile() && e.name.endsWith('.html'))
		.map((e) => path.relative(siteDir, path.join(e.parentPath, e.name)))
		.filter((file) => !file.startsWith(`pagefind${path.sep}`))
		.sort();
}

/** Indexes every document page of `siteDir` and writes the index to `siteDir/pagefind/`. */
export async function buildSearchIndex(siteDir: string): Promise<IndexReport> {
	const indexer = await createSearchIndexer();
	try {
		// In URL order, as the index made while following a build (follow-build.ts): the same
		// pages in the same order give the same index, byte for byte.
		const files = (await htmlFiles(siteDir)).sort((a, b) => comparePaths(urlOf(a), urlOf(b)));
		for (const file of files) {
			const page = indexer.prepare(await readFile(path.join(siteDir, file), 'utf8'));
			if (page) await indexer.add(urlOf(file), page);
		}
		return await indexer.write(path.join(siteDir, 'pagefind'));
	} finally {
		await indexer.close();
	}
}
