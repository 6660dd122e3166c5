/**
 * Accessibility and privacy in a real browser, on every page of both fixture sites: zero axe
 * violations (WCAG 2.0/2.1 A and AA), every request to the site's own origin, no cookies, no CSP
 * violations. Plus keyboard focus, 200% zoom and print. The broken fixture proves the gates fail.
 */
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { listHtmlPages, routeOf } from '../../src/lib/quality/site-files.ts';
import { auditPage } from '../support/audit.ts';
import { useArchiveBrowser } from '../support/archive-browser.ts';
import { repoRoot } from '../support/build-site.ts';
import { serveStatic } from '../support/serve.ts';

/**
 * One page per template on each site. Every route must exist: a template that disappears fails
 * the test instead of being skipped. (axe takes seconds per page, so not every page is audited.)
 */
const TEMPLATES = {
	real: ['/', '/adviezen/', '/adviezen/2025-dvo-2026-2027/', '/dvo/', '/dvo/2026-2027/', '/dvo/2026-2027/ontwerp/', '/lokale-keuzes/', '/vergelijk/2026/2027/', '/opvolging/', '/opvolging/status/open/', '/begrippen/', '/toegankelijkheid/', '/zoeken/', '/404.html', '/bronnen/advies-bar-dvo-2026-2027/'],
	example: ['/dvo/2024-2025/', '/toegankelijkheid/', '/dvo/2024-2025/ontwerp/', '/adviezen/2023-dvo-2024-2025/', '/adviezen/', '/vergelijk/2024-2025-ontwerp/2024-2025-vastgesteld/', '/vergelijk/2025/2026/', '/lokale-keuzes/', '/opvolging/'],
};

const fixture = useArchiveBrowser(
	// Without the site's CSP, which would block the fixture's tracker and inline script.
	{ broken: () => serveStatic(path.join(repoRoot, 'tests/fixtures/broken-site'), { securityHeaders: false }) },
);

describe.each([
	['real', () => inject('realSite')],
	['example', () => inject('exampleSite')],
] as const)('every template of the %s site', (name, siteDir) => {
	const routes = TEMPLATES[name];

	it('exists', () => {
		expect(listHtmlPages(siteDir()).map(routeOf)).toEqual(expect.arrayContaining(routes));
	});

	it('has no WCAG 2.1 A/AA violations, loads only its own files, sets no cookie', async () => {
		const server = fixture.servers[name]!;
		const failures: string[] = [];
		for (const route of routes) {
			const audit = await auditPage(fixture.browser, `${server.origin}${route}`);
			for (const v of audit.violations) failures.push(`${route}: axe ${v.id} (${v.impact}) at ${v.targets.join(', ')}`);
			for (const url of audit.requests) if (new URL(url).origin !== server.origin) failures.push(`${route}: request to ${url}`);
			for (const cookie of audit.cookies) failures.push(`${route}: cookie ${cookie}`);
			for (const csp of audit.cspViolations) failures.push(`${route}: ${csp}`);
		}
		expect(failures).toEqual([]);
	}, 600_000);

	it('fits a 320 px wide screen: the page never scrolls sideways, wide tables scroll in their own region', async () => {
		const context = await fixture.browser.newContext({ viewport: { width: 320, height: 800 } });
		const page = await context.newPage();
		const overflowing: string[] = [];
		for (const route of routes) {
			await page.goto(`${fixture.servers[name]!.origin}${route}`);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			if (overflow > 0) overflowing.push(`${route}: ${overflow} px`);
		}
		await context.close();
		expect(overflowing).toEqual([]);
	});
});

describe('keyboard, zoom and print on the real site', () => {
	it('shows a visible focus indicator on every link and field reached by Tab', async () => {
		const context = await fixture.browser.newContext();
		const page = await context.newPage();
		await page.goto(`${fixture.servers.real!.origin}/adviezen/2025-dvo-2026-2027/`);
		const invisible: string[] = [];
		for (let i = 0; i < 25; i++) {
			await page.keyboard.press('Tab');
			const focus = await page.evaluate(() => {
				const el = document.activeElement as HTMLElement;
				const style = getComputedStyle(el);
				const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none' || style.backgroundColor !== getComputedStyle(el.parentElement!).backgroundColor;
				const rect = el.getBoundingClientRect();
				return { label: `${el.tagName} ${el.textContent?.trim().slice(0, 30)}`, visible, onScreen: rect.width > 0 && rect.height > 0 };
			});
			if (!focus.visible || !focus.onScreen) invisible.push(focus.label);
		}
		await context.close();
		expect(invisible).toEqual([]);
	});

	it('works at 200% zoom: no horizontal scrolling and the navigation stays reachable', async () => {
		// 200% zoom on a 1280 px wide window is a 640 CSS px wide viewport at twice the density.
		const context = await fixture.browser.newContext({ viewport: { width: 640, height: 720 }, deviceScaleFactor: 2 });
		const page = await context.newPage();
		for (const route of ['/', '/adviezen/2025-dvo-2026-2027/', '/dvo/2026-2027/ontwerp/', '/begrippen/']) {
			await page.goto(`${fixture.servers.real!.origin}${route}`);
			expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), route).toBeLessThanOrEqual(0);
			expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).isVisible()).toBe(true);
		}
		await context.close();
	});

	it('prints the advice without navigation, with link addresses written out and tables kept whole', async () => {
		const context = await fixture.browser.newContext();
		const page = await context.newPage();
		await page.goto(`${fixture.servers.real!.origin}/dvo/2026-2027/ontwerp/`);
		await page.emulateMedia({ media: 'print' });
		const printed = await page.evaluate(() => ({
			nav: getComputedStyle(document.querySelector('.aa-nav')!).display,
			search: getComputedStyle(document.querySelector('.aa-search')!).display,
			footer: getComputedStyle(document.querySelector('footer')!).display,
			tableRow: getComputedStyle(document.querySelector('tr')!).breakInside,
			table: getComputedStyle(document.querySelector('table')!).breakInside,
		}));
		expect(printed).toEqual({ nav: 'none', search: 'none', footer: 'none', tableRow: 'avoid', table: 'avoid' });
		await page.goto(`${fixture.servers.real!.origin}/adviezen/2025-dvo-2026-2027/`);
		await page.emulateMedia({ media: 'print' });
		const linkAfter = await page.evaluate(() => getComputedStyle(document.querySelector('.aa-summary a[href^="/"]')!, '::after').content);
		expect(linkAfter).toContain('/dvo/2026-2027/ontwerp/');
		await context.close();
	});
});

describe('the fixture.browser gates fail on the broken fixture', () => {
	it('axe finds the violations, the privacy check the third-party request and the cookie', async () => {
		const audit = await auditPage(fixture.browser, `${fixture.servers.broken!.origin}/`);
		const ids = audit.violations.map((v) => v.id);
		expect(ids).toEqual(expect.arrayContaining(['html-has-lang', 'image-alt', 'label', 'color-contrast']));
		expect(audit.requests).toContain('https://tracker.invalid/volg.js');
		expect(audit.cookies).toContain('bezoeker=1');
	});
});
