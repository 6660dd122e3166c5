/**
 * The structure of a letter: headings and paragraphs, from plain text (by the way secretaries
 * lay out a letter: a short line without a full stop, alone or above a paragraph, is a
 * heading) or from a Word document (by its heading styles).
 */

export type Block = { kind: 'heading'; level: number; text: string } | { kind: 'paragraph'; lines: string[] };

const GREETINGS = /^(geachte?|beste|hoogachtend|met (vriendelijke|hartelijke) groet|vriendelijke groet|namens)\b/i;

/** A line that may be a heading: short, starts with a capital or digit, no sentence punctuation at its end. */
export function isHeadingLike(line: string): boolean {
	const text = line.trim();
	if (text.length === 0 || text.length > 70) return false;
	if (text.split(/\s+/).length > 10) return false;
	if (!/^[\p{Lu}\p{N}]/u.test(text)) return false;
	if (/[.,;!?…]$/.test(text)) return false;
	if (/[.!?]\s/.test(text)) return false;
	return !GREETINGS.test(text);
}

const ENDS_SENTENCE = /[.!?:;"”’)\]]$/;

/** Headings and paragraphs of a plain-text letter (line ends already \n). */
export function blocksFromText(text: string): Block[] {
	const raw: string[][] = [];
	let current: string[] = [];
	for (const line of text.split('\n')) {
		if (line.trim() === '') {
			if (current.length > 0) raw.push(current);
			current = [];
		} else current.push(line.replace(/\s+$/, ''));
	}
	if (current.length > 0) raw.push(current);

	const blocks: Block[] = [];
	raw.forEach((lines, index) => {
		const first = lines[0]!;
		const next = raw[index + 1]?.[0];
		// A heading stands above something that starts anew, not above the rest of a sentence.
		if (lines.length === 1 && next !== undefined && !/^\s*\p{Ll}/u.test(next) && isHeadingLike(first)) {
			blocks.push({ kind: 'heading', level: 2, text: first.trim() });
			return;
		}
		const second = lines[1];
		if (second !== undefined && isHeadingLike(first) && /^\s*\p{Lu}/u.test(second) && second.trim().length >= 40 && first.trim().length <= 0.6 * second.trim().length) {
			blocks.push({ kind: 'heading', level: 2, text: first.trim() });
			blocks.push({ kind: 'paragraph', lines: lines.slice(1) });
			return;
		}
		const previous = blocks.at(-1);
		// A sentence broken by stray blank lines (a page break in the original) stays one paragraph.
		if (previous?.kind === 'paragraph' && !ENDS_SENTENCE.test(previous.lines.at(-1)!.trim()) && /^\s*\p{Ll}/u.test(first)) {
			previous.lines.push(...lines);
			return;
		}
		blocks.push({ kind: 'paragraph', lines });
	});
	return blocks;
}

/** The text of a list of blocks, for comparing with what a page shows (whitespace collapsed). */
export function blocksText(blocks: readonly Block[]): string {
	return blocks
		.map((b) => (b.kind === 'heading' ? b.text : b.lines.join(' ')))
		.join(' ')
		.replace(/\s+/g, ' ')
		.trim();
}
