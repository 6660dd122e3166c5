/**
 * Reads a Word document (.docx) with mammoth into headings and paragraphs, keeping what a reader
 * of the letter sees as text: heading styles ("Heading 1", "Kop 1", …) become headings one level
 * below the page title; numbered and bulleted list items keep their number or bullet ("1.",
 * "a.", "•") as text at the start of their paragraph, numbered as Word numbers them; footnote and
 * endnote references become "[1]" with the notes' text at the end of the letter; paragraphs in
 * tables become paragraphs. What cannot be carried over as text (images, comments, tracked
 * changes, headers and footers) is named in a warning with where it was.
 */
import JSZip from 'jszip';
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
	numbering?: { level: string; isOrdered: boolean } | null;
	noteType?: 'footnote' | 'endnote';
	noteId?: string;
	altText?: string;
	commentId?: string;
	body?: DocNode[];
	notes?: { _notes?: Record<string, DocNode> };
	comments?: DocNode[];
	authorName?: string;
}

export interface DocxLetter {
	blocks: Block[];
	/** Things a reader of the Word file sees that the page does not show as such, in Dutch, with where they were. */
	warnings: string[];
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const ROMAN: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];

/** i, ii, iii, iv, … */
export function roman(n: number): string {
	let rest = n;
	let out = '';
	for (const [value, digits] of ROMAN) while (rest >= value) (out += digits), (rest -= value);
	return out;
}

/** a … z, aa, ab, … */
function letters(n: number): string {
	let rest = n;
	let out = '';
	while (rest > 0) {
		rest--;
		out = LETTERS[rest % 26] + out;
		rest = Math.floor(rest / 26);
	}
	return out;
}

/** The marker Word shows by default for item `n` (1-based) at `level` (0-based) of a list. */
export function listMarker(ordered: boolean, level: number, n: number): string {
	if (!ordered) return ['•', '◦', '▪'][level % 3]!;
	const style = level % 3;
	return `${style === 0 ? n : style === 1 ? letters(n) : roman(n)}.`;
}

const opening = (text: string) => {
	const start = text.replace(/\s+/g, ' ').trim();
	return `"${start.length > 40 ? `${start.slice(0, 40)}…` : start}"`;
};

/** Short, one-line description of where something is: the start of its paragraph, else what comes before it. */
function place(text: string, before: Block | undefined): string {
	if (text.trim() !== '') return `in de alinea die begint met ${opening(text)}`;
	if (!before) return 'aan het begin van de brief';
	return before.kind === 'heading' ? `na de kop "${before.text}"` : `na de alinea die begint met ${opening(before.lines.join(' '))}`;
}

class Reader {
	readonly blocks: Block[] = [];
	readonly warnings: string[] = [];
	private readonly notes: { marker: string; body: DocNode[] }[] = [];
	private readonly noteNumbers = new Map<string, string>();
	private counters = new Map<object, { level: number; n: number }>();
	private tables = 0;

	private readonly document: DocNode;

	constructor(document: DocNode) {
		this.document = document;
	}

	private noteMarker(node: DocNode): string {
		const key = `${node.noteType}-${node.noteId}`;
		let marker = this.noteNumbers.get(key);
		if (!marker) {
			const count = [...this.noteNumbers.keys()].filter((k) => k.startsWith(`${node.noteType}-`)).length + 1;
			marker = node.noteType === 'endnote' ? roman(count) : String(count);
			this.noteNumbers.set(key, marker);
			const note = this.document.notes?._notes?.[key];
			this.notes.push({ marker, body: note?.body ?? [] });
		}
		return `[${marker}]`;
	}

	/** The text of a paragraph; images and comments inside it are collected for a warning. */
	private text(node: DocNode, found: { images: string[]; comments: string[] }): string {
		switch (node.type) {
			case 'text':
				return node.value ?? '';
			case 'tab':
				return '\t';
			case 'break':
				return '\n';
			case 'noteReference':
				return this.noteMarker(node);
			case 'commentReference':
				found.comments.push(node.commentId ?? '');
				return '';
			case 'image':
				found.images.push(node.altText?.trim() ?? '');
				return '';
			default:
				return (node.children ?? []).map((child) => this.text(child, found)).join('');
		}
	}

	private marker(numbering: NonNullable<DocNode['numbering']>): string {
		const level = Number(numbering.level) || 0;
		// Deeper levels start again after an item of a higher level.
		for (const [key, counter] of this.counters) if (counter.level > level) this.counters.delete(key);
		const counter = this.counters.get(numbering) ?? { level, n: 0 };
		counter.n++;
		this.counters.set(numbering, counter);
		return listMarker(numbering.isOrdered, level, counter.n);
	}

