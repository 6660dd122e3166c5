/**
 * Splits a Markdown/MDX text into sections at its headings, so two versions of a document
 * can be compared section by section. Text before the first heading is a section without a
 * heading. Lines inside fenced code blocks are never headings.
 */

export interface TextSection {
	/** The heading text without the #'s; '' for the text before the first heading. */
	heading: string;
	/** 1–6; 0 for the text before the first heading. */
	level: number;
	/** The section's text: whitespace inside lines collapsed, blank lines kept as paragraph breaks. */
	text: string;
}

const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Collapses runs of spaces and tabs, trims lines, and keeps at most one blank line in a row. */
export function normalizeText(text: string): string {
	return text
		.replace(/\r\n?/g, '\n')
		.split('\n')
		.map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

/** The sections of a text, in order. An empty text has no sections. */
export function splitSections(markdown: string): TextSection[] {
	const sections: TextSection[] = [];
	let current: { heading: string; level: number; lines: string[] } = { heading: '', level: 0, lines: [] };
	let fence: string | undefined;
	const flush = () => {
		const text = normalizeText(current.lines.join('\n'));
		if (current.level > 0 || text !== '') sections.push({ heading: current.heading, level: current.level, text });
	};
	for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
		const fenceMatch = FENCE.exec(line);
		if (fenceMatch) {
			const marker = fenceMatch[1]!;
			if (fence === undefined) fence = marker[0]!.repeat(marker.length);
			else if (marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
			current.lines.push(line);
			continue;
		}
		const heading = fence === undefined ? HEADING.exec(line) : null;
		if (heading) {
			flush();
			current = { heading: heading[2]!.replace(/\s*\{#[^}]*\}\s*$/, '').trim(), level: heading[1]!.length, lines: [] };
		} else current.lines.push(line);
	}
	flush();
	return sections;
}
