/**
 * What a reader sees of a page's width, measured in the browser: tables wider than the box
 * they sit in, the page wider than the window, and scroll regions a keyboard or screen-reader
 * user could not reach or name. Used by the layout browser test and by screenshot scripts.
 */
import type { Page } from 'playwright-core';

export interface LayoutReport {
	/** Horizontal overflow of the whole page in CSS px (0 when it fits). */
	pageOverflow: number;
	/** Tables wider than their container: "caption: 1068 px in 896 px". */
	wideTables: string[];
	/** Elements that scroll sideways without being focusable and labelled. */
	unlabelledScrollers: string[];
}

/** Measures the page as it is laid out now. */
export async function measureLayout(page: Page): Promise<LayoutReport> {
	return page.evaluate(() => {
		const name = (el: Element) => (el.querySelector('caption')?.textContent ?? el.getAttribute('aria-label') ?? el.className ?? el.tagName).trim().replace(/\s+/g, ' ').slice(0, 60);
		const wideTables: string[] = [];
		for (const table of document.querySelectorAll('table')) {
			const container = table.parentElement!;
			const available = container.clientWidth;
			if (table.scrollWidth > available + 1) wideTables.push(`${name(table)}: ${table.scrollWidth} px in ${available} px`);
		}
		const unlabelledScrollers: string[] = [];
		for (const el of document.querySelectorAll<HTMLElement>('body *')) {
			if (el.scrollWidth <= el.clientWidth + 1) continue;
			const style = getComputedStyle(el);
			if (style.overflowX !== 'auto' && style.overflowX !== 'scroll') continue;
			const labelled = el.hasAttribute('aria-label') || (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).some((id) => id && document.getElementById(id));
			const focusable = el.tabIndex >= 0;
			if (!labelled || !focusable) unlabelledScrollers.push(`${el.tagName.toLowerCase()}.${el.className}: ${labelled ? '' : 'no label '}${focusable ? '' : 'not focusable'}`);
		}
		return { pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth, wideTables, unlabelledScrollers };
	});
}
