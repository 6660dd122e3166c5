/**
 * Escapes a line of a letter so that MDX shows it exactly as written: nothing becomes markup,
 * JSX, an expression or an import. Every character that could start markup anywhere in a line
 * gets a backslash; what only matters at the start of a line (lists, headings, thematic breaks,
 * import/export) is escaped there. Leading and trailing whitespace is dropped (a page does not
 * show it); tabs inside a line stay.
 */

const ANYWHERE = /[\\`*_{}[\]<>#|~&]/g;

export function escapeMdxLine(line: string): string {
	let text = line.trim().replace(ANYWHERE, '\\$&');
	// Bullet lists (- + *), setext underlines (= -) and ordered lists (1. 2)) only start a line.
	text = text.replace(/^[-+=]/, '\\$&');
	text = text.replace(/^(\d{1,9})([.)])/, '$1\\$2');
	// "import …" or "export …" at the start of a block is read as JavaScript by MDX; a character
	// reference for the first letter shows the same word without that meaning.
	text = text.replace(/^(import|export)\b/i, (word) => `&#${word.charCodeAt(0)};${word.slice(1)}`);
	return text;
}
