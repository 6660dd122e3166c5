/**
 * The search page in a real browser (Chromium), used as a visitor uses it: type a query into the
 * page's one search box, press Enter, follow "Bedoelde u …?" when it is shown, and see whether
 * the page that answers is among the results. Also: results before folded filters on a phone,
 * the filter button's state and count, suggestions announced to screen readers and reachable by
 * keyboard, a page that holds still while results arrive (layout shift measured in Chromium),
 * axe at 390 and 1280 px, and the found word highlighted on the document page.
 *
 * Waits are on what the page itself says when it is done ("… resultaten voor ‘q’."), never on a
 * fixed time; the status line is written after the results are drawn.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { WCAG_TAGS } from '../support/audit.ts';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/serve.ts';
import { VISITOR_CASES, type Site } from '../search/visitor-cases.ts';
import { prepareQuery } from '../../src/lib/search/query.ts';

let browser: Browser;
const servers = {} as Record<Site, StaticServer>;

beforeAll(async () => {
	browser = await launchBrowser();
	servers.example = await serveStatic(inject('exampleSite'));
	servers.real = await serveStatic(inject('realSite'));
});
afterAll(async () => {
	await browser?.close();
	await servers.example?.close();
	await servers.real?.close();
});

/** How long Pagefind may take to load and answer in a browser starved by builds on both cores. */
const UI_TIMEOUT = 60_000;

async function newPage(options: { width?: number; javaScriptEnabled?: boolean } = {}): Promise<Page> {
	const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: 800 }, javaScriptEnabled: options.javaScriptEnabled ?? true });
	return context.newPage();
}

const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Zoek in het archief' });
const status = (page: Page) => page.getByRole('status');
const resultLinks = (page: Page) => page.locator('.aa-result__title a');

/** Waits until the page reports the results of this query (as sent: without its stop words). */
async function waitForQuery(page: Page, query: string): Promise<void> {
	await status(page).filter({ hasText: `voor ‘${prepareQuery(query).sent}’` }).waitFor({ timeout: UI_TIMEOUT });
}

