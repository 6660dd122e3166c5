/**
 * Builds the search index while Astro is still writing the site: each page Astro has finished
 * is read and prepared straight away, and the document pages go to Pagefind (its own process)
 * as soon as all pages before them are in. So the indexing runs on the second core during the
 * render instead of after it. Used by `npm run build` (scripts/build.ts).
 *
 * The index must be the one a full index of the finished site gives (buildSearchIndex), byte
 * for byte, and nothing stale or half-written may reach it:
 * - pages go to Pagefind in URL order, the order of the document pages the content predicts
 *   (src/lib/archive/document-pages.ts), never in the order they happened to appear;
 * - a page is only read once it is complete (it ends with </html>) and was written after the
 *   build started, and it is recorded with the size and time of the version that was read
 *   (a page that changed while it was read waits for the next look);
 * - when the build is done, every page is checked again (size and modification time), and the
 *   document pages must be exactly the predicted ones. If anything differs, the index is made
 *   again from the finished site.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { comparePaths } from '../archive/document-pages.ts';
import { buildSearchIndex, createSearchIndexer, htmlFiles, urlOf, type IndexReport, type PreparedPage } from './build-index.ts';
import { NO_SEARCH_CONTENT, type SearchContent } from './search-content.ts';
import type { FileStamp } from '../serving/precompress.ts';

export interface FollowOptions {
	/** URL paths of the document pages the build will write ("/adviezen/x/"), from the content. */
	documentPaths: readonly string[];
	/**
	 * Pages last written before this moment (ms since the epoch) are left for later: they may
	 * belong to an earlier build. (A shortcut only: the check at the end is what guarantees it.)
	 */
	since: number;
	/**
	 * How often to look for new pages, in ms (default 1,000); a look that took longer is followed
	 * at once. Each look lists the whole output folder, which at 5,000 documents holds 11,000
	 * pages: looking five times a second cost 3 s of CPU per build, and pages prepared a second
	 * later change nothing (finish looks once more).
	 */
	intervalMs?: number;
	/** The records of the other pages and the glossary's everyday words (search-content.ts). */
	content?: SearchContent;
	/**
	 * Called with each finished page as read (its path relative to the site, its bytes, and its
	 * size and time then), so that other work on the page (compressing it) need not read it again.
	 */
	onPageRead?: (file: string, bytes: Buffer, stamp: FileStamp) => void;
}

export interface FollowedIndex extends IndexReport {
	/** Why the index was made again from the finished site, when it was. */
	rebuiltBecause?: string;
	/** Document pages that went to Pagefind while the site was still being built. */
	indexedDuringBuild: number;
}

export interface SiteFollower {
	/** How many pages have been read so far (for progress, and for tests). */
	readonly pagesRead: number;
	/** Call when the build has finished successfully: indexes what is left, checks, writes. */
	finish(): Promise<FollowedIndex>;
	/** Call when the build failed: stops Pagefind, writes nothing. */
	abort(): Promise<void>;
}


/** A page as read, with the size and modification time of exactly the version that was read. */
export interface ReadPage extends FileStamp {
	html: string;
	bytes: Buffer;
}

/**
 * Reads a page and the size and modification time of the version it read, or undefined when
 * the file changed while it was read (or is gone). The file is looked at before and after
 * reading and both must agree with each other and with the bytes read: a page that is being
 * rewritten (the first part, then the whole page) could otherwise be read whole but recorded
 * with the size and time of the first part, and the check at the end would see a change that
 * did not happen after the read. `read` is the file reader (a test replaces it to rewrite the
 * page mid-read).
 */
export async function readSettledPage(fullPath: string, read: (file: string) => Promise<Buffer> = readFile): Promise<ReadPage | undefined> {
	const before = await stat(fullPath, { bigint: true }).catch(() => undefined);
	if (!before) return undefined;
	const bytes = await read(fullPath).catch(() => undefined);
	const after = await stat(fullPath, { bigint: true }).catch(() => undefined);
	if (!bytes || !after || after.size !== before.size || after.mtimeNs !== before.mtimeNs || BigInt(bytes.length) !== after.size) return undefined;
	return { html: bytes.toString('utf8'), bytes, size: after.size, mtimeNs: after.mtimeNs };
}

/** True when the HTML is a whole page, not the first part of one still being written. */
export function isCompletePage(html: string): boolean {
	return /<\/html>\s*$/i.test(html);
}

