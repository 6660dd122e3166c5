/**
 * "Bedoelde u …?": suggestions for a query that finds nothing or little, from the archive's own
 * words. The build writes the words of the index (with how many pages hold each) and the
 * glossary's everyday words into a small static file (vocabulary.ts); the search page loads it
 * when it needs it and asks this module. Pure and small, because it runs in the browser.
 *
 * What it corrects, for each word of the query the archive does not hold:
 * - Dutch spelling confusions first: d/t/dt ("restandbudget") and ei/ij ("wijk"/"weik");
 * - one wrong, missing, extra or swapped letter (two in long words), via Damerau-Levenshtein;
 * - a word written apart that the archive writes as one ("eigen waarde"), with a hyphen
 *   ("participatie-coaching"), or one written as one that the archive writes apart;
 * - an everyday word an editor attached to a glossary term (jobcoach → participatiecoaching).
 * A word with no close match gets no suggestion: a wrong suggestion is worse than none.
 */
import damerauLevenshtein from 'damerau-levenshtein';
import { normalizeQuery } from './query.ts';

/** The file the build writes, as it is stored (short keys: it is fetched by visitors). */
export interface SuggestionData {
	/** Every word of the index, lower case and without accents, sorted. */
	w: string[];
	/** For each word, the number of index records that hold it. */
	n: number[];
	/** Everyday word (lower case) → the glossary terms it stands for, as searched (lower case). */
	e: Record<string, string[]>;
}

export type SuggestionReason = 'spelling' | 'everyday' | 'joined' | 'split';

export interface Suggestion {
	/** The query to search instead. */
	query: string;
	reason: SuggestionReason;
}

export interface Suggester {
	/** True when the archive holds the word (lower case, no accents). */
	knows(word: string): boolean;
	/** Up to three other queries, best first; none when nothing is close enough. */
	suggest(query: string): Suggestion[];
}

