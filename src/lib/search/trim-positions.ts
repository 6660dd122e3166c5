/**
 * Why: a first search fetches the whole index chunk of the word searched for, and Pagefind
 * stores every position of a word on every page. For a word that is in most records (at 5,000
 * generated documents "werk" is in 9,921 of 10,110 records, about 19 times each) that chunk was
 * 206 KB, of which the page numbers were 13 KB and the positions the rest, so a first search
 * fetched 420 KB. Such a word narrows nothing down and its positions only tune the ranking
 * (term frequency, which BM25 saturates) and say where the excerpt is taken from.
 *
 * So after Pagefind has written the index, the chunks are rewritten: for a word on at least
 * half of the records, each page keeps the first POSITIONS_KEPT positions of each weight (body
 * text, headings, titles each keep theirs, so a word in a heading still ranks higher). Every
 * page that holds the word is still found; other words keep every position. The search page
 * makes no phrase search (it drops quotes), the only use of positions beyond these.
 *
 * This reads Pagefind's own file format (gzip, "pagefind_dcd", CBOR: see Pagefind's
 * pagefind/src/index/index_words.rs and index_metadata.rs), so it checks the Pagefind version
 * the index was written by and stops the build for any other. The rewrite is deterministic:
 * the same index gives the same bytes.
 */
import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import { decode, encode } from 'cborg';
import { forEachConcurrently } from '../concurrency.ts';

/** The Pagefind version whose file format this module reads. */
export const PAGEFIND_FORMAT_VERSION = '1.6.0';
/** Positions kept per page and weight for a common word. */
export const POSITIONS_KEPT = 3;
/** A word on at least this share of the records is common. */
export const COMMON_SHARE = 0.5;

const SIGNATURE = Buffer.from('pagefind_dcd');
/** Index chunks (un)packed at the same time. */
const CHUNKS_AT_A_TIME = 4;

/** A page of a word: [page number (delta-coded), locations, meta locations]. */
type PackedPage = [number, number[], number[]];
/** A word: [word, pages, variants with other diacritics: [form, pages]]. */
type PackedWord = [string, PackedPage[], [string, PackedPage[]][]];

/**
 * The first `keep` positions of each weight. Pagefind writes a page's locations grouped by
 * weight: positions delta-coded, and a new weight as a negative marker followed by an absolute
 * position, so cutting each group's tail leaves every kept delta valid.
 */
export function capLocations(locations: readonly number[], keep: number): number[] {
	const kept: number[] = [];
	let inGroup = 0;
	for (let i = 0; i < locations.length; i++) {
		const value = locations[i]!;
		if (value < 0) {
			kept.push(value, locations[++i]!);
			inGroup = 1;
		} else if (inGroup < keep) {
			kept.push(value);
			inGroup++;
		}
	}
	return kept;
}

/** The words of one index chunk, with the positions of common words capped. Returns whether anything changed. */
export function trimWords(words: PackedWord[], totalPages: number, keep = POSITIONS_KEPT, share = COMMON_SHARE): boolean {
	let changed = false;
	for (const [, pages, variants] of words) {
		const count = pages.length + variants.reduce((n, [, p]) => n + p.length, 0);
		if (count < totalPages * share) continue;
		for (const page of [...pages, ...variants.flatMap(([, p]) => p)]) {
			const capped = capLocations(page[1], keep);
			if (capped.length !== page[1].length) {
				page[1] = capped;
				changed = true;
			}
		}
	}
	return changed;
}

const gunzipAsync = promisify(gunzip);
const gzipAsync = promisify(gzip);

// Compression runs on libuv's thread pool, so the chunks of an index are (un)packed on every core.
async function unpack(file: Buffer): Promise<unknown> {
	const data = await gunzipAsync(file);
	return decode(data.subarray(0, SIGNATURE.length).equals(SIGNATURE) ? data.subarray(SIGNATURE.length) : data);
}

function pack(value: unknown): Promise<Buffer> {
	return gzipAsync(Buffer.concat([SIGNATURE, encode(value)]), { level: 9 });
}

function hashName(data: Buffer, language: string, length: number, taken: Set<string>): string {
	const hex = createHash('sha256').update(data).digest('hex');
	let name = `${language}_${hex.slice(0, length)}`;
	for (let n = length + 1; taken.has(name) && n <= hex.length; n++) name = `${language}_${hex.slice(0, n)}`;
	taken.add(name);
	return name;
}

export interface TrimReport {
	/** Index chunks rewritten. */
	chunks: number;
}

/**
 * Rewrites the Pagefind index in `outputPath` with the positions of common words capped (see
 * the header): changed chunks and the metadata file get new names from their content, and the
 * entry file points to the new metadata.
 */
export async function trimCommonWordPositions(outputPath: string): Promise<TrimReport> {
	const entryFile = path.join(outputPath, 'pagefind-entry.json');
	const entry = JSON.parse(await readFile(entryFile, 'utf8')) as { version: string; languages: Record<string, { hash: string; page_count: number }> };
	if (entry.version !== PAGEFIND_FORMAT_VERSION) {
		throw new Error(
			`${entryFile}: de zoekindex is gemaakt met Pagefind ${entry.version}, maar src/lib/search/trim-positions.ts kent alleen het bestandsformaat van Pagefind ${PAGEFIND_FORMAT_VERSION}. Controleer het formaat van de nieuwe versie en pas PAGEFIND_FORMAT_VERSION aan.`,
		);
	}
	let chunks = 0;
	for (const [language, info] of Object.entries(entry.languages)) {
		const metaFile = path.join(outputPath, `pagefind.${info.hash}.pf_meta`);
		const meta = (await unpack(await readFile(metaFile))) as unknown[];
		const pages = meta[1] as unknown[];
		const chunkList = meta[2] as [string, string, string][];
		const taken = new Set(chunkList.map((c) => c[2]));
		// A few chunks at a time are read and packed (a decoded chunk is many times its file);
		// the names are given in the list's order, so a (rare) clash of short hashes is always
		// resolved the same way.
		const packed: ({ chunk: [string, string, string]; file: string; data: Buffer } | undefined)[] = [];
		await forEachConcurrently(chunkList, CHUNKS_AT_A_TIME, async (chunk, at) => {
			const file = path.join(outputPath, 'index', `${chunk[2]}.pf_index`);
			const index = (await unpack(await readFile(file))) as [PackedWord[]];
			packed[at] = trimWords(index[0], pages.length) ? { chunk, file, data: await pack(index) } : undefined;
		});
		let changed = false;
		for (const rewritten of packed) {
			if (!rewritten) continue;
			const { chunk, file, data } = rewritten;
			const name = hashName(data, language, 7, taken);
			await writeFile(path.join(outputPath, 'index', `${name}.pf_index`), data);
			await rm(file);
			chunk[2] = name;
			changed = true;
			chunks++;
		}
		if (!changed) continue;
		const data = await pack(meta);
		const name = hashName(data, language, 10, new Set([info.hash]));
		await writeFile(path.join(outputPath, `pagefind.${name}.pf_meta`), data);
		await rm(metaFile);
		info.hash = name;
	}
	if (chunks > 0) await writeFile(entryFile, JSON.stringify(entry));
	return { chunks };
}
