/**
 * Builds the Pagefind index of a built site with Pagefind's Node API. Document pages (the pages
 * whose main content carries data-pagefind-body: one advice, one DVO version) are indexed from
 * a copy that has the extra words for compounds, accents and glossary synonyms added and its
 * tables written as sentences, so the published page stays exactly as it was. The other pages
 * people look for (local choices, comparisons, follow-up, glossary) go in as custom records
 * made from the content (records.ts). Next to the index it writes the suggestion data: the
 * index's words for "Bedoelde u …?" (vocabulary.ts). Once Pagefind has written the index, the
 * positions of words in most records are capped (trim-positions.ts).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse, type HTMLElement, type Node } from 'node-html-parser';
import * as pagefind from 'pagefind';
import { dutchDecompounder, type Decompounder } from './decompound.ts';
import { NO_SYNONYMS, synonymsOf, withExtraWords, type Synonyms } from './index-text.ts';
import { SORT_KEY } from './facets.ts';
import { statusWords, type SearchRecord } from './records.ts';
import { budgetStatusLabels } from '../labels.ts';
import { NO_SEARCH_CONTENT, type SearchContent } from './search-content.ts';
import { createVocabulary, SUGGESTION_FILE } from './vocabulary.ts';
import { trimCommonWordPositions } from './trim-positions.ts';
import { comparePaths } from '../archive/document-pages.ts';
import { HEADING_ANCHOR_CLASS } from '../markdown/heading-anchors.ts';

export interface IndexReport {
	/** How many documents went into the index. */
	documents: number;
	/** Records of the other pages (local choices, comparisons, follow-up, glossary). */
	records: number;
	/** Time to read the pages, split the compounds and write the index. */
	ms: number;
	outputPath: string;
	/** Size of the suggestion data in bytes. */
	suggestionBytes: number;
}

/** A page ready for the index: its HTML (with the extra words) and its indexed text. */
export interface PreparedPage {
	html: string;
	/** The text of the indexed parts, for the suggestion vocabulary. */
	text: string;
}

const SKIP = new Set(['script', 'style', 'template', 'svg']);

function addExtraWords(node: Node, decompounder: Decompounder, synonyms: Synonyms, text: string[], used: Set<string>): void {
	for (const child of node.childNodes) {
		if (child.nodeType === 3) {
			child.rawText = withExtraWords(child.rawText, decompounder, synonyms, used);
			text.push(child.rawText);
		} else if (child.nodeType === 1 && !SKIP.has((child as HTMLElement).tagName?.toLowerCase() ?? '')) {
			if ((child as HTMLElement).hasAttribute?.('data-pagefind-ignore')) continue;
			addExtraWords(child, decompounder, synonyms, text, used);
		}
	}
}

const cellText = (cell: HTMLElement) => cell.textContent.replace(/\s+/g, ' ').trim();

/** A status cell reads as a word in the sentence, a proposal as a proposal ("voorgesteld (een voorstel)"); other cells stay as written. */
function cellWords(text: string): string {
	const status = (Object.keys(budgetStatusLabels) as (keyof typeof budgetStatusLabels)[]).find((key) => budgetStatusLabels[key] === text);
	return status ? statusWords(status) : text;
}

/**
 * A table as sentences, one per row: "Participatiecoaching 2026: € 81.000, 0,9 fte, voorgesteld."
 * The year (or the whole caption) comes from the caption; the header row is left out.
 */
export function tableSentences(table: HTMLElement): string[] {
	const caption = table.querySelector('caption');
	const captionText = caption ? cellText(caption) : '';
	// "Lokale keuzes 2026" or "Lokale keuzes 2026 (voorstel uit het ontwerp)": the year before any remark.
	const year = /\b(\d{4}(?:-\d{4})?)(?:\s*\([^)]*\))?$/.exec(captionText)?.[1];
	// A proposal marker after an amount reads as a remark in the sentence: "€ 81.000 (voorstel)".
	for (const marker of table.querySelectorAll('.aa-proposal')) marker.set_content(`(${cellText(marker)})`);
	const sentences = captionText ? [`${captionText}.`] : [];
	for (const row of table.querySelectorAll('tr')) {
		if (row.parentNode && (row.parentNode as HTMLElement).tagName?.toLowerCase() === 'thead') continue;
		const cells = row.querySelectorAll('th, td').map(cellText).filter((t) => t !== '');
		if (cells.length === 0 || row.querySelectorAll('td').length === 0) continue;
		const [first, ...rest] = cells;
		const subject = year ? `${first} ${year}` : first;
		sentences.push(rest.length ? `${subject}: ${rest.map(cellWords).join(', ')}.`.replace(/\.\.$/, '.') : `${subject}.`);
	}
	return sentences;
}

