/**
 * The language check: finds the words and phrases of the language guide (taalwijzer.yaml) in a
 * text, so that an editor sees where the council's own guidance is not followed. It warns; it
 * never blocks a build.
 *
 * What is not the document's own wording is skipped:
 * - text between quotation marks (‘…’, “…”, "…", '…') and Markdown blockquotes (> …): a quote
 *   of another document, such as the DVO;
 * - a sentence that also names the suggested alternative: it discusses the word, as in
 *   "liever zelfredzaamheid dan eigenwaarde";
 * - the advice in which the council made the remark (the entry's `source`): there the word is
 *   the object of the remark.
 */
import type { LanguageGuideEntry } from '../../schemas/language-guide.ts';

export interface LanguageMatch {
	entry: LanguageGuideEntry;
	/** The word as it is written in the text. */
	word: string;
	/** 1-based line within the checked text. */
	line: number;
}

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern for one term: at the start of a word, any spacing between words, any ending. */
export function termPattern(term: string): RegExp {
	const words = term.trim().split(/\s+/).map(escapeRegExp);
	return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('\\s+')}\\p{L}*`, 'giu');
}

const NOT_BLANK_LINE = '(?:(?!\\n[ \\t]*\\n)[\\s\\S])';
const QUOTES = [
	new RegExp(`‘${NOT_BLANK_LINE}{0,500}?’(?![\\p{L}\\p{N}])`, 'gu'),
	new RegExp(`“${NOT_BLANK_LINE}{0,500}?”`, 'gu'),
	new RegExp(`„${NOT_BLANK_LINE}{0,500}?[”“"]`, 'gu'),
	new RegExp(`"${NOT_BLANK_LINE}{0,500}?"`, 'gu'),
	new RegExp(`(?<![\\p{L}\\p{N}])'(?=\\S)${NOT_BLANK_LINE}{0,500}?(?<=\\S)'(?![\\p{L}\\p{N}])`, 'gu'),
];

/** The text with quotations and blockquotes blanked out (same length, same line breaks). */
export function maskQuotations(text: string): string {
	const blank = (match: string) => match.replace(/[^\n]/g, ' ');
	let masked = text.replace(/^[ \t]{0,3}>.*$/gm, blank);
	for (const quote of QUOTES) masked = masked.replace(quote, blank);
	return masked;
}

const normalize = (value: string) => value.replace(/\s+/g, ' ').trim().toLowerCase();

/** The sentence around a position: from the previous sentence end or blank line to the next. */
function sentenceAt(text: string, index: number): string {
	const before = text.slice(0, index);
	const start = Math.max(before.search(/[^.!?]*$/), before.lastIndexOf('\n\n') + 1);
	const after = text.slice(index);
	const endMatch = /[.!?](\s|$)|\n[ \t]*\n/.exec(after);
	return text.slice(start, index + (endMatch ? endMatch.index + 1 : after.length));
}

/**
 * The guide's words in `text` that are the document's own wording. `documentId` is the id of
 * the advice or DVO version being checked (entries whose `source` is that advice are skipped).
 */
export function findAvoidedWords(text: string, entries: readonly LanguageGuideEntry[], documentId?: string): LanguageMatch[] {
	const masked = maskQuotations(text);
	const matches: LanguageMatch[] = [];
	for (const entry of entries) {
		if (documentId !== undefined && entry.source === documentId) continue;
		const alternative = normalize(entry.instead);
		for (const term of entry.avoid) {
			for (const match of masked.matchAll(termPattern(term))) {
				const index = match.index;
				if (normalize(sentenceAt(text, index)).includes(alternative)) continue;
				matches.push({ entry, word: text.slice(index, index + match[0].length), line: text.slice(0, index).split('\n').length });
			}
		}
	}
	return matches.sort((a, b) => a.line - b.line);
}
