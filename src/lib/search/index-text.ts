/**
 * The extra words the search index gets for a text: the parts of each compound and each word
 * without its accents, written after the word between ⟦ ⟧ so that the search page can take
 * them out of excerpts again. Used only on the copy of a page that goes into the index.
 */
import type { Decompounder } from './decompound.ts';
import { stripAccents } from './accents.ts';

export const EXTRA_OPEN = '⟦';
export const EXTRA_CLOSE = '⟧';

/** A Dutch word as it appears in running text: letters, with hyphens between them. */
const WORD = /\p{L}+(?:-\p{L}+)*/gu;

/** "financiën" → "financien", "één" → "een"; undefined when the word has no accents. */
export function withoutAccents(word: string): string | undefined {
	if (/^[\x00-\x7f]*$/.test(word)) return undefined;
	const plain = stripAccents(word);
	return plain === word.normalize('NFC') ? undefined : plain;
}

/** The words to add for one word of the text (none for most words). */
export function extraWords(word: string, decompounder: Decompounder): string[] {
	const extra = new Set<string>();
	const plain = withoutAccents(word);
	if (plain) extra.add(plain.toLowerCase());
	for (const piece of word.includes('-') ? word.split('-') : [word]) {
		for (const part of decompounder.split(piece)) {
			extra.add(part);
			const plainPart = withoutAccents(part);
			if (plainPart) extra.add(plainPart);
		}
	}
	return [...extra];
}

/** The text with the extra words after the words they belong to. */
export function withExtraWords(text: string, decompounder: Decompounder): string {
	return text.replace(WORD, (word) => {
		const extra = extraWords(word, decompounder);
		return extra.length ? `${word} ${EXTRA_OPEN}${extra.join(' ')}${EXTRA_CLOSE}` : word;
	});
}
