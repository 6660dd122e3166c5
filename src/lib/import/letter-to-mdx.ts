/**
 * Turns the headings and paragraphs of a letter into an MDX body, and proves that nothing was
 * lost: the body is parsed again as MDX and its text must equal the letter's text.
 */
import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { blocksText, type Block } from './blocks.ts';
import { ImportError } from './decode.ts';
import { escapeMdxLine } from './escape.ts';

export function blocksToMdx(blocks: readonly Block[]): string {
	return `${blocks
		.map((block) => (block.kind === 'heading' ? `${'#'.repeat(Math.min(6, Math.max(2, block.level)))} ${escapeMdxLine(block.text)}` : block.lines.map(escapeMdxLine).join('\n')))
		.join('\n\n')}\n`;
}

interface MdNode {
	type: string;
	value?: string;
	children?: MdNode[];
}

const processor = createProcessor({ remarkPlugins: [remarkGfm] });

/** The text a reader sees of an MDX body: text nodes only, whitespace collapsed. Throws on markup that is not text. */
export function mdxVisibleText(body: string): string {
	const tree = processor.parse(body) as MdNode;
	const parts: string[] = [];
	const walk = (node: MdNode) => {
		if (node.type === 'text') parts.push(node.value ?? '');
		// Web addresses become links (GFM autolinks); their text stays the same.
		else if (node.type === 'link') for (const child of node.children ?? []) walk(child);
		else if (['root', 'paragraph', 'heading'].includes(node.type)) {
			for (const child of node.children ?? []) walk(child);
			parts.push(' ');
		} else throw new ImportError(`interne fout: de brief zou als "${node.type}" getoond worden in plaats van als tekst`);
	};
	walk(tree);
	return parts.join('').replace(/\s+/g, ' ').trim();
}

/** The MDX body of a letter; throws when the page would not show exactly the letter's text. */
export function letterBody(blocks: readonly Block[]): string {
	const body = blocksToMdx(blocks);
	let shown: string;
	try {
		shown = mdxVisibleText(body);
	} catch (error) {
		if (error instanceof ImportError) throw error;
		throw new ImportError(`interne fout: de ingelezen tekst is geen geldige MDX (${(error as Error).message})`);
	}
	const expected = blocksText(blocks);
	if (shown !== expected) {
		let i = 0;
		while (i < shown.length && shown[i] === expected[i]) i++;
		throw new ImportError(`interne fout: de pagina zou niet precies de brief tonen (verschil bij "${expected.slice(Math.max(0, i - 20), i + 20)}")`);
	}
	return body;
}
