/**
 * Gzip and brotli versions of every compressible file of a built site, written next to it
 * (page.html.gz, page.html.br) for servers that send precompressed files (nginx's gzip_static
 * and brotli_static, Apache with the generated rewrite rules). Byte-reproducible: fixed levels,
 * no file name and a zero time in the gzip header, and a fixed operating-system byte. The work
 * runs on libuv's thread pool, so it uses every core while the build's own process waits.
 *
 * Brotli's top quality (11) is some 40× slower than quality 7 for about 8% fewer bytes
 * (measured on 1,000 generated documents: 50 MB of pages in 3 s at 7, 150 s at 11). So the
 * few shared scripts and styles every visitor loads get 11, and the pages and data, which grow
 * with the archive, get 7.
 */
import { existsSync, statSync } from 'node:fs';
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { extensionOf, type ServingRules } from './rules.ts';
import { forEachConcurrently } from '../concurrency.ts';

const gzipAsync = promisify(zlib.gzip);
const brotliAsync = promisify(zlib.brotliCompress);

/** Byte 9 of a gzip header: the operating system; 255 ("unknown") on every platform. */
const GZIP_OS_BYTE = 9;

/** Gzip at level 9, the same bytes on every machine and every run. */
export async function gzipReproducible(data: Buffer): Promise<Buffer> {
	const out = await gzipAsync(data, { level: 9 });
	// node writes no file name and a zero modification time; the OS byte depends on the platform.
	out[GZIP_OS_BYTE] = 255;
	return out;
}

/** Brotli quality for pages and data files. */
export const BROTLI_QUALITY_PAGES = 7;
/** Folders of the shared scripts and styles (a fixed handful of files). */
const SHARED_ASSET_FOLDERS = ['_astro/', 'pagefind/'];

/** The brotli quality for a file of the site (path relative to the site, forward slashes). */
export function brotliQualityFor(file: string): number {
	return SHARED_ASSET_FOLDERS.some((folder) => file.startsWith(folder)) ? zlib.constants.BROTLI_MAX_QUALITY : BROTLI_QUALITY_PAGES;
}

/** Brotli at a fixed quality (default: the highest), in text mode for text formats. */
export async function brotliReproducible(data: Buffer, text = true, quality: number = zlib.constants.BROTLI_MAX_QUALITY): Promise<Buffer> {
	return brotliAsync(data, {
		params: {
			[zlib.constants.BROTLI_PARAM_QUALITY]: quality,
			[zlib.constants.BROTLI_PARAM_MODE]: text ? zlib.constants.BROTLI_MODE_TEXT : zlib.constants.BROTLI_MODE_GENERIC,
			[zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
		},
	});
}

/** Whether a file is a precompressed copy (x.html.gz, x.js.br) the build wrote. */
export function isPrecompressedCopy(file: string): boolean {
	return /\.(gz|br)$/.test(file);
}

/** The suffix of the copy the build writes for each Content-Encoding. */
const COPY_SUFFIX: Readonly<Record<string, string>> = { br: '.br', gzip: '.gz' };

/**
 * The bytes a server with gzip_static/brotli_static sends for `file` to a browser that gets
 * `encoding` (the response's Content-Encoding; undefined or identity: none): the size of the
 * build's precompressed copy when there is one, else of the file itself.
 */
export function sentFileBytes(file: string, encoding: string | undefined): number {
	const suffix = encoding ? COPY_SUFFIX[encoding] : undefined;
	return statSync(suffix && existsSync(file + suffix) ? file + suffix : file).size;
}

export interface PrecompressReport {
	/** Files that were considered (compressible by type). */
	files: number;
	gzipFiles: number;
	brotliFiles: number;
	rawBytes: number;
	gzipBytes: number;
	brotliBytes: number;
}

/** Paths (relative, forward slashes) of the files in `dir` the rules mark as compressible. */
export async function compressibleFiles(dir: string, rules: ServingRules, skipDirs: readonly string[] = []): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile())
		.map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
		.filter((file) => !skipDirs.some((skip) => file.startsWith(`${skip}/`)))
		.filter((file) => rules.types[extensionOf(file)]?.compress === true)
		.sort();
}

/** A file's size and modification time (ns) when it was read: a later change shows in either. */
export interface FileStamp {
	size: bigint;
	mtimeNs: bigint;
}

/** What compressing one file gave: its bytes, and the bytes of each copy written (undefined: not smaller, none written). */
interface Compressed {
	stamp?: FileStamp;
	raw: number;
	gzip?: number;
	brotli?: number;
}

/** Writes `file.gz` and `file.br` next to `file` when smaller than it (else removes an older copy). */
async function compressFile(siteDir: string, relative: string, data: Buffer, rules: ServingRules): Promise<Compressed> {
	const file = path.join(siteDir, relative);
	const isText = rules.types[extensionOf(file)]?.charset === true;
	const [gzip, brotli] = await Promise.all([gzipReproducible(data), brotliReproducible(data, isText, brotliQualityFor(relative))]);
	const result: Compressed = { raw: data.length };
	if (gzip.length < data.length) {
		await writeFile(`${file}.gz`, gzip);
		result.gzip = gzip.length;
	} else await rm(`${file}.gz`, { force: true });
	if (brotli.length < data.length) {
		await writeFile(`${file}.br`, brotli);
		result.brotli = brotli.length;
	} else await rm(`${file}.br`, { force: true });
	return result;
}

