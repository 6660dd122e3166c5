import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { BROTLI_QUALITY_PAGES, brotliQualityFor, brotliReproducible, createPrecompressor, gzipReproducible, isPrecompressedCopy, precompressSite, sentFileBytes, type FileStamp } from './precompress.ts';
import { SERVING_RULES } from './rules.ts';

const dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function site(files: Record<string, string | Buffer>): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'aa-precompress-'));
	dirs.push(dir);
	for (const [file, content] of Object.entries(files)) {
		mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
		writeFileSync(path.join(dir, file), content);
	}
	return dir;
}

const page = `<!doctype html><html lang="nl"><title>Advies</title>${'<p>Het budget is € 81.000 per jaar.</p>'.repeat(200)}</html>`;

describe('reproducible compression', () => {
	it('writes a gzip header without time or file name, and the same bytes every time', async () => {
		const data = Buffer.from(page);
		const first = await gzipReproducible(data);
		expect(first.subarray(0, 4)).toEqual(Buffer.from([0x1f, 0x8b, 8, 0])); // no FNAME flag
		expect(first.readUInt32LE(4)).toBe(0); // mtime
		expect(first[9]).toBe(255);
		expect((await gzipReproducible(data)).equals(first)).toBe(true);
		expect(gunzipSync(first).equals(data)).toBe(true);
		const br = await brotliReproducible(data);
		expect((await brotliReproducible(data)).equals(br)).toBe(true);
		expect(brotliDecompressSync(br).equals(data)).toBe(true);
	});
});

describe('precompressSite', () => {
	it('writes .gz and .br next to text files, leaves Pagefind\'s compressed files and images alone', async () => {
		const dir = site({
			'index.html': page,
			'bronnen/brief.txt': page,
			'pagefind/fragment/nl_1.pf_fragment': Buffer.from(page),
			'plaatje.png': Buffer.from(page),
			'_deploy/nginx.conf': page,
		});
		const report = await precompressSite(dir, SERVING_RULES);
		expect(report.files).toBe(2);
		for (const file of ['index.html', 'bronnen/brief.txt']) {
			const original = readFileSync(path.join(dir, file));
			expect(brotliDecompressSync(readFileSync(path.join(dir, `${file}.br`))).equals(original)).toBe(true);
			expect(gunzipSync(readFileSync(path.join(dir, `${file}.gz`))).equals(original)).toBe(true);
		}
		for (const file of ['pagefind/fragment/nl_1.pf_fragment', 'plaatje.png', '_deploy/nginx.conf']) {
			expect(existsSync(path.join(dir, `${file}.gz`)), file).toBe(false);
			expect(existsSync(path.join(dir, `${file}.br`)), file).toBe(false);
		}
		expect(report.brotliBytes).toBeLessThan(report.gzipBytes);
		expect(report.gzipBytes).toBeLessThan(report.rawBytes / 5);
	});

	it('writes no copy that is not smaller than the file, and removes an older one', async () => {
		const dir = site({ 'a.css': 'a{}', 'a.css.gz': 'oud', 'a.css.br': 'oud' });
		const report = await precompressSite(dir, SERVING_RULES);
		expect(report).toMatchObject({ files: 1, gzipFiles: 0, brotliFiles: 0 });
		expect(existsSync(path.join(dir, 'a.css.gz'))).toBe(false);
		expect(existsSync(path.join(dir, 'a.css.br'))).toBe(false);
	});

	it('tells a precompressed copy from a file', () => {
		expect(isPrecompressedCopy('a/index.html.br')).toBe(true);
		expect(isPrecompressedCopy('a/index.html.gz')).toBe(true);
		expect(isPrecompressedCopy('a/index.html')).toBe(false);
	});
});

