/**
 * Page weight per template: for one page of each kind in a built site, the bytes of its HTML
 * plus the stylesheets and scripts it references, raw and gzip-compressed (each file on its
 * own, as a web server would send it).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

export interface TemplatePattern {
	template: string;
	/** Matches a site path such as /adviezen/2025-x/ (always with the trailing slash). */
	pattern: RegExp;
}

/** The archive's page templates; templates that a build does not produce are left out. */
export const TEMPLATES: readonly TemplatePattern[] = [
	{ template: 'home', pattern: /^\/$/ },
	{ template: 'advice', pattern: /^\/adviezen\/[^/]+\/$/ },
	{ template: 'advice-list', pattern: /^\/adviezen\/$/ },
	{ template: 'dvo-version', pattern: /^\/dvo\/[^/]+\/[^/]+\/$/ },
	{ template: 'dvo-period', pattern: /^\/dvo\/[^/]+\/$/ },
	{ template: 'dvo-list', pattern: /^\/dvo\/$/ },
	{ template: 'glossary', pattern: /^\/begrippen\/$/ },
	{ template: 'accessibility', pattern: /^\/toegankelijkheid\/$/ },
	{ template: 'search', pattern: /^\/zoeken\/$/ },
	{ template: 'local-choices', pattern: /^\/lokale-keuzes\/$/ },
	{ template: 'comparison', pattern: /^\/(vergelijk|vergelijken)\/.*$/ },
	{ template: 'not-found', pattern: /^\/404\.html$/ },
];

export interface PageWeight {
	template: string;
	path: string;
	htmlBytes: number;
	htmlGzipBytes: number;
	cssBytes: number;
	cssGzipBytes: number;
	jsBytes: number;
	jsGzipBytes: number;
	/** HTML + CSS + JS. */
	totalBytes: number;
	totalGzipBytes: number;
}

/** Every HTML page of a built site as a site path: /a/b/index.html → /a/b/, 404.html stays. */
export function listPages(siteDir: string): string[] {
	const pages: string[] = [];
	const walk = (dir: string, prefix: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
			if (entry.isDirectory()) walk(path.join(dir, entry.name), `${prefix}${entry.name}/`);
			else if (entry.name === 'index.html') pages.push(prefix);
			else if (entry.name.endsWith('.html')) pages.push(`${prefix}${entry.name}`);
		}
	};
	walk(siteDir, '/');
	return pages;
}

/** The first page (in sorted order) of each template. */
export function pickTemplatePages(pages: readonly string[], templates: readonly TemplatePattern[] = TEMPLATES): { template: string; path: string }[] {
	const sorted = [...pages].sort();
	const picked: { template: string; path: string }[] = [];
	for (const { template, pattern } of templates) {
		const page = sorted.find((p) => pattern.test(p));
		if (page) picked.push({ template, path: page });
	}
	return picked;
}

function fileOf(siteDir: string, sitePath: string): string {
	return sitePath.endsWith('/') ? path.join(siteDir, sitePath, 'index.html') : path.join(siteDir, sitePath);
}

/** The local stylesheets and scripts an HTML page references, as site paths. */
export function referencedAssets(html: string, pagePath: string): { css: string[]; js: string[] } {
	const root = parse(html);
	const local = (href: string | undefined) => {
		if (!href || /^[a-z]+:|^\/\//i.test(href)) return undefined;
		return new URL(href, `http://site${pagePath}`).pathname;
	};
	const css = root
		.querySelectorAll('link[rel~="stylesheet"]')
		.map((l) => local(l.getAttribute('href')))
		.filter((x): x is string => !!x);
	const js = [
		...root.querySelectorAll('script[src]').map((s) => local(s.getAttribute('src'))),
		...root.querySelectorAll('link[rel="modulepreload"]').map((l) => local(l.getAttribute('href'))),
	].filter((x): x is string => !!x);
	return { css: [...new Set(css)], js: [...new Set(js)] };
}

function sizes(buffers: Buffer[]): { raw: number; gzip: number } {
	return buffers.reduce((acc, b) => ({ raw: acc.raw + b.length, gzip: acc.gzip + gzipSync(b).length }), { raw: 0, gzip: 0 });
}

function readAssets(siteDir: string, paths: string[]): Buffer[] {
	return paths.map((p) => path.join(siteDir, decodeURIComponent(p))).filter((f) => existsSync(f) && statSync(f).isFile()).map((f) => readFileSync(f));
}

/** Measures one page of each template in a built site. */
export function measurePageWeights(siteDir: string, templates: readonly TemplatePattern[] = TEMPLATES): PageWeight[] {
	return pickTemplatePages(listPages(siteDir), templates).map(({ template, path: sitePath }) => {
		const html = readFileSync(fileOf(siteDir, sitePath));
		const assets = referencedAssets(html.toString('utf8'), sitePath);
		const h = sizes([html]);
		const c = sizes(readAssets(siteDir, assets.css));
		const j = sizes(readAssets(siteDir, assets.js));
		return {
			template,
			path: sitePath,
			htmlBytes: h.raw,
			htmlGzipBytes: h.gzip,
			cssBytes: c.raw,
			cssGzipBytes: c.gzip,
			jsBytes: j.raw,
			jsGzipBytes: j.gzip,
			totalBytes: h.raw + c.raw + j.raw,
			totalGzipBytes: h.gzip + c.gzip + j.gzip,
		};
	});
}

/** Total bytes of all files below a folder (0 when it does not exist). */
export function directoryBytes(dir: string): number {
	if (!existsSync(dir)) return 0;
	let total = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) total += directoryBytes(full);
		else if (entry.isFile()) total += statSync(full).size;
	}
	return total;
}
