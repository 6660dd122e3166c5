/**
 * What a page costs a visitor: the bytes of its HTML and of the CSS and JavaScript it loads,
 * raw and gzip-compressed (what a server sends).
 */
import { readFileSync } from 'node:fs';
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
	scripts: string[];
}

function weigh(bytes: Buffer): AssetWeight {
	return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

function add(a: AssetWeight, b: AssetWeight): AssetWeight {
	return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip };
}

export function pageWeight(siteDir: string, route: string): PageWeight {
	const file = resolveSitePath(siteDir, route);
	if (!file) throw new Error(`No page at ${route} in ${siteDir}`);
	const html = readFileSync(file);
	const doc = parse(html.toString('utf8'));
	const load = (href: string) => {
		const asset = resolveSitePath(siteDir, new URL(href, `http://localhost${route}`).pathname);
		return asset ? weigh(readFileSync(asset)) : { raw: 0, gzip: 0 };
	};
	const css = doc.querySelectorAll('link[rel~="stylesheet"][href]').map((l) => load(l.getAttribute('href')!)).reduce(add, { raw: 0, gzip: 0 });
	const scripts = doc.querySelectorAll('script');
	const js = scripts
		.map((s) => (s.getAttribute('src') ? load(s.getAttribute('src')!) : weigh(Buffer.from(s.textContent))))
		.reduce(add, { raw: 0, gzip: 0 });
	const htmlWeight = weigh(html);
	return { html: htmlWeight, css, js, htmlCssGzip: htmlWeight.gzip + css.gzip, scripts: scripts.map((s) => s.getAttribute('src') ?? '(inline)') };
}
