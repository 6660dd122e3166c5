/** The real site in a real browser: it opens, the skip link works, the advice reads. (Reflow and axe per template: quality.test.ts.) */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/serve.ts';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
	server = await serveStatic(inject('realSite'));
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe('reading the advice in a browser', () => {
	it('opens the advice from the home page and lands on its content with the skip link', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`${server.origin}/`);
		await page.getByRole('link', { name: 'Advies over de ontwerp-DVO WerkBedrijf 2026-2027' }).first().click();
		await page.waitForURL('**/adviezen/2025-dvo-2026-2027/');
		await page.keyboard.press('Tab');
		const skip = page.getByRole('link', { name: 'Direct naar de inhoud' });
		expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
		await page.keyboard.press('Enter');
		// Following an in-page link updates the URL asynchronously; wait for it rather than race it.
		await page.waitForURL('**/adviezen/2025-dvo-2026-2027/#inhoud');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');
		expect(await page.getByRole('heading', { level: 2, name: /Advies over Lokale keuzes/ }).isVisible()).toBe(true);
		await context.close();
	});
});
