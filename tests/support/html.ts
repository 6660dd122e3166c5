/** Reading built pages in tests: the HTML of a route, and its visible text. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** The built HTML of a route such as /adviezen/x/ (directory format). */
export function readPage(siteDir: string, route: string): string {
	const file = route.endsWith('/') ? path.join(siteDir, route, 'index.html') : path.join(siteDir, route);
	return readFileSync(file, 'utf8');
}

export function parsePage(siteDir: string, route: string): HTMLElement {
	return parse(readPage(siteDir, route));
}

/** Text as a reader meets it: whitespace collapsed, hidden helper text left out. */
export function visibleText(element: HTMLElement): string {
	const clone = parse(element.toString());
	for (const hidden of clone.querySelectorAll('.aa-visually-hidden, [aria-hidden="true"], script, style')) hidden.remove();
	// structuredText puts line breaks between block elements, as a reader sees them.
	return normalizeSpace(clone.structuredText);
}

export function normalizeSpace(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}
