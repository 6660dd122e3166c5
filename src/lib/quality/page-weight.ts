/**
 * What a page costs a visitor: the bytes of its HTML and of the local CSS and JavaScript it
 * loads, raw and gzip-compressed (each file on its own, as a web server sends it). Used by the
 * weight gate in the tests and by the benchmark's per-template report.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { resolveSitePath } from './link-check.ts';

export interface AssetWeight {
	raw: number;
	gzip: number;
}

export interface PageWeight {
	html: AssetWeight;
	css: AssetWeight;
	js: AssetWeight;
	/** HTML plus CSS, gzip: the budget the README states for content pages. */
	htmlCssGzip: number;
	/** Every script the page runs: local paths, other sites' addresses, or "(inline)". */
	scripts: string[];
}

/**
 * True for a script element that runs. A data block such as JSON-LD
 * (`<script type="application/ld+json">`) is data for search engines: browsers never run it,
 * and a Content-Security-Policy does not apply to it.
 */
export function isExecutableScript(script: { getAttribute(name: string): string | undefined }): boolean {
	return (script.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json';
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

function weigh(buffers: Buffer[]): AssetWeight {
	return buffers.reduce((acc, b) => ({ raw: acc.raw + b.length, gzip: acc.gzip + gzipSync(b).length }), { raw: 0, gzip: 0 });
}

function readAssets(siteDir: string, paths: string[]): Buffer[] {
	return paths
		.map((p) => path.join(siteDir, decodeURIComponent(p)))
		.filter((f) => existsSync(f) && statSync(f).isFile())
		.map((f) => readFileSync(f));
}

/** The weight of the page at `route` (/adviezen/x/ or /404.html) in a built site. */
export function pageWeight(siteDir: string, route: string): PageWeight {
	const file = resolveSitePath(path.resolve(siteDir), route);
	if (!file) throw new Error(`No page at ${route} in ${siteDir}`);
	const html = readFileSync(file);
	const text = html.toString('utf8');
	const assets = referencedAssets(text, route);
	const inline = parse(text)
		.querySelectorAll('script')
		.filter(isExecutableScript)
		.filter((s) => !s.getAttribute('src') && s.textContent.trim())
		.map((s) => Buffer.from(s.textContent));
	const htmlWeight = weigh([html]);
	const css = weigh(readAssets(siteDir, assets.css));
	const js = weigh([...readAssets(siteDir, assets.js), ...inline]);
	const scripts = parse(text)
		.querySelectorAll('script')
		.filter(isExecutableScript)
		.map((s) => s.getAttribute('src') ?? '(inline)');
	return { html: htmlWeight, css, js, htmlCssGzip: htmlWeight.gzip + css.gzip, scripts };
}
