/**
 * Turns the headings and paragraphs of a letter into an MDX body, and proves that nothing was
 * lost: the body is rendered with Sätteri, the processor the site itself renders with
 * (astro.config.mjs), and the text of the result must equal the letter's text, with nothing in
 * it but paragraphs, headings and links. The body must also pass the content check's body-safety
 * rule. What the import writes is therefore what the page shows.
 */
import { mdxToHast } from 'satteri';
import { checkBodySafety } from '../content/body-safety.ts';
import { blocksText, type Block } from './blocks.ts';
import { ImportError } from './decode.ts';
import { escapeMdxLine, type EscapeOptions } from './escape.ts';

export function blocksToMdx(blocks: readonly Block[], options: EscapeOptions = {}): string {
	return `${blocks
		.map((block) =>
			block.kind === 'heading'
				? `${'#'.repeat(Math.min(6, Math.max(2, block.level)))} ${escapeMdxLine(block.text, options)}`
				: block.lines.map((line) => escapeMdxLine(line, options)).join('\n'),
		)
		.join('\n\n')}\n`;
}

interface HastNode {
	type: string;
	tagName?: string;
	value?: string;
	properties?: Record<string, unknown>;
	children?: HastNode[];
}

/** The elements a letter may become: paragraphs, headings and links (bare web and e-mail addresses). */
const LETTER_ELEMENTS = new Set(['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'a']);

/**
 * The text a reader sees of an MDX body as the site renders it: text nodes only, whitespace
 * collapsed. Throws when the body would show anything but text, paragraphs, headings and links.
 */
export function mdxVisibleText(body: string): string {
	const tree = mdxToHast(body, { features: { gfm: true, smartPunctuation: false } }) as unknown as HastNode;
	const parts: string[] = [];
	const walk = (node: HastNode) => {
		if (node.type === 'text') parts.push(node.value ?? '');
		else if (node.type === 'root' || (node.type === 'element' && LETTER_ELEMENTS.has(node.tagName ?? ''))) {
			for (const child of node.children ?? []) walk(child);
			if (node.tagName !== 'a') parts.push(' ');
		} else throw new ImportError(`interne fout: de brief zou als "${node.tagName ?? node.type}" getoond worden in plaats van als tekst`);
	};
	walk(tree);
	return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Where two texts first differ, for the error message. */
function difference(shown: string, expected: string): string {
	let i = 0;
	while (i < shown.length && shown[i] === expected[i]) i++;
	return expected.slice(Math.max(0, i - 20), i + 20);
}

/** Proves `body` shows exactly `expected` and passes the body-safety rule; returns the problem otherwise. */
function proofProblem(body: string, expected: string): string | undefined {
	let shown: string;
	try {
		shown = mdxVisibleText(body);
	} catch (error) {
		return error instanceof ImportError ? error.message : `interne fout: de ingelezen tekst is geen geldige MDX (${(error as Error).message})`;
	}
	if (shown !== expected) return `interne fout: de pagina zou niet precies de brief tonen (verschil bij "${difference(shown, expected)}")`;
	const unsafe = checkBodySafety(body)[0];
	if (unsafe) return `interne fout: de ingelezen tekst haalt de controle niet (${unsafe.message})`;
	return undefined;
}

/**
 * The MDX body of a letter: web and e-mail addresses as links where the processor shows them
 * exactly as written, otherwise as plain text. Throws when the page would not show exactly the
 * letter's text.
 */
export function letterBody(blocks: readonly Block[]): string {
	const expected = blocksText(blocks);
	const withLinks = blocksToMdx(blocks);
	if (!proofProblem(withLinks, expected)) return withLinks;
	const plain = blocksToMdx(blocks, { links: false });
	const problem = proofProblem(plain, expected);
	if (problem) throw new ImportError(problem);
	return plain;
}
