/**
 * An archived letter as received (content/bronnen/): its text for the reading page
 * /bronnen/<name>/, and what a reader needs to know about the original file (format, character
 * set, size) before downloading it. The original bytes are published unchanged; the reading
 * page is the copy no host can garble, because it is HTML that declares its character set.
 */
import { decodeLetter, type TextEncodingName } from '../import/decode.ts';
import { blocksFromDocx } from '../import/docx.ts';
import { blocksText } from '../import/blocks.ts';

export interface SourceLetter {
	/** The file name as published, e.g. "advies-bar-dvo-2026-2027.txt". */
	fileName: string;
	/** The letter's text, line ends as \n; for a Word file the text of its paragraphs. */
	text: string;
	/** "platte tekst" or "Word-document". */
	format: string;
	/** The character set of a plain-text file in words a reader can pick in a program ("UTF-8"); undefined for Word. */
	encoding?: string;
	byteLength: number;
}

const ENCODING_LABELS: Record<TextEncodingName, string> = {
	'utf-8': 'UTF-8',
	'utf-8 met BOM': 'UTF-8 (met BOM)',
	'utf-16le': 'UTF-16 (little-endian)',
	'utf-16be': 'UTF-16 (big-endian)',
	'windows-1252': 'Windows-1252 (West-Europees)',
	'gemengd (utf-8 en windows-1252)': 'gemengd: UTF-8 en Windows-1252',
};

/** The character set of a plain-text letter, as a reader would choose it in a text editor. */
export function encodingLabel(encoding: TextEncodingName): string {
	return ENCODING_LABELS[encoding];
}

/** A file size in Dutch: "850 bytes", "4,2 kB", "1,3 MB" (1 kB = 1,000 bytes). */
export function formatFileSize(bytes: number): string {
	const format = (value: number) => new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }).format(value);
	if (bytes < 1000) return `${bytes} bytes`;
	if (bytes < 1_000_000) return `${format(bytes / 1000)} kB`;
	return `${format(bytes / 1_000_000)} MB`;
}

/**
 * Reads an archived letter. Plain text is decoded the way `npm run import` decodes it (UTF-8,
 * UTF-16 with BOM, Windows-1252, mixed); a .docx gives the text of its paragraphs. Throws an
 * Error naming the file when it cannot be read as a letter.
 */
export async function readSourceLetter(bytes: Uint8Array, fileName: string, displayPath = fileName): Promise<SourceLetter> {
	try {
		if (/\.docx$/i.test(fileName)) {
			return { fileName, text: blocksText(await blocksFromDocx(bytes)), format: 'Word-document', byteLength: bytes.length };
		}
		const decoded = decodeLetter(bytes);
		return { fileName, text: decoded.text, format: 'platte tekst', encoding: encodingLabel(decoded.encoding), byteLength: bytes.length };
	} catch (error) {
		throw new Error(`${displayPath}: de bronbrief is niet te lezen: ${(error as Error).message}`);
	}
}

/**
 * The letter's paragraphs: the text split at blank lines, each paragraph's own line breaks kept
 * (the page shows them on a wide screen and lets them flow on a phone). Nothing else changes.
 */
export function letterParagraphs(text: string): string[] {
	return text
		.split(/\n[ \t]*\n/)
		.map((paragraph) => paragraph.replace(/^\n+|\n+$/g, ''))
		.filter((paragraph) => paragraph.trim() !== '');
}
