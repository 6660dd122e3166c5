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

/**
 * What is wrong with the security headers a site's _headers file gives a content page: a CSP
 * that allows anything but its own files and what search needs, or a missing header.
 */
function headerProblems(siteDir: string, route = '/adviezen/'): string[] {
	const headers = headersFor(parseHeadersFile(readFileSync(path.join(siteDir, '_headers'), 'utf8')), route);
	const csp = parseCsp(headers['Content-Security-Policy'] ?? '');
	const expected: Record<string, string[]> = {
		'default-src': ["'self'"],
		'script-src': ["'self'", "'wasm-unsafe-eval'"],
		'style-src': ["'self'"],
		'frame-ancestors': ["'none'"],
	};
	const problems = Object.entries(expected)
		.filter(([directive, sources]) => JSON.stringify(csp.get(directive)) !== JSON.stringify(sources))
		.map(([directive]) => `${directive}: ${(csp.get(directive) ?? ['(ontbreekt)']).join(' ')}`);
	if (headers['X-Content-Type-Options'] !== 'nosniff') problems.push('X-Content-Type-Options');
	if (headers['Referrer-Policy'] !== 'no-referrer') problems.push('Referrer-Policy');
	return problems;
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
		expect(headerProblems(site)).toEqual([]);
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

	it('the header gate finds a weak Content Security Policy and missing headers', () => {
		expect(headerProblems(brokenSite)).toEqual([
			'default-src: *',
			"script-src: 'self' 'unsafe-inline' 'unsafe-eval' https://tracker.invalid",
			"style-src: 'self' 'unsafe-inline'",
			'frame-ancestors: (ontbreekt)',
			'X-Content-Type-Options',
			'Referrer-Policy',
		]);
	});

	it('the weight budget catches a page that is too heavy', () => {
		expect(pageWeight(brokenSite, '/zwaar.html').htmlCssGzip).toBeGreaterThan(CONTENT_PAGE_GZIP_BUDGET);
	});
});