/** The form words are compared in: lower case, no accents, no punctuation but the hyphen inside a word. */
export function searchForm(text: string): string {
	return normalizeQuery(text)
		.toLocaleLowerCase('nl')
		.replace(/[^\p{L}\p{N}\s-]|(?<!\p{L})-|-(?!\p{L})/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * The Dutch sound-alike key: d/t/dt and ei/ij spelled one way. Two words with the same key
 * differ only by the commonest Dutch spelling mistakes.
 */
export function dutchKey(word: string): string {
	return word.replace(/ij|y/g, 'ei').replace(/dt/g, 't').replace(/d/g, 't');
}

/** How many edits a word of this length may be away from a suggestion. */
export function maxEdits(length: number): number {
	if (length < 4) return 0;
	if (length < 8) return 1;
	return 2;
}

/** The shortest word part a split may produce ("lokale keuzes", never "l okalekeuzes"). */
const MIN_SPLIT_PART = 3;

interface Candidate {
	word: string;
	cost: number;
	count: number;
}

function better(a: Candidate, b: Candidate | undefined): boolean {
	if (!b) return true;
	if (a.cost !== b.cost) return a.cost < b.cost;
	if (a.count !== b.count) return a.count > b.count;
	return a.word < b.word;
}

/** A suggester over the data the build wrote. */
export function createSuggester(data: SuggestionData): Suggester {
	const counts = new Map<string, number>();
	data.w.forEach((word, i) => counts.set(word, data.n[i] ?? 1));
	// Everyday words are words a visitor may misspell too, even where no page writes them.
	for (const word of Object.keys(data.e)) if (!word.includes(' ') && !counts.has(word)) counts.set(word, 1);
	const words = [...counts.keys()];
	const byKey = new Map<string, string[]>();
	for (const word of words) {
		const key = dutchKey(word);
		byKey.set(key, [...(byKey.get(key) ?? []), word]);
	}
	const knows = (word: string) => counts.has(word) || /\d/.test(word);

	/** The closest word of the archive to an unknown word, or undefined. */
	const closest = (word: string): Candidate | undefined => {
		let best: Candidate | undefined;
		for (const same of byKey.get(dutchKey(word)) ?? []) {
			const candidate = { word: same, cost: 0.5, count: counts.get(same)! };
			if (better(candidate, best)) best = candidate;
		}
		if (best) return best;
		const limit = maxEdits(word.length);
		if (limit === 0) return undefined;
		const key = dutchKey(word);
		for (const other of words) {
			if (Math.abs(other.length - word.length) > limit) continue;
			const steps = Math.min(damerauLevenshtein(word, other).steps, damerauLevenshtein(key, dutchKey(other)).steps + 0.5);
			if (steps > limit) continue;
			// A typo in the first letter is rarer than elsewhere: prefer words that start alike.
			const candidate = { word: other, cost: steps + (other[0] === word[0] ? 0 : 0.25), count: counts.get(other)! };
			if (better(candidate, best)) best = candidate;
		}
		return best;
	};

	/** "lokalekeuzes" → "lokale keuzes" when both parts are words of the archive. */
	const split = (word: string): Candidate | undefined => {
		let best: Candidate | undefined;
		for (let i = MIN_SPLIT_PART; i <= word.length - MIN_SPLIT_PART; i++) {
			const [a, b] = [word.slice(0, i), word.slice(i)];
			if (!counts.has(a) || !counts.has(b)) continue;
			const candidate = { word: `${a} ${b}`, cost: 1, count: Math.min(counts.get(a)!, counts.get(b)!) };
			if (better(candidate, best)) best = candidate;
		}
		return best;
	};

	const suggest = (query: string): Suggestion[] => {
		const words = searchForm(query).split(' ').filter(Boolean);
		if (words.length === 0) return [];
		const suggestions: Suggestion[] = [];
		const add = (s: Suggestion) => {
			if (s.query !== words.join(' ') && !suggestions.some((t) => t.query === s.query)) suggestions.push(s);
		};

		// Two words the archive writes as one: "eigen waarde" → "eigenwaarde". Such a pair is one
		// word to the visitor, so neither half is replaced by a glossary term below.
		const joinedAt = new Set<number>();
		const joins: Suggestion[] = [];
		for (let i = 0; i + 1 < words.length; i++) {
			const joined = `${words[i]}${words[i + 1]}`;
			if (!counts.has(joined)) continue;
			joinedAt.add(i).add(i + 1);
			joins.push({ query: [...words.slice(0, i), data.e[joined]?.[0] ?? joined, ...words.slice(i + 2)].join(' '), reason: 'joined' });
		}

		// Everyday words: the whole query, or one word of it, stands for a glossary term.
		const phrase = words.join(' ');
		for (const term of data.e[phrase] ?? []) add({ query: term, reason: 'everyday' });
		joins.forEach(add);
		words.forEach((word, i) => {
			if (joinedAt.has(i)) return;
			for (const term of data.e[word] ?? []) add({ query: [...words.slice(0, i), term, ...words.slice(i + 1)].join(' '), reason: 'everyday' });
		});

		// Each unknown word: without its hyphens, its closest spelling, or split in two.
		let corrected = false;
		let reason: SuggestionReason = 'spelling';
		const fixed = words.map((word) => {
			if (knows(word)) return word;
			const plain = word.replace(/-/g, '');
			if (plain !== word && knows(plain)) {
				corrected = true;
				reason = 'joined';
				return plain;
			}
			const near = closest(plain);
			const apart = split(plain);
			const choice = near && (!apart || near.cost <= apart.cost) ? near : apart;
			if (!choice) return word;
			corrected = true;
			if (choice === apart) reason = 'split';
			// A misspelt everyday word leads straight to the archive's own term (jobcoah → participatiecoaching).
			return data.e[choice.word]?.[0] ?? choice.word;
		});
		if (corrected) add({ query: fixed.join(' '), reason });
		return suggestions.slice(0, 3);
	};

	return { knows, suggest };
}