	paragraph(node: DocNode): void {
		const found = { images: [] as string[], comments: [] as string[] };
		let text = this.text(node, found);
		for (const alt of found.images) this.warnings.push(`een afbeelding${alt ? ` ("${alt}")` : ''} ${place(text, this.blocks.at(-1))} staat niet op de pagina; beschrijf wat erop staat in de tekst als dat nodig is`);
		if (found.comments.length > 0) this.warnings.push(`${found.comments.length === 1 ? 'een opmerking' : `${found.comments.length} opmerkingen`} (Word-opmerking) ${place(text, this.blocks.at(-1))} ${found.comments.length === 1 ? 'staat' : 'staan'} niet op de pagina`);
		if (text.trim() === '') return;
		if (node.numbering) text = `${this.marker(node.numbering)} ${text.trimStart()}`;
		const level = headingLevel(node);
		if (level !== undefined && !node.numbering && !text.includes('\n')) {
			this.blocks.push({ kind: 'heading', level, text: text.trim() });
		} else this.blocks.push({ kind: 'paragraph', lines: text.split('\n').filter((line) => line.trim() !== '') });
	}

	walk(node: DocNode): void {
		if (node.type === 'paragraph') return this.paragraph(node);
		if (node.type === 'table') {
			this.tables++;
			const first = this.blocks.length;
			for (const child of node.children ?? []) this.walk(child);
			const start = this.blocks[first];
			const where = start ? `die begint met ${opening(start.kind === 'heading' ? start.text : start.lines.join(' '))}` : '';
			this.warnings.push(`een tabel ${where} staat op de pagina als gewone tekst, cel voor cel, van links naar rechts en van boven naar beneden`);
			return;
		}
		for (const child of node.children ?? []) this.walk(child);
	}

	/** The notes, in the order of their references, as paragraphs at the end. */
	finishNotes(): void {
		for (const note of this.notes) {
			const found = { images: [] as string[], comments: [] as string[] };
			const text = note.body.map((child) => this.text(child, found)).join('\n').trim();
			this.blocks.push({ kind: 'paragraph', lines: [`[${note.marker}] ${text}`.split('\n').join(' ')] });
		}
	}
}

function headingLevel(node: DocNode): number | undefined {
	const style = `${node.styleName ?? ''} ${node.styleId ?? ''}`;
	if (/\b(title|titel)\b/i.test(style)) return 2;
	const match = /(?:heading|kop)\s*(\d)/i.exec(style);
	return match ? Math.min(6, Number(match[1]) + 1) : undefined;
}

const xmlText = (xml: string) => [...xml.matchAll(/<w:(?:t|delText)(?:\s[^>]*)?>([^<]*)<\/w:(?:t|delText)>/g)].map((m) => m[1]).join('');

/**
 * What mammoth does not report, read from the .docx parts themselves: tracked changes
 * (insertions, deletions, moves) in document.xml, by the paragraph they are in, and the text of
 * headers and footers (letterhead, page numbers), which a reader of the printed letter sees.
 */
async function partWarnings(bytes: Uint8Array): Promise<string[]> {
	try {
		const zip = await JSZip.loadAsync(bytes);
		const warnings: string[] = [];
		const xml = await zip.file('word/document.xml')?.async('string');
		for (const paragraph of xml?.match(/<w:p[\s>][\s\S]*?<\/w:p>/g) ?? []) {
			const deleted = /<w:(del|moveFrom)\s/.test(paragraph);
			const inserted = /<w:(ins|moveTo)\s/.test(paragraph);
			if (!deleted && !inserted) continue;
			const what = deleted && inserted ? 'bijgehouden wijzigingen (ingevoegd en verwijderd)' : deleted ? 'een bijgehouden verwijdering' : 'een bijgehouden invoeging';
			const text = xmlText(paragraph.replace(/<w:(del|moveFrom)\s[\s\S]*?<\/w:\1>/g, ''));
			warnings.push(`${what} ${place(text, undefined)}: de pagina toont de tekst alsof alle wijzigingen zijn geaccepteerd; accepteer of weiger ze in Word en lees de brief opnieuw in als dat niet klopt`);
		}
		const seen = new Set<string>();
		for (const name of Object.keys(zip.files).filter((n) => /^word\/(header|footer)\d*\.xml$/.test(n)).sort()) {
			const text = xmlText((await zip.file(name)!.async('string')).replace(/<\/w:p>/g, ' ')).replace(/\s+/g, ' ').trim();
			if (text === '' || seen.has(text)) continue;
			seen.add(text);
			const kind = name.includes('header') ? 'de koptekst' : 'de voettekst';
			warnings.push(`${kind} van het Word-bestand (${opening(text)}) staat niet op de pagina; zet wat lezers daarvan moeten weten in de brief zelf`);
		}
		return warnings;
	} catch {
		return [];
	}
}

/** The letter in a Word file: its blocks and warnings about what the page cannot show. */
export async function readDocx(bytes: Uint8Array): Promise<DocxLetter> {
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
	if (!document) throw new ImportError('het Word-bestand bevat geen tekst');
	const reader = new Reader(document);
	reader.walk(document);
	reader.finishNotes();
	if (reader.blocks.length === 0) throw new ImportError('het Word-bestand bevat geen tekst');
	return { blocks: reader.blocks, warnings: [...reader.warnings, ...(await partWarnings(bytes))] };
}

/** The blocks of a Word letter (see readDocx for the warnings). */
export async function blocksFromDocx(bytes: Uint8Array): Promise<Block[]> {
	return (await readDocx(bytes)).blocks;
}