/** The page as the index should read it, with its indexed text, or undefined when it is not a document page. */
export function preparePage(html: string, decompounder: Decompounder, synonyms: Synonyms = NO_SYNONYMS): PreparedPage | undefined {
	if (!html.includes('data-pagefind-body')) return undefined;
	const root = parse(html, { comment: false });
	const bodies = root.querySelectorAll('[data-pagefind-body]');
	if (bodies.length === 0) return undefined;
	const text: string[] = [];
	const used = new Set<string>();
	for (const body of bodies) {
		// The "#" link after each heading would end up in the heading's name in the results.
		for (const anchor of body.querySelectorAll(`.${HEADING_ANCHOR_CLASS}`)) anchor.remove();
		// Table cells run together in an excerpt; sentences read as text.
		for (const table of body.querySelectorAll('table')) {
			const sentences = tableSentences(table).map((s) => `<p>${s.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`);
			table.replaceWith(parse(sentences.join('')));
		}
		addExtraWords(body, decompounder, synonyms, text, used);
	}
	// List items, terms and spans end with a space, so that their words stay apart.
	return { html: root.toString().replace(/<\/(td|th|caption|dt|dd|li|span|p)>/g, ' </$1>'), text: text.join(' ') };
}

/** The page as the index should read it, or undefined when it is not a document page. */
export function pageForIndex(html: string, decompounder: Decompounder, synonyms: Synonyms = NO_SYNONYMS): string | undefined {
	return preparePage(html, decompounder, synonyms)?.html;
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
	prepare(html: string): PreparedPage | undefined;
	/** Adds a prepared page under its URL ("/adviezen/x/"). Pages are indexed in the order added. */
	add(url: string, page: PreparedPage): Promise<void>;
	/**
	 * Adds the content's records, after every page (always in the same order); no page may be
	 * added after. Starts once: the follower calls it as soon as the last document page is in,
	 * while Astro still renders the other pages, and write waits for it.
	 */
	addRecords(): Promise<void>;
	/**
	 * Waits for the pages in flight, adds the content's records (addRecords) if that has not
	 * started, writes the index and the suggestion data to `outputPath`, stops Pagefind.
	 */
	write(outputPath: string): Promise<IndexReport>;
	/** Stops Pagefind without writing anything. */
	close(): Promise<void>;
}

/** Pages handed to Pagefind before waiting for the first of them to be indexed. */
const IN_FLIGHT = 16;

/** A record as Pagefind's custom record, its content with the extra words. */
export function customRecord(record: SearchRecord, decompounder: Decompounder, synonyms: Synonyms): pagefind.CustomRecord {
	return {
		url: record.url,
		content: withExtraWords(record.content, decompounder, synonyms),
		language: 'nl',
		meta: { title: record.title, type: record.type, ...(record.period ? { periode: record.period } : {}), ...(record.status ? { status: record.status } : {}) },
		filters: record.filters,
		sort: { [SORT_KEY]: record.sortDate },
	};
}

/** Starts Pagefind (Dutch, forced: the site has one language) and the compound splitter. */
export async function createSearchIndexer(content: SearchContent = NO_SEARCH_CONTENT): Promise<SearchIndexer> {
	const start = performance.now();
	const decompounder = await dutchDecompounder();
	const synonyms = synonymsOf(content.everyday);
	const vocabulary = createVocabulary(content.everyday);
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
	let recordsAdded: Promise<void> | undefined;
	const addRecords = () => {
		recordsAdded ??= (async () => {
			await Promise.all(inFlight);
			if (failure) throw failure;
			// One at a time, in the content's order: the index stays the same byte for byte.
			for (const record of content.records) {
				const custom = customRecord(record, decompounder, synonyms);
				vocabulary.addRecord(`${record.title} ${custom.content}`);
				const added = await index.addCustomRecord(custom);
				if (added.errors.length) throw new Error(`${record.url}: ${added.errors.join('; ')}`);
			}
		})();
		// Started in the background; its failure is reported by write.
		recordsAdded.catch(() => undefined);
		return recordsAdded;
	};
	return {
		prepare: (html) => preparePage(html, decompounder, synonyms),
		async add(url, page) {
			if (failure) throw failure;
			if (recordsAdded) throw new Error(`${url}: een pagina na de andere records toevoegen zou de volgorde van de index veranderen`);
			vocabulary.addRecord(page.text);
			// Never rejects: a failure is kept and thrown by the next add or by write.
			const adding: Promise<void> = index
				.addHTMLFile({ url, content: page.html })
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
				await addRecords();
				const written = await index.writeFiles({ outputPath });
				if (written.errors.length) throw new Error(`Pagefind kon de index niet schrijven: ${written.errors.join('; ')}`);
				// A word in most records would make a first search fetch every one of its positions.
				await trimCommonWordPositions(outputPath);
				const suggestions = JSON.stringify(vocabulary.data());
				await writeFile(path.join(outputPath, SUGGESTION_FILE), suggestions);
				return { documents, records: content.records.length, ms: Math.round(performance.now() - start), outputPath, suggestionBytes: Buffer.byteLength(suggestions) };
			} finally {
				await close();
			}
		},
		addRecords,
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

/** Indexes every document page of `siteDir` and the content's records, and writes the index to `siteDir/pagefind/`. */
export async function buildSearchIndex(siteDir: string, content: SearchContent = NO_SEARCH_CONTENT): Promise<IndexReport> {
	const indexer = await createSearchIndexer(content);
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