/**
 * Compresses a site's files: some while the site is still being built (`add`, for pages the
 * build has already read for its search index), the rest when it is done (`finish`).
 */
export interface Precompressor {
	/**
	 * Compresses a finished file in the background, from bytes already read; `stamp` is what the
	 * file was when they were read. Files the rules do not compress are ignored.
	 */
	add(relative: string, data: Buffer, stamp: FileStamp): void;
	/**
	 * Waits for the files added, then compresses every other compressible file of the site, and
	 * again any added file that changed since it was read. The report is the same as one pass
	 * over the finished site gives.
	 */
	finish(): Promise<PrecompressReport>;
	/** Waits for the files in progress and compresses nothing more (the build failed). */
	stop(): Promise<void>;
}

/** How many waiting files keep the bytes they were read with. */
const KEEP_BYTES_OF = 64;

/**
 * A precompressor for `siteDir`. Files added during the build are compressed one at a time
 * (two of libuv's four threads, leaving the others to the build's reading and writing), so the
 * work runs on whatever core is free while the site is rendered instead of after it; `finish`
 * compresses `concurrency` files at a time.
 */
export function createPrecompressor(siteDir: string, rules: ServingRules, concurrency = 8): Precompressor {
	const done = new Map<string, Compressed>();
	// Waiting files keep their bytes only while few are waiting; the others are read again when
	// their turn comes, so a build that renders faster than it compresses holds no pile of pages.
	const queue: { relative: string; data?: Buffer; stamp: FileStamp }[] = [];
	/** Files compressed at a time: one while the site is built, `concurrency` once it is done. */
	let workers = 1;
	const running = new Set<Promise<void>>();
	let failure: unknown;
	let stopped = false;
	const work = async () => {
		while (queue.length > 0 && !stopped) {
			const { relative, data, stamp } = queue.shift()!;
			try {
				const bytes = data ?? (await readFile(path.join(siteDir, relative)));
				// A file that changed since it was read is left for finish, which compresses what is there then.
				if (!data && bytes.length !== Number(stamp.size)) continue;
				done.set(relative, { ...(await compressFile(siteDir, relative, bytes, rules)), stamp });
			} catch (error) {
				failure ??= error;
			}
		}
	};
	const startWorkers = () => {
		while (running.size < workers && queue.length > 0 && !stopped) {
			const worker: Promise<void> = work().finally(() => running.delete(worker));
			running.add(worker);
		}
	};
	return {
		add(relative, data, stamp) {
			if (stopped || rules.types[extensionOf(relative)]?.compress !== true || relative.startsWith(`${rules.deployDir}/`)) return;
			queue.push({ relative, stamp, ...(queue.length < KEEP_BYTES_OF ? { data } : {}) });
			startWorkers();
		},
		async stop() {
			stopped = true;
			queue.length = 0;
			await Promise.all(running);
		},
		async finish() {
			// The site is built: what is still waiting gets every core.
			workers = Math.max(1, concurrency);
			startWorkers();
			while (running.size > 0) await Promise.all(running);
			if (failure) throw failure;
			stopped = true;
			const files = await compressibleFiles(siteDir, rules, [rules.deployDir]);
			const results = new Map<string, Compressed>();
			await forEachConcurrently(files, concurrency, async (relative) => {
				const file = path.join(siteDir, relative);
				const earlier = done.get(relative);
				if (earlier?.stamp) {
					const now = await stat(file, { bigint: true });
					if (now.size === earlier.stamp.size && now.mtimeNs === earlier.stamp.mtimeNs) {
						results.set(relative, earlier);
						return;
					}
				}
				results.set(relative, await compressFile(siteDir, relative, await readFile(file), rules));
			});
			// A file compressed early that is gone now leaves no copies behind.
			for (const relative of done.keys()) {
				if (!results.has(relative)) await Promise.all([rm(path.join(siteDir, `${relative}.gz`), { force: true }), rm(path.join(siteDir, `${relative}.br`), { force: true })]);
			}
			const report: PrecompressReport = { files: files.length, gzipFiles: 0, brotliFiles: 0, rawBytes: 0, gzipBytes: 0, brotliBytes: 0 };
			for (const result of results.values()) {
				report.rawBytes += result.raw;
				if (result.gzip !== undefined) {
					report.gzipFiles++;
					report.gzipBytes += result.gzip;
				}
				if (result.brotli !== undefined) {
					report.brotliFiles++;
					report.brotliBytes += result.brotli;
				}
			}
			return report;
		},
	};
}

/**
 * Writes `file.gz` and `file.br` next to every compressible file of `siteDir`, each only when
 * it is smaller than the file itself (a server then sends the original, and an older copy is
 * removed). `concurrency` files are compressed at a time.
 */
export async function precompressSite(siteDir: string, rules: ServingRules, concurrency = 8): Promise<PrecompressReport> {
	return createPrecompressor(siteDir, rules, concurrency).finish();
}
