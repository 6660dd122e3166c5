import { normalizeSpace } from './html.ts';

/**
 * Splits a letter into sentences for the "every sentence is on the page" tests. Headings have
 * no full stop, so they stay attached to the sentence after them, which is also how they
 * read on the page (heading, then paragraph).
 */
export function sentencesOf(text: string): string[] {
	return normalizeSpace(text.replace(/^\uFEFF/, ''))
		.split(/(?<=[.?!])\s+/)
		.map((s) => s.trim())
		.filter((s) => s.length > 0);
}
