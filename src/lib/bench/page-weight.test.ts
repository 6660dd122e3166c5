import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { referencedAssets } from '../quality/page-weight.ts';
import { brotliTransferBytes, directoryBytes, listPages, measurePageWeights, pickTemplatePages } from './page-weight.ts';

function site(files: Record<string, string>): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'aa-weight-'));
	for (const [file, content] of Object.entries(files)) {
		mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
		writeFileSync(path.join(dir, file), content);
	}
	return dir;
}

const css = 'body { color: black; }\n'.repeat(50);
const page = (title: string) => `<!doctype html><html lang="nl"><head><link rel="stylesheet" href="/_astro/a.css"><link rel="stylesheet" href="https://example.org/x.css"></head><body><h1>${title}</h1>${'<p>Participatie en re-integratie.</p>'.repeat(40)}</body></html>`;

describe('page weight', () => {
	it('lists pages as site paths and picks one page per template', () => {
		const dir = site({
			'index.html': page('Home'),
			'adviezen/index.html': page('Adviezen'),
			'adviezen/2025-b/index.html': page('B'),
			'adviezen/2024-a/index.html': page('A'),
			'dvo/2026-2027/index.html': page('Periode'),
			'dvo/2026-2027/ontwerp/index.html': page('Versie'),
			'404.html': page('Niet gevonden'),
			'_astro/a.css': css,
		});
		const pages = listPages(dir);
		expect(pages).toContain('/adviezen/2024-a/');
		expect(pages).toContain('/404.html');
		const picked = Object.fromEntries(pickTemplatePages(pages).map((p) => [p.template, p.path]));
		expect(picked).toMatchObject({ home: '/', advice: '/adviezen/2024-a/', 'advice-list': '/adviezen/', 'dvo-period': '/dvo/2026-2027/', 'dvo-version': '/dvo/2026-2027/ontwerp/', 'not-found': '/404.html' });
		expect(picked.glossary).toBeUndefined();
	});

	it('counts the HTML and the local stylesheets it references, raw and gzip', () => {
		const html = page('A');
		const dir = site({ 'adviezen/2024-a/index.html': html, '_astro/a.css': css });
		const [advice] = measurePageWeights(dir);
		expect(advice).toMatchObject({ template: 'advice', htmlBytes: Buffer.byteLength(html), cssBytes: css.length, jsBytes: 0 });
		expect(advice!.htmlGzipBytes).toBe(gzipSync(html).length);
		expect(advice!.cssGzipBytes).toBe(gzipSync(css).length);
		expect(advice!.totalGzipBytes).toBe(advice!.htmlGzipBytes + advice!.cssGzipBytes);
		expect(directoryBytes(dir)).toBe(Buffer.byteLength(html) + css.length);
	});

	it('counts the brotli copies a browser receives, or the file itself when there is none', () => {
		const html = page('A');
		const dir = site({ 'adviezen/2024-a/index.html': html, 'adviezen/2024-a/index.html.br': 'x'.repeat(100), '_astro/a.css': css });
		expect(brotliTransferBytes(dir, '/adviezen/2024-a/')).toBe(100 + css.length);
	});

	it('resolves relative asset paths and ignores other sites', () => {
		const assets = referencedAssets('<link rel="stylesheet" href="../x.css"><script type="module" src="/pagefind/ui.js"></script><script src="https://cdn.example/a.js"></script>', '/zoeken/sub/');
		expect(assets).toEqual({ css: ['/zoeken/x.css'], js: ['/pagefind/ui.js'] });
	});
});
