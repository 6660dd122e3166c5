/**
 * What the search page does with a query before Pagefind sees it: accents off (the index holds
 * every word with accents also without them), typographic quotes and surplus spaces out, and
 * Dutch stop words ("de", "van", "het") left out when the query has other words.
 *
 * Why stop words go: they are in almost every document, so they narrow nothing down, and the
 * index chunk of such a word lists every record: at 5,000 documents a first search for "de"
 * fetched 640 KB. The list is the Snowball Dutch stop-word list as the `stopword` package ships
 * it (`nld`, 104 words); accents are stripped the same way as the query's.
 */
import { nld } from 'stopword';
import { stripAccents } from './accents.ts';

/** The Dutch stop words, lower case without accents. */
export const STOP_WORDS: ReadonlySet<string> = new Set(nld.map((w) => stripAccents(w).toLocaleLowerCase('nl')));

/** True for a Dutch stop word, whatever its capitals, accents or the punctuation around it. */
export function isStopWord(word: string): boolean {
	return STOP_WORDS.has(bareWord(word));
}

/** A word in lower case, without accents and without punctuation around it ("De," → "de"). */
function bareWord(word: string): string {
	return stripAccents(word)
		.toLocaleLowerCase('nl')
		.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/**
 * Removes accents, typographic quotes and surplus spaces from a query.
 */
export function normalizeQuery(query: string): string {
	return stripAccents(query)
		.replace(/[‘’‚‛“”„‟«»"]/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/** A query as the search page sends it. */
export interface PreparedQuery {
	/** The normalized query the visitor typed. */
	query: string;
	/** What goes to Pagefind: the query without stop words; empty for a query of stop words only. */
	sent: string;
	/** The stop words that were left out, each once, lower case, in the order typed. */
	leftOut: string[];
	/** True when every word is a stop word: nothing is sent, the page explains instead. */
	onlyStopWords: boolean;
}

/**
 * Prepares a typed query: normalized, and without its stop words when it has other words
 * ("participatie van de" → "participatie", left out: van, de). A query of stop words only sends
 * nothing (`onlyStopWords`), so the page can explain rather than fetch an index chunk that
 * lists every document.
 */
export function prepareQuery(typed: string): PreparedQuery {
	const query = normalizeQuery(typed);
	const words = query === '' ? [] : query.split(' ');
	const kept = words.filter((w) => !isStopWord(w));
	const leftOut = [...new Set(words.filter(isStopWord).map(bareWord))];
	return { query, sent: kept.join(' '), leftOut, onlyStopWords: words.length > 0 && kept.length === 0 };
}
