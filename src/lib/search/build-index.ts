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

export interface IndexReport {
	/** How many documents went into the index. */
	documents: number;
	/** Time to read the pages, split the compounds and write the index. */
	ms: number;
	outputPath: string;
}

/** Pages handed to Pagefind before waiting for the first of them to be indexed. */
const IN_FLIGHT = 16;

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
		for (const anchor of body.querySelectorAll('.heading-anchor')) anchor.remove();
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

async function htmlFiles(siteDir: string): Promise<string[]> {
	const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
	return entries
		.filter((e) => e.isFile() && e.name.endsWith('.html'))
		.map((e) => path.relative(siteDir, path.join(e.parentPath, e.name)))
		.filter((file) => !file.startsWith(`pagefind${path.sep}`))
		.sort();
}

/** Indexes every document page of `siteDir` and writes the index to `siteDir/pagefind/`. */
export async function buildSearchIndex(siteDir: string): Promise<IndexReport> {
	const start = performance.now();
	const decompounder = await dutchDecompounder();
	const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
	if (!index) throw new Error(`Pagefind kon geen index maken: ${errors.join('; ')}`);
	let documents = 0;
	try {
		// Pagefind indexes in its own process: keep a few pages in flight while the next ones are
		// read and split here.
		const inFlight = new Set<Promise<void>>();
		for (const file of await htmlFiles(siteDir)) {
			const page = pageForIndex(await readFile(path.join(siteDir, file), 'utf8'), decompounder);
			if (!page) continue;
			const adding: Promise<void> = index.addHTMLFile({ url: urlOf(file), content: page }).then((added) => {
				inFlight.delete(adding);
				if (added.errors.length) throw new Error(`${file}: ${added.errors.join('; ')}`);
			});
			inFlight.add(adding);
			documents++;
			if (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
		}
		await Promise.all(inFlight);
		const outputPath = path.join(siteDir, 'pagefind');
		const written = await index.writeFiles({ outputPath });
		if (written.errors.length) throw new Error(`Pagefind kon de index niet schrijven: ${written.errors.join('; ')}`);
		return { documents, ms: Math.round(performance.now() - start), outputPath };
	} finally {
		await pagefind.close();
	}
}
