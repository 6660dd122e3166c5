/**
 * Reads a Word document (.docx) with mammoth into headings and paragraphs. Heading styles
 * ("Heading 1", "Kop 1", …) become headings one level below the page title; every other
 * paragraph, also inside tables, becomes a paragraph with its line breaks.
 */
import mammoth from 'mammoth';
import type { Block } from './blocks.ts';
import { ImportError } from './decode.ts';

interface DocNode {
	type: string;
	value?: string;
	breakType?: string;
	styleName?: string | null;
	styleId?: string | null;
	children?: DocNode[];
}

function paragraphText(node: DocNode): string {
	switch (node.type) {
		case 'text':
			return node.value ?? '';
		case 'tab':
			return '\t';
		case 'break':
			return '\n';
		case 'noteReference':
		case 'commentReference':
			return '';
		default:
			return (node.children ?? []).map(paragraphText).join('');
	}
}

function headingLevel(node: DocNode): number | undefined {
	const style = `${node.styleName ?? ''} ${node.styleId ?? ''}`;
	if (/\b(title|titel)\b/i.test(style)) return 2;
	const match = /(?:heading|kop)\s*(\d)/i.exec(style);
	return match ? Math.min(6, Number(match[1]) + 1) : undefined;
}

function collect(node: DocNode, blocks: Block[]): void {
	if (node.type === 'paragraph') {
		const text = paragraphText(node);
		if (text.trim() === '') return;
		const level = headingLevel(node);
		if (level !== undefined && !text.includes('\n')) blocks.push({ kind: 'heading', level, text: text.trim() });
		else blocks.push({ kind: 'paragraph', lines: text.split('\n').filter((line) => line.trim() !== '') });
		return;
	}
	for (const child of node.children ?? []) collect(child, blocks);
}

export async function blocksFromDocx(bytes: Uint8Array): Promise<Block[]> {
	let document: DocNode | undefined;
	try {
		await mammoth.convertToHtml(
			{ buffer: Buffer.from(bytes) },
			{
				transformDocument: (doc: unknown) => {
					document = doc as DocNode;
					return doc;
				},
			} as Parameters<typeof mammoth.convertToHtml>[1],
		);
	} catch (error) {
		throw new ImportError(`dit Word-bestand kan niet gelezen worden (${(error as Error).message.split('\n')[0]}); open het in Word en sla het opnieuw op als .docx`);
	}
	const blocks: Block[] = [];
	if (document) collect(document, blocks);
	if (blocks.length === 0) throw new ImportError('het Word-bestand bevat geen tekst');
	return blocks;
}
