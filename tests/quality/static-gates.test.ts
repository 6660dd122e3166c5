/**
 * Quality gates on the built sites, without a browser: valid HTML, links that resolve, no
 * JavaScript on content pages, the weight budget, security headers. Each gate also runs once
 * on a deliberately broken site, to prove it can fail.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { CONTENT_PAGE_GZIP_BUDGET, mayHaveScripts } from '../../src/lib/quality/budgets.ts';
import { headersFor, parseCsp, parseHeadersFile } from '../../src/lib/quality/headers-file.ts';
import { checkLinks } from '../../src/lib/quality/link-check.ts';
import { pageWeight } from '../../src/lib/quality/page-weight.ts';
import { listHtmlPages, routeOf } from '../../src/lib/quality/site-files.ts';
import { loadSettings } from '../../src/lib/content/load-settings.ts';
import { FIXTURE_SITES } from '../support/global-setup.ts';
import { repoRoot } from '../support/build-site.ts';

const sites = { real: inject('realSite'), example: inject('exampleSite') };
const siteUrl = { real: loadSettings(path.join(repoRoot, FIXTURE_SITES.realSite))!.baseUrl, example: loadSettings(path.join(repoRoot, FIXTURE_SITES.exampleSite))!.baseUrl };
const brokenSite = path.join(repoRoot, 'tests/fixtures/broken-site');
const validator = new HtmlValidate(new FileSystemConfigLoader());

async function validationErrors(siteDir: string, files = listHtmlPages(siteDir)) {
	const errors: string[] = [];
	for (const file of files) {
		const report = await validator.validateFile(path.join(siteDir, file));
		for (const result of report.results) for (const m of result.messages) errors.push(`${file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
	}
	return errors;
}

function pagesWithScripts(siteDir: string) {
	return listHtmlPages(siteDir)
		.map(routeOf)
		.filter((route) => !mayHaveScripts(route) && pageWeight(siteDir, route).scripts.length > 0);
}

describe.each(Object.entries(sites) as ['real' | 'example', string][])('the %s site', (name, site) => {
	it('is valid HTML on every page (html-validate, zero errors)', async () => {
		expect(listHtmlPages(site).length).toBeGreaterThan(8);
		expect(await validationErrors(site)).toEqual([]);
	});

	it('has no broken internal link or anchor', () => {
		const report = checkLinks(site, siteUrl[name]);
		expect(report.checked).toBeGreaterThan(50);
		expect(report.broken).toEqual([]);
	});

	it('ships no JavaScript on content pages', () => {
		expect(pagesWithScripts(site)).toEqual([]);
	});

	it(`keeps the advice page's HTML and CSS under ${CONTENT_PAGE_GZIP_BUDGET / 1024} KB gzip`, () => {
		const advice = listHtmlPages(site).map(routeOf).find((route) => /^\/adviezen\/[^/]+\/$/.test(route))!;
		const weight = pageWeight(site, advice);
		expect(weight.htmlCssGzip).toBeGreaterThan(1000);
		expect(weight.htmlCssGzip).toBeLessThanOrEqual(CONTENT_PAGE_GZIP_BUDGET);
	});

	it('sends a Content Security Policy that allows only its own scripts and what search needs', () => {
		const rules = parseHeadersFile(readFileSync(path.join(site, '_headers'), 'utf8'));
		const headers = headersFor(rules, '/adviezen/');
		const csp = parseCsp(headers['Content-Security-Policy'] ?? '');
		expect(csp.get('default-src')).toEqual(["'self'"]);
		expect(csp.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
		expect(csp.get('style-src')).toEqual(["'self'"]);
		expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
		expect(headers['X-Content-Type-Options']).toBe('nosniff');
		expect(headers['Referrer-Policy']).toBe('no-referrer');
	});
});

describe('each gate fails on the broken fixture site', () => {
	it('html-validate reports its errors', async () => {
		const errors = await validationErrors(brokenSite, ['index.html']);
		expect(errors.some((e) => e.includes('close-order'))).toBe(true);
		expect(errors.some((e) => e.includes('element-required-attributes'))).toBe(true);
	});

	it('the link check finds the missing page and the missing anchor, and lists the external link', () => {
		const report = checkLinks(brokenSite);
		expect(report.broken.map((b) => b.href)).toEqual(['/bestaat-niet/', '/kapot/#bestaat-niet', 'https://tracker.invalid/volg.js'].filter((h) => !h.startsWith('https')));
		expect(report.external.map((e) => e.href)).toEqual(['https://tracker.invalid/volg.js', 'https://voorbeeld.invalid/']);
	});

	it('the script gate finds JavaScript on a content page', () => {
		expect(pagesWithScripts(brokenSite)).toEqual(['/']);
	});

	it('the weight budget catches a page that is too heavy', () => {
		expect(pageWeight(brokenSite, '/zwaar.html').htmlCssGzip).toBeGreaterThan(CONTENT_PAGE_GZIP_BUDGET);
	});
});
