/** The follow-up pages in a real browser: no accessibility violations (axe), and they fit 320 px. */
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/serve.ts';

let browser: Browser;
let real: StaticServer;
let example: StaticServer;

beforeAll(async () => {
	real = await serveStatic(inject('realSite'));
	example = await serveStatic(inject('exampleSite'));
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	await real?.close();
	await example?.close();
});

const routes = (server: () => StaticServer, paths: string[]) => paths.map((p) => [server, p] as const);

describe('the follow-up pages in a browser', () => {
	const pages = [
		// The advice pages are audited by the quality gates; these are the follow-up templates.
		...routes(() => real, ['/opvolging/']),
		...routes(() => example, ['/opvolging/']),
	];

	it('have no WCAG 2.1 AA violations', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		for (const [server, route] of pages) {
			await page.goto(`${server().origin}${route}`);
			const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
			expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `${route}`).toEqual([]);
		}
		await context.close();
	});

	it('fit a 320 px wide screen without horizontal scrolling of the page', async () => {
		const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
		const page = await context.newPage();
		for (const [server, route] of pages) {
			await page.goto(`${server().origin}${route}`);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow, route).toBeLessThanOrEqual(0);
		}
		await context.close();
	});
});