/** Starts following `siteDir`. */
export async function followSite(siteDir: string, options: FollowOptions): Promise<SiteFollower> {
	const content = options.content ?? NO_SEARCH_CONTENT;
	const indexer = await createSearchIndexer(content);
	const order = [...options.documentPaths].sort(comparePaths);
	const expected = new Set(order);
	/** Prepared document pages by URL, waiting for their turn; null once added. */
	const prepared = new Map<string, PreparedPage | null>();
	const seen = new Map<string, FileStamp>();
	let next = 0;
	let problem: string | undefined;
	let stopped = false;
	let indexedDuringBuild = 0;
	const sinceNs = BigInt(Math.floor(options.since)) * 1_000_000n;

	/** Hands Pagefind the pages whose turn it is. */
	const drain = async () => {
		while (next < order.length && prepared.get(order[next]!)) {
			const url = order[next]!;
			await indexer.add(url, prepared.get(url)!);
			prepared.set(url, null);
			next++;
			if (!stopped) indexedDuringBuild++;
		}
		// Every document page is in: the other records can go in while Astro renders the rest.
		if (next === order.length && !problem) void indexer.addRecords();
	};

	/** Reads every page that is new, complete and of this build; returns how many are not ready. */
	const sweep = async (): Promise<number> => {
		let notReady = 0;
		const files = await htmlFiles(siteDir).catch(() => undefined);
		if (!files) return 1; // The folder is not there yet.
		for (const file of files) {
			if (seen.has(file)) continue;
			// What is recorded is the version that was read, so the check at the end compares like with like.
			const read = await readSettledPage(path.join(siteDir, file));
			if (!read || read.mtimeNs < sinceNs || !isCompletePage(read.html)) {
				notReady++;
				continue;
			}
			seen.set(file, { size: read.size, mtimeNs: read.mtimeNs });
			options.onPageRead?.(file, read.bytes, { size: read.size, mtimeNs: read.mtimeNs });
			const url = urlOf(file);
			const page = indexer.prepare(read.html);
			if (page !== undefined && !expected.has(url)) problem ??= `${url} is een documentpagina die niet verwacht werd`;
			if (page === undefined && expected.has(url)) problem ??= `${url} zou een documentpagina zijn, maar is het niet`;
			if (page !== undefined) prepared.set(url, page);
		}
		await drain();
		return notReady;
	};

	let wake = () => {};
	const loop = (async () => {
		const interval = options.intervalMs ?? 1000;
		while (!stopped) {
			const started = performance.now();
			try {
				await sweep();
			} catch (error) {
				problem ??= `fout tijdens het volgen: ${error instanceof Error ? error.message : String(error)}`;
				return;
			}
			if (stopped) break;
			// A look starts every interval; one that took longer (pages waiting) is followed at once.
			await new Promise<void>((resolve) => {
				const timer = setTimeout(resolve, Math.max(0, interval - (performance.now() - started)));
				wake = () => {
					clearTimeout(timer);
					resolve();
				};
			});
		}
	})();
	/** Ends the wait between two looks, so that finish and abort need not wait for it. */
	function stop(): void {
		stopped = true;
		wake();
	}

	/** Why the followed pages are not exactly the finished site, or undefined when they are. */
	const differences = async (): Promise<string | undefined> => {
		if ((await sweep()) > 0) return 'niet alle pagina’s waren compleet en nieuw';
		if (problem) return problem;
		if (next < order.length) return `${order[next]} ontbreekt`;
		const files = await htmlFiles(siteDir);
		if (files.length !== seen.size) return 'er zijn pagina’s verdwenen';
		for (const file of files) {
			const indexed = seen.get(file);
			const now = await stat(path.join(siteDir, file), { bigint: true }).catch(() => undefined);
			if (!indexed || !now || now.size !== indexed.size || now.mtimeNs !== indexed.mtimeNs) return `${file} veranderde nadat hij gelezen was`;
		}
		return undefined;
	};

	return {
		get pagesRead() {
			return seen.size;
		},
		async finish() {
			stop();
			await loop;
			// Any failure while following (Pagefind stopped, a page that cannot be read) is one
			// more reason to index the finished site afresh.
			const rebuiltBecause = await differences().catch((error: unknown) => `fout tijdens het volgen: ${error instanceof Error ? error.message : String(error)}`);
			if (rebuiltBecause) {
				await indexer.close().catch(() => undefined);
				return { ...(await buildSearchIndex(siteDir, content)), rebuiltBecause, indexedDuringBuild };
			}
			return { ...(await indexer.write(path.join(siteDir, 'pagefind'))), indexedDuringBuild };
		},
		async abort() {
			stop();
			await loop;
			await indexer.close();
		},
	};
}
