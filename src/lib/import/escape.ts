/**
 * Escapes a line of a letter so that MDX shows it exactly as written: nothing becomes markup,
 * JSX, an expression or an import. Every character that could start markup anywhere in a line
 * gets a backslash; what only matters at the start of a line (lists, headings, thematic breaks,
 * import/export) is escaped there. Leading and trailing whitespace is dropped (a page does not
 * show it); tabs inside a line stay.
 *
 * Web and e-mail addresses: the site's processor (Sätteri, with GFM) turns a bare address into a
 * link, and inside such a link a backslash is shown as written. So with `links` (the default) a
 * word that is a plain address is left as it is and becomes a link; without, every address is
 * broken up with escapes so no link forms (plain text). The import tries the first and proves
 * the result against the processor (letter-to-mdx.ts); when that proof fails it uses the second.
 */

const ANYWHERE = /[\\`*_{}[\]<>#|~&]/g;
/** Also ":", "@" and "." so that no web or e-mail address is recognised as a link. */
const ANYWHERE_NO_LINKS = /[\\`*_{}[\]<>#|~&:@.]/g;
/** A word that is only a web or e-mail address, as GFM recognises it. */
const ADDRESS = /^(?:(?:https?:\/\/|www\.)[^\s]+|[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)$/i;
/** Characters that stay dangerous inside an address (an expression, a tag, a table cell, an escape). */
const UNSAFE_IN_ADDRESS = /[\\`{}[\]<>|*~]/;

export interface EscapeOptions {
	/** Leave plain web and e-mail addresses unescaped so they become links (default true). */
	links?: boolean;
}

export function escapeMdxLine(line: string, options: EscapeOptions = {}): string {
	const links = options.links ?? true;
	let text = line
		.trim()
		.split(/(\s+)/)
		.map((word) => {
			if (/^\s*$/.test(word)) return word;
			if (links && ADDRESS.test(word) && !UNSAFE_IN_ADDRESS.test(word)) return word;
			return word.replace(links ? ANYWHERE : ANYWHERE_NO_LINKS, '\\$&');
		})
		.join('');
	// Bullet lists (- + *), setext underlines (= -) and ordered lists (1. 2)) only start a line.
	text = text.replace(/^[-+=]/, '\\$&');
	text = text.replace(/^(\d{1,9})([.)])/, '$1\\$2');
	// "import …" or "export …" at the start of a block is read as JavaScript by MDX; a character
	// reference for the first letter shows the same word without that meaning.
	text = text.replace(/^(import|export)\b/i, (word) => `&#${word.charCodeAt(0)};${word.slice(1)}`);
	return text;
}