describe('compressing pages while the site is built', () => {
	const stampOf = (file: string): FileStamp => {
		const { size, mtimeNs } = statSync(file, { bigint: true });
		return { size, mtimeNs };
	};
	const copies = (dir: string, file: string) => ({
		gz: gunzipSync(readFileSync(path.join(dir, `${file}.gz`))).toString(),
		br: brotliDecompressSync(readFileSync(path.join(dir, `${file}.br`))).toString(),
	});

	it('gives the same copies and report as one pass over the finished site', async () => {
		const files = { 'index.html': page, 'a/index.html': page.replace('Advies', 'Ander advies'), 'feed.xml': page, 'a.css': 'a{}' };
		const once = site(files);
		const early = site(files);
		const precompressor = createPrecompressor(early, SERVING_RULES);
		for (const file of ['index.html', 'a/index.html', 'a.css']) precompressor.add(file, readFileSync(path.join(early, file)), stampOf(path.join(early, file)));
		const report = await precompressor.finish();
		expect(report).toEqual(await precompressSite(once, SERVING_RULES));
		for (const file of ['index.html', 'a/index.html', 'feed.xml']) {
			expect(readFileSync(path.join(early, `${file}.gz`)).equals(readFileSync(path.join(once, `${file}.gz`))), file).toBe(true);
			expect(readFileSync(path.join(early, `${file}.br`)).equals(readFileSync(path.join(once, `${file}.br`))), file).toBe(true);
		}
	});

	it('keeps the bytes of only a few waiting pages, and reads the others again when their turn comes', async () => {
		const files = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`p${i}/index.html`, page.replace('Advies', `Advies ${i}`)]));
		const once = site(files);
		const early = site(files);
		const precompressor = createPrecompressor(early, SERVING_RULES);
		// Handed over all at once, as when the build renders faster than it compresses.
		for (const file of Object.keys(files)) precompressor.add(file, readFileSync(path.join(early, file)), stampOf(path.join(early, file)));
		expect(await precompressor.finish()).toEqual(await precompressSite(once, SERVING_RULES));
		for (const file of ['p0/index.html', 'p149/index.html']) expect(copies(early, file)).toEqual({ gz: files[file], br: files[file] });
	});

	it('compresses again a page that changed after it was read, and leaves no copies of one that is gone', async () => {
		const dir = site({ 'index.html': page, 'weg/index.html': page });
		const precompressor = createPrecompressor(dir, SERVING_RULES);
		for (const file of ['index.html', 'weg/index.html']) precompressor.add(file, readFileSync(path.join(dir, file)), stampOf(path.join(dir, file)));
		const changed = page.replace('Advies', 'Verbeterd advies');
		writeFileSync(path.join(dir, 'index.html'), changed);
		// A rewrite within the clock's resolution could keep the time; the size differs anyway, and this makes sure.
		utimesSync(path.join(dir, 'index.html'), new Date(), new Date(Date.now() + 5000));
		unlinkSync(path.join(dir, 'weg/index.html'));
		const report = await precompressor.finish();
		expect(report.files).toBe(1);
		expect(copies(dir, 'index.html')).toEqual({ gz: changed, br: changed });
		expect(existsSync(path.join(dir, 'weg/index.html.gz'))).toBe(false);
		expect(existsSync(path.join(dir, 'weg/index.html.br'))).toBe(false);
	});

	it('ignores files it does not compress, and compresses nothing more once stopped', async () => {
		const dir = site({ 'plaatje.png': page, 'index.html': page });
		const precompressor = createPrecompressor(dir, SERVING_RULES);
		precompressor.add('plaatje.png', Buffer.from(page), stampOf(path.join(dir, 'plaatje.png')));
		await precompressor.stop();
		precompressor.add('index.html', Buffer.from(page), stampOf(path.join(dir, 'index.html')));
		await precompressor.stop();
		expect(existsSync(path.join(dir, 'plaatje.png.gz'))).toBe(false);
		expect(existsSync(path.join(dir, 'index.html.gz'))).toBe(false);
	});
});

describe('brotliQualityFor', () => {
	it('spends the highest quality on the shared scripts and styles, a fast one on pages and data', () => {
		expect(brotliQualityFor('_astro/BaseLayout.x.css')).toBe(11);
		expect(brotliQualityFor('pagefind/pagefind-ui.js')).toBe(11);
		expect(brotliQualityFor('adviezen/x/index.html')).toBe(BROTLI_QUALITY_PAGES);
		expect(brotliQualityFor('lokale-keuzes/lokale-keuzes.json')).toBe(BROTLI_QUALITY_PAGES);
	});
});

describe('the bytes sent for a file', () => {
	it('are the copy for the encoding when the build wrote one, else the file', () => {
		const dir = site({ 'a.html': 'x'.repeat(1000), 'a.html.br': 'b'.repeat(100), 'a.html.gz': 'g'.repeat(200), 'b.css': 'c'.repeat(300) });
		expect(sentFileBytes(path.join(dir, 'a.html'), 'br')).toBe(100);
		expect(sentFileBytes(path.join(dir, 'a.html'), 'gzip')).toBe(200);
		expect(sentFileBytes(path.join(dir, 'a.html'), undefined)).toBe(1000);
		expect(sentFileBytes(path.join(dir, 'a.html'), 'identity')).toBe(1000);
		expect(sentFileBytes(path.join(dir, 'b.css'), 'br')).toBe(300);
	});
});
