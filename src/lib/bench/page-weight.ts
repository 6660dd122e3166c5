/**
 * Page weight per template: one page of each kind in a built site, weighed by
 * src/lib/quality/page-weight.ts (HTML plus the stylesheets and scripts it references).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { resolveSitePath } from '../quality/link-check.ts';
import { pageWeight, referencedAssets } from '../quality/page-weight.ts';
import { listHtmlPages, routeOf } from '../quality/site-files.ts';
import { sentFileBytes } from '../serving/precompress.ts';

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
	/** HTML + CSS + JS as a browser that accepts brotli receives them from nginx: each file's
	 * .br copy written by the build, or the file itself when it has none. */
	totalBrotliBytes?: number;
}

/** Every HTML page of a built site as a site path: /a/b/index.html → /a/b/, 404.html stays. */
export function listPages(siteDir: string): string[] {
	return listHtmlPages(siteDir).map(routeOf);
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

/** The bytes sent for a page and its stylesheets and scripts when the browser accepts brotli. */
export function brotliTransferBytes(siteDir: string, sitePath: string): number {
	const root = path.resolve(siteDir);
	const page = resolveSitePath(root, sitePath);
	if (!page) throw new Error(`No page at ${sitePath} in ${siteDir}`);
	const { css, js } = referencedAssets(readFileSync(page, 'utf8'), sitePath);
	const files = [page, ...[...css, ...js].map((p) => resolveSitePath(root, p)).filter((f): f is string => !!f)];
	return files.reduce((sum, file) => sum + sentFileBytes(file, 'br'), 0);
}

/** Measures one page of each template in a built site. */
export function measurePageWeights(siteDir: string, templates: readonly TemplatePattern[] = TEMPLATES): PageWeight[] {
	return pickTemplatePages(listPages(siteDir), templates).map(({ template, path: sitePath }) => {
		const { html, css, js } = pageWeight(siteDir, sitePath);
		return {
			template,
			path: sitePath,
			htmlBytes: html.raw,
			htmlGzipBytes: html.gzip,
			cssBytes: css.raw,
			cssGzipBytes: css.gzip,
			jsBytes: js.raw,
			jsGzipBytes: js.gzip,
			totalBytes: html.raw + css.raw + js.raw,
			totalGzipBytes: html.gzip + css.gzip + js.gzip,
			totalBrotliBytes: brotliTransferBytes(siteDir, sitePath),
		};
	});
}

/** Total bytes of all files below a folder (0 when it does not exist). */
export function directoryBytes(dir: string, include: (file: string) => boolean = () => true): number {
	if (!existsSync(dir)) return 0;
	let total = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) total += directoryBytes(full, include);
		else if (entry.isFile() && include(full)) total += statSync(full).size;
	}
	return total;
}
