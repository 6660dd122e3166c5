/**
 * The site's frame on a phone (390 × 844 CSS px): the header and menu are compact, so the page's
 * own heading starts in the first screen, every menu item stays visible without script, and the
 * archived letter's reading page never scrolls sideways.
 */
import { describe, expect, it } from 'vitest';
import { useArchiveBrowser } from '../support/archive-browser.ts';

const PHONE = { width: 390, height: 844 };
const ROUTES = {
	real: ['/', '/adviezen/2025-dvo-2026-2027/', '/dvo/2026-2027/', '/dvo/2026-2027/ontwerp/', '/vergelijk/2026/2027/', '/bronnen/advies-bar-dvo-2026-2027/', '/toegankelijkheid/'],
	// The example archive also carries the "everything is invented" banner above the header.
	example: ['/', '/dvo/2024-2025/', '/dvo/2024-2025/ontwerp/', '/toegankelijkheid/'],
};

const fixture = useArchiveBrowser();

describe.each(Object.keys(ROUTES) as (keyof typeof ROUTES)[])('on a phone, the %s archive', (archive) => {
	it('starts the page’s heading in the top 40% of the first screen, with the whole menu visible and nothing scrolling sideways', async () => {
		const context = await fixture.browser.newContext({ viewport: PHONE });
		const page = await context.newPage();
		for (const route of ROUTES[archive]) {
			await page.goto(`${fixture.servers[archive]!.origin}${route}`);
			const layout = await page.evaluate(() => ({
				h1: document.querySelector('h1')!.getBoundingClientRect().top,
				overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
				menu: [...document.querySelectorAll('nav[aria-label="Hoofdmenu"] a')].map((a) => {
					const box = a.getBoundingClientRect();
					return box.width > 0 && box.height > 0 && box.bottom <= window.innerHeight;
				}),
			}));
			expect(layout.h1, route).toBeLessThanOrEqual(PHONE.height * 0.4);
			expect(layout.overflow, route).toBeLessThanOrEqual(0);
			expect(layout.menu, route).toEqual([true, true, true, true, true, true]);
		}
		await context.close();
	});
});
