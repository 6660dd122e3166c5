/**
 * Every page of both built archives, as a reader sees it on a desk (1280 px) and on a phone
 * (390 px): at 1280 px no table is wider than the column it sits in; at 390 px the page never
 * scrolls sideways; anything that scrolls sideways is a labelled region reachable with the
 * keyboard; and axe finds no WCAG 2.1 A/AA violation on the phone layout (the desk layout of
 * each template is audited by quality.test.ts). Measurements: tests/support/layout.ts.
 */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import { listHtmlPages, routeOf } from '../../src/lib/quality/site-files.ts';
import { WCAG_TAGS } from '../support/audit.ts';
import { useArchiveBrowser } from '../support/archive-browser.ts';
import { measureLayout } from '../support/layout.ts';

const fixture = useArchiveBrowser();

describe.each([
	['real', () => inject('realSite')],
	['example', () => inject('exampleSite')],
] as const)('every page of the %s archive', (name, siteDir) => {
	const routes = () => listHtmlPages(siteDir()).map(routeOf);

	it('has no table wider than its column at 1280 px', async () => {
		const context = await fixture.browser.newContext({ viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		const problems: string[] = [];
		for (const route of routes()) {
			await page.goto(`${fixture.servers[name]!.origin}${route}`);
			const layout = await measureLayout(page);
			for (const table of layout.wideTables) problems.push(`${route}: ${table}`);
			if (layout.pageOverflow > 0) problems.push(`${route}: page ${layout.pageOverflow} px too wide`);
		}
		await context.close();
		expect(problems).toEqual([]);
	}, 600_000);

	it('fits a 390 px phone: no sideways page scroll, scroll regions labelled and focusable, axe clean', async () => {
		const context = await fixture.browser.newContext({ viewport: { width: 390, height: 844 } });
		const page = await context.newPage();
		const problems: string[] = [];
		for (const route of routes()) {
			await page.goto(`${fixture.servers[name]!.origin}${route}`);
			const layout = await measureLayout(page);
			if (layout.pageOverflow > 0) problems.push(`${route}: page ${layout.pageOverflow} px too wide`);
			for (const scroller of layout.unlabelledScrollers) problems.push(`${route}: ${scroller}`);
			const regions = await page.$$eval('.aa-table-scroll', (els) => els.map((el) => ({ tabindex: el.getAttribute('tabindex'), label: document.getElementById(el.getAttribute('aria-labelledby') ?? '')?.textContent?.trim() ?? '' })));
			for (const r of regions) if (r.tabindex !== '0' || r.label === '') problems.push(`${route}: scroll region without tabindex=0 or label`);
			const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
			for (const v of axe.violations) problems.push(`${route}: axe ${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
		}
		await context.close();
		expect(problems).toEqual([]);
	}, 900_000);
});

describe('the comparison of two years on a phone', () => {
	it('shows both years side by side, next to each other on one line', async () => {
		const context = await fixture.browser.newContext({ viewport: { width: 390, height: 844 } });
		const page = await context.newPage();
		await page.goto(`${fixture.servers.real!.origin}/vergelijk/2026/2027/`);
		const cells = await page.$$eval('.aa-money-diff tbody tr:first-child td', (tds) => tds.map((td) => td.getBoundingClientRect()).map((r) => ({ top: Math.round(r.top), right: r.right })));
		expect(cells).toHaveLength(3);
		expect(new Set(cells.map((c) => c.top)).size).toBe(1);
		for (const c of cells) expect(c.right).toBeLessThanOrEqual(390);
		await context.close();
	});
});

describe('the advice page reads as a letter', () => {
	it('keeps the "#" heading links out of the reading flow until hovered or focused', async () => {
		const context = await fixture.browser.newContext({ viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		await page.goto(`${fixture.servers.real!.origin}/adviezen/2025-dvo-2026-2027/`);
		const anchor = page.locator('.aa-prose .heading-anchor').first();
		expect(await anchor.evaluate((a) => getComputedStyle(a).opacity)).toBe('0');
		await anchor.focus();
		expect(await anchor.evaluate((a) => getComputedStyle(a).opacity)).toBe('1');
		await context.close();
	});
});

describe('the layout gates fail when a table does not fit', () => {
	it('measures a wide table and an unlabelled scroller', async () => {
		const context = await fixture.browser.newContext({ viewport: { width: 390, height: 844 } });
		const page = await context.newPage();
		await page.setContent('<main style="width:300px"><table><caption>Breed</caption><tr><td style="min-width:600px">x</td></tr></table><div style="overflow-x:auto;width:100px"><p style="width:400px">y</p></div><p style="width:900px">z</p></main>');
		const layout = await measureLayout(page);
		expect(layout.wideTables).toEqual([expect.stringMatching(/^Breed: \d+ px in 300 px$/)]);
		expect(layout.unlabelledScrollers).toHaveLength(1);
		expect(layout.pageOverflow).toBeGreaterThan(0);
		await context.close();
	});
});
