/** The comparison and overview pages in a real browser: axe finds nothing, and they fit 320 px. */
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/serve.ts';

let browser: Browser;
let server: StaticServer;
const routes = ['/lokale-keuzes/', '/vergelijk/2024-2025-ontwerp/2024-2025-vastgesteld/', '/vergelijk/2025/2026/'];

beforeAll(async () => {
	server = await serveStatic(inject('exampleSite'));
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe('comparison pages in a browser', () => {
	it('pass axe (WCAG 2.1 AA)', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		for (const route of routes) {
			await page.goto(`${server.origin}${route}`);
			const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
			expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), route).toEqual([]);
		}
		await context.close();
	});

	it('fit a 320 px wide screen; wide tables scroll inside their own region', async () => {
		const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
		const page = await context.newPage();
		for (const route of routes) {
			await page.goto(`${server.origin}${route}`);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow, route).toBeLessThanOrEqual(0);
		}
		await context.close();
	});
});