/** The paths of the results shown, without the highlight fragment. */
async function resultPaths(page: Page): Promise<string[]> {
	const hrefs = await resultLinks(page).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''));
	return hrefs.map((href) => href.replace(/#:~:text=.*$/, '').replace(/:~:text=.*$/, ''));
}

/** Every result, asking for more until the page has shown them all. */
async function allResultPaths(page: Page): Promise<string[]> {
	const more = page.getByRole('button', { name: 'Meer resultaten' });
	for (let i = 0; i < 20 && (await more.isVisible()); i++) {
		const shown = (await resultPaths(page)).length;
		await more.click();
		await expect.poll(async () => (await resultPaths(page)).length).toBeGreaterThan(shown);
	}
	return resultPaths(page);
}

/** Pixels in the viewport with the highlight colour of ::target-text (#ffe000). */
async function highlightedPixels(page: Page): Promise<number> {
	const png = (await page.screenshot()).toString('base64');
	const probe = await browser.newPage();
	try {
		return await probe.evaluate(async (data) => {
			const image = new Image();
			image.src = `data:image/png;base64,${data}`;
			await image.decode();
			const canvas = document.createElement('canvas');
			canvas.width = image.width;
			canvas.height = image.height;
			const context = canvas.getContext('2d')!;
			context.drawImage(image, 0, 0);
			const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
			let count = 0;
			for (let i = 0; i < pixels.length; i += 4) {
				if (Math.abs(pixels[i]! - 255) < 4 && Math.abs(pixels[i + 1]! - 224) < 4 && pixels[i + 2]! < 4) count++;
			}
			return count;
		}, png);
	} finally {
		await probe.close();
	}
}

/**
 * Types a query as a visitor does and presses Enter. When the page had already searched while
 * typing, found nothing and shown a suggestion, Enter takes the suggestion: then the box holds
 * the suggestion, and that is what the page answers. Returns the query the page answered.
 */
async function typeQuery(page: Page, query: string): Promise<string> {
	await searchBox(page).fill('');
	await searchBox(page).pressSequentially(query, { delay: 10 });
	await searchBox(page).press('Enter');
	const answered = await searchBox(page).inputValue();
	await waitForQuery(page, answered);
	return answered;
}

describe('a visitor finds the page that answers, through typos, split words and everyday words', () => {
	it('reaches the expected page for at least 95% of the queries, following a suggestion when shown', async () => {
		const misses: string[] = [];
		const followed: string[] = [];
		const pages = {} as Record<Site, Page>;
		for (const site of ['real', 'example'] as const) {
			pages[site] = await newPage();
			await pages[site].goto(`${servers[site].origin}/zoeken/`);
		}
		for (const c of VISITOR_CASES) {
			const page = pages[c.site];
			await typeQuery(page, c.query);
			let paths = await resultPaths(page);
			const suggestion = page.locator('[data-aa-suggestions] a').first();
			if (!paths.some((p) => p.startsWith(c.expected)) && (await suggestion.count()) > 0) {
				const target = (await suggestion.innerText()).trim();
				await suggestion.click();
				await waitForQuery(page, target);
				followed.push(`"${c.query}" → "${target}"`);
				paths = await resultPaths(page);
			}
			// A visitor who does not see it yet asks for more results, once.
			const more = page.getByRole('button', { name: 'Meer resultaten' });
			if (!paths.some((p) => p.startsWith(c.expected)) && (await more.isVisible())) {
				const shown = paths.length;
				await more.click();
				await expect.poll(async () => (await resultPaths(page)).length).toBeGreaterThan(shown);
				paths = await resultPaths(page);
			}
			if (!paths.some((p) => p.startsWith(c.expected))) misses.push(`${c.site}: "${c.query}" (${c.kind}) mist ${c.expected}; gevonden: ${paths.slice(0, 5).join(', ') || 'niets'}`);
		}
		for (const page of Object.values(pages)) await page.context().close();
		const found = VISITOR_CASES.length - misses.length;
		console.log(`Zoeken als bezoeker: ${found}/${VISITOR_CASES.length} bereikt, ${followed.length} via een suggestie${misses.length ? `\n  ${misses.join('\n  ')}` : ''}`);
		expect(found / VISITOR_CASES.length, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
	});

	it('gives no suggestion for nonsense, and then points to the lists', async () => {
		const page = await newPage({ width: 390 });
		await page.goto(`${servers.real.origin}/zoeken/?q=xqzvbnw`);
		await waitForQuery(page, 'xqzvbnw');
		expect(await status(page).innerText()).toContain('Geen resultaten voor ‘xqzvbnw’.');
		expect(await page.locator('[data-aa-suggestions] a').count()).toBe(0);
		const lists = page.getByRole('navigation', { name: /Bekijk de lijsten/ });
		expect(await lists.isVisible()).toBe(true);
		expect(await lists.getByRole('link').allInnerTexts()).toEqual(['Alle adviezen', 'Lokale keuzes per jaar', 'Opvolging van de adviezen', 'Begrippen']);
		await page.context().close();
	});
});

describe('stop words', () => {
	it('answers a query of only a stop word with an explanation and the lists, without fetching its index chunk', async () => {
		const page = await newPage({ width: 390 });
		const chunks: string[] = [];
		page.on('request', (request) => {
			if (/\/pagefind\/index\//.test(new URL(request.url()).pathname)) chunks.push(request.url());
		});
		await page.goto(`${servers.real.origin}/zoeken/?q=van`);
		await status(page).filter({ hasText: 'in bijna elk document' }).waitFor({ timeout: UI_TIMEOUT });
		expect(await status(page).innerText()).toContain('‘van’ staat in bijna elk document. Daarom zoeken we daar niet op.');
		expect(await resultLinks(page).count()).toBe(0);
		const lists = page.getByRole('navigation', { name: /Bekijk de lijsten/ });
		expect(await lists.isVisible()).toBe(true);
		expect(await lists.getByRole('link').count()).toBeGreaterThan(0);
		expect(chunks).toEqual([]);
		await page.context().close();
	});

	it('searches "participatie van de" for participatie and says which words it left out', async () => {
		const page = await newPage();
		await page.goto(`${servers.real.origin}/zoeken/?q=${encodeURIComponent('participatie van de')}`);
		await status(page).filter({ hasText: 'voor ‘participatie’' }).waitFor({ timeout: UI_TIMEOUT });
		expect(await status(page).innerText()).toMatch(/^\d+ resultaten voor ‘participatie’\. Gezocht zonder: van, de\.$/m);
		expect(await allResultPaths(page)).toContain('/adviezen/2025-dvo-2026-2027/');
		await page.context().close();
	});
});

describe('the right pages, in the right order', () => {
	it('finds the local choices and the comparison for "budget 2027", with their kind, and excerpts that read as text', async () => {
		const page = await newPage();
		await page.goto(`${servers.real.origin}/zoeken/?q=${encodeURIComponent('budget 2027')}`);
		await waitForQuery(page, 'budget 2027');
		const paths = await allResultPaths(page);
		expect(paths).toEqual(expect.arrayContaining(['/lokale-keuzes/', '/vergelijk/2026/2027/', '/dvo/2026-2027/ontwerp/']));
		const comparison = page.locator('.aa-result').filter({ has: page.locator('a[href^="/vergelijk/2026/2027/"]') });
		expect(await comparison.locator('.aa-result__details').innerText()).toBe('Vergelijking · 2026 en 2027');
		expect(await comparison.locator('.aa-result__excerpt').innerText()).toMatch(/Participatiecoaching: 2026 € 81\.000, 2027 € 81\.000, voorgesteld \(een voorstel\)/);
		// The DVO without a date of its own shows its period as a period, not as a date.
		const dvo = page.locator('.aa-result').filter({ has: page.locator('a[href^="/dvo/2026-2027/ontwerp/"]') });
		expect(await dvo.locator('.aa-result__details').innerText()).toBe('DVO · periode 2026-2027');
		expect(await page.locator('.aa-search-page').innerText()).not.toMatch(/[⟦⟧]/);
		await page.context().close();
	});

	it('puts the glossary term first when the query is the term, and finds a follow-up point with its status', async () => {
		const page = await newPage();
		await page.goto(`${servers.real.origin}/zoeken/?q=participatiecoaching`);
		await waitForQuery(page, 'participatiecoaching');
		expect((await resultLinks(page).first().innerText()).trim()).toBe('Participatiecoaching');
		expect(await resultPaths(page)).toContain('/begrippen/#participatiecoaching');
		await typeQuery(page, 'verankering');
		const point = page.locator('.aa-result').filter({ has: page.locator('a[href^="/opvolging/#"]') }).first();
		expect(await point.locator('.aa-result__details').innerText()).toBe('Opvolging · 7 punten: 7 geen reactie in het archief');
		expect(await point.locator('.aa-result__excerpt').innerText()).toMatch(/verankering is voldaan\? .*Opvolging: geen reactie in het archief\./);
		await page.context().close();
	});

	it('can sort by date, newest first', async () => {
		const page = await newPage();
		await page.goto(`${servers.example.origin}/zoeken/?q=kwaliteit`);
		await waitForQuery(page, 'kwaliteit');
		await page.getByLabel('Volgorde').selectOption('datum');
		// The newest advice (2025) and its points come first, where relevance put the 2022 advice first.
		await expect.poll(async () => (await resultPaths(page))[0]).toContain('2025-ontwerp-dvo-2026-2027');
		await page.context().close();
	});
});

describe('results first, filters folded', () => {
	it('on a phone shows results before any filter, behind one button that counts the active filters', async () => {
		const page = await newPage({ width: 390 });
		await page.goto(`${servers.example.origin}/zoeken/?q=coaching`);
		await waitForQuery(page, 'coaching');
		// One search box on the page, and it holds the query.
		expect(await page.getByRole('searchbox').count()).toBe(1);
		expect(await page.getByRole('textbox').count()).toBe(0);
		expect(await searchBox(page).inputValue()).toBe('coaching');
		const button = page.getByRole('button', { name: /^Filteren/ });
		expect(await button.getAttribute('aria-expanded')).toBe('false');
		expect(await page.getByRole('checkbox').count()).toBe(0);
		const firstResult = await resultLinks(page).first().boundingBox();
		expect(firstResult!.y).toBeLessThan(800 * 1.5);
		await button.click();
		expect(await button.getAttribute('aria-expanded')).toBe('true');
		for (const legend of ['Soort document', 'Jaar van het advies', 'Over DVO-jaren']) await page.locator('legend', { hasText: new RegExp(`^${legend}$`) }).waitFor({ timeout: UI_TIMEOUT });
		await page.getByRole('group', { name: 'Soort document' }).getByRole('checkbox', { name: /^Advies \(/ }).check();
		await expect.poll(() => button.innerText()).toBe('Filteren (1 actief)');
		await expect.poll(async () => (await page.locator('.aa-result__details').allInnerTexts()).every((d) => d.startsWith('Advies'))).toBe(true);
		await page.context().close();
	});

	it('keeps the year of an advice apart from the years a DVO covers', async () => {
		const page = await newPage();
		await page.goto(`${servers.example.origin}/zoeken/?q=kwaliteit`);
		await waitForQuery(page, 'kwaliteit');
		await page.getByRole('button', { name: /^Filteren/ }).click();
		await page.getByRole('group', { name: 'Jaar van het advies' }).getByRole('checkbox', { name: /^2022 \(/ }).check();
		// The advice written in 2022 (on the DVO 2023) and its points; not the DVO 2022 nor the DVO 2023.
		await expect.poll(async () => (await resultPaths(page)).every((p) => p.includes('2022-dvo-2023'))).toBe(true);
		expect(await allResultPaths(page)).toContain('/adviezen/2022-dvo-2023/');
		await page.context().close();
	});
});

describe('keyboard and screen reader', () => {
	it('announces the suggestion in a live region and follows it with Enter, by keyboard alone', async () => {
		const page = await newPage();
		await page.goto(`${servers.real.origin}/`);
		await page.keyboard.press('Tab'); // skip link
		for (let i = 0; i < 10 && !(await searchBox(page).evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
		await page.keyboard.type('participatiecoahing');
		await page.keyboard.press('Enter');
		await page.waitForURL('**/zoeken/?q=participatiecoahing');
		await waitForQuery(page, 'participatiecoahing');
		const live = status(page);
		expect(await live.getAttribute('aria-live')).toBe('polite');
		expect(await live.innerText()).toMatch(/Geen resultaten voor ‘participatiecoahing’\.\s+Bedoelde u: participatiecoaching\?/);
		// Enter in the box takes the suggestion when nothing was found.
		await searchBox(page).focus();
		await page.keyboard.press('Enter');
		await waitForQuery(page, 'participatiecoaching');
		expect(await searchBox(page).inputValue()).toBe('participatiecoaching');
		expect(page.url()).toContain('?q=participatiecoaching');
		// The suggestion link itself is reachable with Tab and works with Enter.
		await typeQuery(page, 'restandbudget');
		const link = page.locator('[data-aa-suggestions] a', { hasText: 'restantbudget' });
		await searchBox(page).focus();
		for (let i = 0; i < 30 && !(await link.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await waitForQuery(page, 'restantbudget');
		await page.context().close();
	});

	it('opens the filters with the keyboard and keeps focus on the box just ticked', async () => {
		const page = await newPage();
		await page.goto(`${servers.example.origin}/zoeken/?q=coaching`);
		await waitForQuery(page, 'coaching');
		const button = page.getByRole('button', { name: /^Filteren/ });
		await button.focus();
		await page.keyboard.press('Enter');
		expect(await button.getAttribute('aria-expanded')).toBe('true');
		const box = page.getByRole('group', { name: 'Over DVO-jaren' }).getByRole('checkbox', { name: /^2022 \(/ });
		await box.waitFor({ timeout: UI_TIMEOUT });
		await box.focus();
		await page.keyboard.press('Space');
		await expect.poll(() => button.innerText()).toBe('Filteren (1 actief)');
		expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('2022');
		await page.context().close();
	});
});

describe('a page that holds still', () => {
	for (const width of [1280, 390]) {
		it(`shifts less than 0.05 while results and suggestions load at ${width} px`, async () => {
			for (const [site, query] of [['example', 'budget'], ['real', 'participatiecoahing'], ['real', 'van']] as const) {
				const page = await newPage({ width });
				await page.addInitScript(() => {
					const w = window as unknown as { __cls: number };
					w.__cls = 0;
					new PerformanceObserver((list) => {
						for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) w.__cls += entry.value;
					}).observe({ type: 'layout-shift', buffered: true });
				});
				await page.goto(`${servers[site].origin}/zoeken/?q=${query}`);
				// 'budget': a full page of results; 'participatiecoahing': nothing found, and a suggestion;
				// 'van': a stop word alone, explained at length, with the lists.
				if (query === 'van') await status(page).filter({ hasText: 'in bijna elk document' }).waitFor({ timeout: UI_TIMEOUT });
				else await waitForQuery(page, query);
				if (query === 'budget') expect(await resultLinks(page).count()).toBeGreaterThan(3);
				else if (query === 'participatiecoahing') expect(await page.locator('[data-aa-suggestions] a').count()).toBeGreaterThan(0);
				// Let late shifts (fonts, images) be recorded too.
				await page.waitForTimeout(500);
				const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
				console.log(`Layout shift bij ${width} px voor ‘${query}’: ${cls.toFixed(4)}`);
				expect(cls, query).toBeLessThan(0.05);
				await page.context().close();
			}
		});
	}
});

describe('search page accessibility', () => {
	for (const width of [390, 1280]) {
		it(`has no axe violations at ${width} px with results, a suggestion and open filters`, async () => {
			const page = await newPage({ width });
			await page.goto(`${servers.example.origin}/zoeken/?q=jobcoach`);
			await waitForQuery(page, 'jobcoach');
			await page.getByRole('button', { name: /^Filteren/ }).click();
			await page.locator('legend', { hasText: 'Soort document' }).waitFor({ timeout: UI_TIMEOUT });
			const report = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
			expect(report.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
			await page.context().close();
		});
	}
});

describe('from search to the document', () => {
	it('opens a result with the found word highlighted, without scripts on the document page', async () => {
		const page = await newPage();
		await page.goto(`${servers.real.origin}/zoeken/?q=verankering`);
		await waitForQuery(page, 'verankering');
		await page.locator('.aa-result__title a[href^="/adviezen/2025-dvo-2026-2027/"]').first().click();
		await page.waitForURL('**/adviezen/2025-dvo-2026-2027/**');
		expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
		await expect.poll(() => highlightedPixels(page)).toBeGreaterThan(100);
		// The same page opened directly shows no highlight: the colour comes from the search.
		await page.goto(`${servers.real.origin}/adviezen/2025-dvo-2026-2027/`);
		expect(await highlightedPixels(page)).toBe(0);
		await page.context().close();
	});

	it('takes the header search to /zoeken/?q= without JavaScript, and explains what works then', async () => {
		const page = await newPage({ javaScriptEnabled: false });
		await page.goto(`${servers.real.origin}/`);
		await searchBox(page).fill('participatiecoaching');
		await page.getByRole('banner').getByRole('button', { name: 'Zoeken' }).click();
		await page.waitForURL('**/zoeken/?q=participatiecoaching');
		expect(await page.getByText('Zoeken werkt alleen als JavaScript aan staat').isVisible()).toBe(true);
		await page.context().close();
	});
});
