/**
 * The words of the search index, gathered while the index is built, and written as the
 * suggestion data the search page loads (suggest.ts). Deterministic: the same records in the
 * same order give the same file, byte for byte.
 */
import type { SuggestionData } from './suggest.ts';
import { searchForm } from './suggest.ts';

/** The file name of the suggestion data, next to Pagefind's files in /pagefind/. */
export const SUGGESTION_FILE = 'suggesties.json';

/** A word as the vocabulary keeps it: letters, with hyphens between them. */
const WORD = /\p{L}+(?:-\p{L}+)*/gu;

/** The words of one whitespace-free piece of text in search form (see wordsOf). */
function tokenWords(token: string): string[] {
	const words: string[] = [];
	for (const match of searchForm(token).matchAll(WORD)) {
		const word = match[0];
		if (word.length >= 2) words.push(word);
		if (word.includes('-')) for (const part of word.split('-')) if (part.length >= 2) words.push(part);
	}
	return words;
}

/**
 * Words of the pieces of text seen so far. searchForm changes nothing across whitespace (accents,
 * case, punctuation and hyphens are each decided within a piece), so a text's words are the
 * words of its pieces, and an archive repeats its pieces so often that this saves most of the
 * work. Dropped when it grows past a size no archive's vocabulary reaches.
 */
const tokenCache = new Map<string, string[]>();
const MAX_CACHED_TOKENS = 500_000;

/** The words of a text in search form: each word, and each part of a hyphenated word. */
export function wordsOf(text: string): Set<string> {
	const words = new Set<string>();
	for (const token of text.split(/\s+/)) {
		if (token === '') continue;
		let found = tokenCache.get(token);
		if (!found) {
			if (tokenCache.size >= MAX_CACHED_TOKENS) tokenCache.clear();
			found = tokenWords(token);
			tokenCache.set(token, found);
		}
		for (const word of found) words.add(word);
	}
	return words;
}

/** One everyday word and the glossary term it stands for. */
export interface EverydayWord {
	word: string;
	term: string;
}

export interface Vocabulary {
	/** Counts the words of one index record (a page or a custom record). */
	addRecord(text: string): void;
	/** The suggestion data for the records added so far. */
	data(): SuggestionData;
}

/** A vocabulary that also knows the glossary's everyday words. */
export function createVocabulary(everyday: readonly EverydayWord[]): Vocabulary {
	const counts = new Map<string, number>();
	return {
		addRecord(text) {
			for (const word of wordsOf(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
		},
		data() {
			const w = [...counts.keys()].sort();
			const e: Record<string, string[]> = {};
			for (const { word, term } of everyday) {
				const key = searchForm(word);
				const value = searchForm(term);
				if (key === value) continue;
				e[key] = [...new Set([...(e[key] ?? []), value])];
			}
			const sortedE = Object.fromEntries(Object.keys(e).sort().map((k) => [k, e[k]!]));
			return { w, n: w.map((word) => counts.get(word)!), e: sortedE };
		},
	};
}
