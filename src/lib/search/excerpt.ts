/**
 * Cleaning Pagefind's results for people: the index holds extra words (compound parts, words
 * without accents) between ⟦ ⟧; excerpts and headings must show only the page's own text. When a
 * search matched an extra word, the word it belongs to gets the highlight instead. Runs in the
 * browser on the search page, so it has no imports beyond the shared markers.
 */
import { EXTRA_CLOSE, EXTRA_OPEN } from './index-text.ts';

interface Token {
	text: string;
	marked: boolean;
}

/**
 * An excerpt without the extra words. Pagefind's excerpt is words separated by spaces, a
 * matched word wrapped whole in <mark>; a group of extra words may be cut off at either end.
 */
export function cleanExcerpt(excerpt: string): string {
	const tokens: Token[] = excerpt
		.split(' ')
		.filter((t) => t !== '')
		.map((t) => {
			const marked = t.includes('<mark>');
			return { text: t.replace(/<\/?mark>/g, ''), marked };
		});
	const out: Token[] = [];
	// A group cut off at the start: everything up to the first ⟧, when no ⟦ comes before it.
	const firstClose = tokens.findIndex((t) => t.text.includes(EXTRA_CLOSE));
	const firstOpen = tokens.findIndex((t) => t.text.includes(EXTRA_OPEN));
	let i = firstClose !== -1 && (firstOpen === -1 || firstClose < firstOpen) ? firstClose + 1 : 0;
	for (; i < tokens.length; i++) {
		const token = tokens[i]!;
		if (!token.text.startsWith(EXTRA_OPEN)) {
			out.push(token);
			continue;
		}
		let matched = false;
		for (; i < tokens.length; i++) {
			matched ||= tokens[i]!.marked;
			if (tokens[i]!.text.includes(EXTRA_CLOSE)) {
				// Punctuation after the group belongs to the word before it ("budgetten⟧.").
				const after = tokens[i]!.text.slice(tokens[i]!.text.indexOf(EXTRA_CLOSE) + 1);
				const previous = out[out.length - 1];
				if (previous && after) previous.text += after;
				break;
			}
		}
		const previous = out[out.length - 1];
		if (matched && previous) previous.marked = true;
	}
	return out.map((t) => (t.marked ? `<mark>${t.text}</mark>` : t.text)).join(' ');
}

/** Plain text (a heading, a title) without the extra words. */
export function cleanText(text: string): string {
	return text
		.replace(new RegExp(`\\s*${EXTRA_OPEN}[^${EXTRA_CLOSE}]*${EXTRA_CLOSE}`, 'g'), '')
		.replace(/\s+/g, ' ')
		.trim();
}

/** The first highlighted word of an excerpt, without punctuation: what the result page marks. */
export function firstMarkedWord(excerpt: string): string | undefined {
	const match = /<mark>([^<]*)<\/mark>/.exec(excerpt);
	const word = match?.[1]?.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
	return word ? decodeEntities(word) : undefined;
}

function decodeEntities(text: string): string {
	return text.replace(/&(amp|lt|gt|quot|#39|apos);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" })[name] ?? '');
}

/**
 * A link to a result that makes the browser highlight and scroll to the word, with a text
 * fragment (#:~:text=). No script runs on the document page for this.
 */
export function highlightUrl(url: string, word: string | undefined): string {
	if (!word) return url;
	const directive = `:~:text=${encodeURIComponent(word).replace(/-/g, '%2D')}`;
	return url.includes('#') ? `${url}${directive}` : `${url}#${directive}`;
}
