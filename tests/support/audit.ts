/**
 * One visit to one page, recording what the quality gates need: axe's WCAG 2.1 A/AA
 * violations, every request the page made, the cookies it set, and CSP violations.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface PageAudit {
	violations: { id: string; impact?: string | null; targets: string[] }[];
	requests: string[];
	cookies: string[];
	cspViolations: string[];
}

export async function auditPage(browser: Browser, url: string, beforeAudit?: (page: import('playwright-core').Page) => Promise<void>): Promise<PageAudit> {
	const context = await browser.newContext();
	const page = await context.newPage();
	const requests: string[] = [];
	const cspViolations: string[] = [];
	page.on('request', (request) => requests.push(request.url()));
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
	});
	await page.goto(url, { waitUntil: 'load' });
	if (beforeAudit) await beforeAudit(page);
	const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
	const cookies = (await context.cookies()).map((c) => `${c.name}=${c.value}`);
	const documentCookie = await page.evaluate(() => document.cookie);
	if (documentCookie) cookies.push(documentCookie);
	await context.close();
	return {
		violations: result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')) })),
		// axe injects its own script through the DevTools protocol, not over the network.
		requests,
		cookies,
		cspViolations,
	};
}
