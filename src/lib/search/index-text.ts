/**
 * The extra words the search index gets for a text: the parts of each compound, each word
 * without its accents, and the everyday words editors attached to a glossary term used in the
 * text, written after the word between ⟦ ⟧ so that the search page can take them out of
 * excerpts again. Used only on the copy of a page that goes into the index.
 */
import type { Decompounder } from './decompound.ts';
import { stripAccents } from './accents.ts';
import type { EverydayWord } from './vocabulary.ts';

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

/** Everyday words per glossary term: one-word terms by word, longer terms by phrase. */
export interface Synonyms {
	words: ReadonlyMap<string, readonly string[]>;
	phrases: readonly { pattern: RegExp; extra: readonly string[] }[];
}

export const NO_SYNONYMS: Synonyms = { words: new Map(), phrases: [] };

const termKey = (text: string) => stripAccents(text).toLocaleLowerCase('nl');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The synonyms of a glossary's everyday words. */
export function synonymsOf(everyday: readonly EverydayWord[]): Synonyms {
	const byTerm = new Map<string, string[]>();
	for (const { word, term } of everyday) {
		const key = termKey(term);
		byTerm.set(key, [...new Set([...(byTerm.get(key) ?? []), word.toLocaleLowerCase('nl')])]);
	}
	const words = new Map<string, string[]>();
	const phrases: Synonyms['phrases'][number][] = [];
	for (const [term, extra] of [...byTerm].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
		const parts = term.split(/\s+/);
		if (parts.length === 1) words.set(term, extra);
		else {
			// The words of the term, each perhaps followed by its own group of extra words.
			const group = `(?: ${EXTRA_OPEN}[^${EXTRA_CLOSE}]*${EXTRA_CLOSE})?`;
			phrases.push({ pattern: new RegExp(`(?<!\\p{L})${parts.map(escapeRegExp).join(`${group}\\s+`)}(?!\\p{L})${group}`, 'giu'), extra });
		}
	}
	return { words, phrases };
}

/** What a word gets whatever page it is on: worked out once per word (see wordExtras). */
interface WordExtras {
	/** The glossary key of the word itself, then of each of its compound parts. */
	ownKey: string;
	partKeys: readonly string[];
	/** The word without accents (lower case), the parts, and each part without accents, in that order. */
	words: readonly string[];
	/** The word as written in the index, when no glossary term is involved (then it is the same on every page). */
	fixed?: string;
}

/**
 * Per splitter and synonyms, the extras of each word seen. Pages repeat their words many times
 * over, and taking the accents off and splitting compounds cost more than the rest of the index
 * preparation; the cache is dropped when it grows past a size no archive's vocabulary reaches.
 */
const extrasCache = new WeakMap<Decompounder, WeakMap<Synonyms, Map<string, WordExtras>>>();
const MAX_CACHED_WORDS = 500_000;

function wordExtras(word: string, decompounder: Decompounder, synonyms: Synonyms): WordExtras {
	let bySynonyms = extrasCache.get(decompounder);
	if (!bySynonyms) extrasCache.set(decompounder, (bySynonyms = new WeakMap()));
	let cache = bySynonyms.get(synonyms);
	if (!cache || cache.size >= MAX_CACHED_WORDS) bySynonyms.set(synonyms, (cache = new Map()));
	const hit = cache.get(word);
	if (hit) return hit;
	const words: string[] = [];
	const plain = withoutAccents(word);
	if (plain) words.push(plain.toLowerCase());
	const parts: string[] = [];
	for (const piece of word.includes('-') ? word.split('-') : [word]) {
		for (const part of decompounder.split(piece)) {
			parts.push(part);
			words.push(part);
			const plainPart = withoutAccents(part);
			if (plainPart) words.push(plainPart);
		}
	}
	const extras: WordExtras = { ownKey: termKey(word), partKeys: parts.map(termKey), words };
	if (![extras.ownKey, ...extras.partKeys].some((key) => synonyms.words.has(key))) extras.fixed = withExtras(word, [...new Set(words)]);
	cache.set(word, extras);
	return extras;
}

/**
 * The words to add for one word of the text (none for most words). A term's everyday words are
 * added once per page: `used` holds the terms that already got them.
 */
export function extraWords(word: string, decompounder: Decompounder, synonyms: Synonyms = NO_SYNONYMS, used: Set<string> = new Set()): string[] {
	const { ownKey, partKeys, words } = wordExtras(word, decompounder, synonyms);
	const extra = new Set<string>();
	const addSynonyms = (key: string) => {
		if (used.has(key)) return;
		for (const everyday of synonyms.words.get(key) ?? []) {
			extra.add(everyday);
			used.add(key);
		}
	};
	addSynonyms(ownKey);
	for (const w of words) extra.add(w);
	// A compound holds a term too: restantbudget is a budget.
	for (const key of partKeys) addSynonyms(key);
	return [...extra];
}

/** "participatiecoaching ⟦participatie coaching⟧", or the word alone when it has no extra words. */
function withExtras(word: string, extra: readonly string[]): string {
	return extra.length ? `${word} ${EXTRA_OPEN}${extra.join(' ')}${EXTRA_CLOSE}` : word;
}

/** The text with the extra words after the words (and glossary phrases) they belong to; `used` as for extraWords. */
export function withExtraWords(text: string, decompounder: Decompounder, synonyms: Synonyms = NO_SYNONYMS, used: Set<string> = new Set()): string {
	let out = text.replace(WORD, (word) => wordExtras(word, decompounder, synonyms).fixed ?? withExtras(word, extraWords(word, decompounder, synonyms, used)));
	for (const { pattern, extra } of synonyms.phrases) {
		const key = pattern.source;
		out = out.replace(pattern, (found) => {
			if (used.has(key)) return found;
			used.add(key);
			return `${found} ${EXTRA_OPEN}${extra.join(' ')}${EXTRA_CLOSE}`;
		});
	}
	return out;
}
