/**
 * `npm run import`: reads a letter (plain text or Word), writes an advice document with a
 * frontmatter skeleton into the archive and keeps the letter itself in bronnen/. Everything
 * is checked before anything is written; an existing file is only replaced with `force`.
 */
import { existsSync, readdirSync, readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ARCHIVE_LAYOUT } from '../content/archive-layout.ts';
import { loadSettings } from '../content/load-settings.ts';
import { blocksFromText, type Block } from './blocks.ts';
import { decodeLetter, ImportError, type TextEncodingName } from './decode.ts';
import { readDocx } from './docx.ts';
import { assertDocxUnpackedSize } from './docx-limits.ts';
import { MAX_CONTENT_FILE_BYTES } from '../content/safe-read.ts';
import { frontmatterSkeleton, readLetterFacts, type LetterFacts } from './frontmatter-skeleton.ts';
import { letterBody } from './letter-to-mdx.ts';

export interface ImportOptions {
	/** The letter to import. */
	file: string;
	contentDir: string;
	/** Where to write the advice (default adviezen/<year>-<subject>.mdx in the content folder). */
	out?: string;
	/** Replace existing files. */
	force?: boolean;
	/** The DVO version the advice is about, overriding the suggestion. */
	dvo?: string;
	today?: Date;
}

export interface ImportResult {
	mdxFile: string;
	sourceCopy: string;
	encoding: TextEncodingName | 'docx';
	headings: string[];
	facts: LetterFacts;
	/** The whole document as written. */
	document: string;
	/**
	 * Things the editor should look at: what a reader of the letter sees that the page does not
	 * show as such (Dutch, with where it was), and a very long letter.
	 */
	warnings: string[];
}

/** Above this many words a letter is unusually long (the real advice has about 900). */
export const LONG_LETTER_WORDS = 10_000;

/**
 * The file `out` names, when it lies inside the content folder; an import never writes
 * elsewhere (not in src/pages/, not outside the project).
 */
export function confinedOutFile(out: string, contentDir: string): string {
	const file = path.resolve(out);
	const relative = path.relative(path.resolve(contentDir), file);
	if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
		throw new ImportError(`--out moet een bestand in de inhoudsmap ${path.relative(process.cwd(), contentDir) || contentDir} zijn, bijvoorbeeld ${path.join(path.relative(process.cwd(), contentDir) || contentDir, ARCHIVE_LAYOUT.adviceDir, '2026-advies.mdx')}; ${out} ligt daarbuiten`);
	}
	return file;
}

/** File-name form of a text: lower case, no accents, words joined by hyphens. */
export function slugify(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

function dvoIdsIn(contentDir: string): string[] {
	const dir = path.join(contentDir, ARCHIVE_LAYOUT.dvoDir);
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.flatMap((entry) => readdirSync(path.join(dir, entry.name)).filter((f) => f.endsWith('.mdx')).map((f) => `${entry.name}/${f.replace(/\.mdx$/, '')}`));
}

/** The blocks and text of a letter file (Word or plain text), as the import reads it. */
export async function readBlocks(file: string, bytes: Uint8Array): Promise<{ blocks: Block[]; encoding: ImportResult['encoding']; text: string; warnings: string[] }> {
	if (file.toLowerCase().endsWith('.docx')) {
		await assertDocxUnpackedSize(bytes);
		const { blocks, warnings } = await readDocx(bytes);
		const text = blocks.map((b) => (b.kind === 'heading' ? b.text : b.lines.join('\n'))).join('\n\n');
		return { blocks, encoding: 'docx', text, warnings };
	}
	const decoded = decodeLetter(bytes);
	return { blocks: blocksFromText(decoded.text), encoding: decoded.encoding, text: decoded.text, warnings: [] };
}

export async function importLetter(options: ImportOptions): Promise<ImportResult> {
	const today = options.today ?? new Date();
	if (!existsSync(options.file)) throw new ImportError(`het bestand ${options.file} bestaat niet`);
	const bytes = new Uint8Array(readFileSync(options.file));
	const { blocks, encoding, text, warnings: letterWarnings } = await readBlocks(options.file, bytes);
	const body = letterBody(blocks);

	const settings = loadSettings(options.contentDir);
	const dvoIds = dvoIdsIn(options.contentDir);
	// The letter is kept as received, as Word or as text: never under a name a browser would run (.html, .svg).
	const extension = options.file.toLowerCase().endsWith('.docx') ? '.docx' : '.txt';
	const sourceName = `${slugify(path.basename(options.file, path.extname(options.file))) || 'brief'}${extension}`;
	const sourceFile = `${ARCHIVE_LAYOUT.sourcesDir}/${sourceName}`;
	const context = {
		fileName: sourceName,
		councilName: settings?.councilName ?? 'Burgeradviesraad',
		municipality: settings?.municipality ?? 'de gemeente',
		dvoIds,
		today,
	};
	const facts = readLetterFacts(text, context);
	if (options.dvo) {
		facts.dvo = options.dvo;
		facts.dvoFound = true;
	}
	const document = `---\n${frontmatterSkeleton(facts, { ...context, sourceFile })}\n---\n\n${body}`;

	const subject = facts.dvoFound && facts.dvo ? `dvo-${facts.dvo.split('/')[0]}` : slugify(path.basename(options.file, path.extname(options.file)));
	const mdxFile = options.out ? confinedOutFile(options.out, options.contentDir) : path.resolve(path.join(options.contentDir, ARCHIVE_LAYOUT.adviceDir, `${facts.year}-${subject || 'advies'}.mdx`));
	if (!mdxFile.endsWith('.mdx')) throw new ImportError(`het doelbestand moet op .mdx eindigen: ${mdxFile}`);
	const sourceCopy = path.join(options.contentDir, sourceFile);
	if (Buffer.byteLength(document, 'utf8') > MAX_CONTENT_FILE_BYTES) {
		throw new ImportError(`de brief is te lang voor één document (meer dan ${MAX_CONTENT_FILE_BYTES / (1024 * 1024)} MB); controleer of dit het goede bestand is`);
	}
	const words = text.split(/\s+/).filter(Boolean).length;
	const warnings = [...letterWarnings, ...(words > LONG_LETTER_WORDS ? [`de brief is erg lang (${new Intl.NumberFormat('nl-NL').format(words)} woorden); controleer of dit één brief is en of alles goed is ingelezen`] : [])];
	if (existsSync(mdxFile) && !options.force) {
		throw new ImportError(`${path.relative(process.cwd(), mdxFile)} bestaat al en wordt niet overschreven; kies een andere naam met --out <bestand>, of vervang het met --force (alleen als het nog niet gepubliceerd is)`);
	}
	const sameSource = existsSync(sourceCopy) && Buffer.compare(readFileSync(sourceCopy), Buffer.from(bytes)) === 0;
	if (existsSync(sourceCopy) && !sameSource && !options.force) {
		throw new ImportError(`${path.relative(process.cwd(), sourceCopy)} bestaat al met een andere inhoud en wordt niet overschreven; geef de brief een andere bestandsnaam, of vervang het met --force`);
	}

	mkdirSync(path.dirname(mdxFile), { recursive: true });
	mkdirSync(path.dirname(sourceCopy), { recursive: true });
	if (!sameSource) writeFileSync(sourceCopy, bytes);
	writeFileSync(mdxFile, document, 'utf8');
	return { mdxFile, sourceCopy, encoding, headings: blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : [])), facts, document, warnings };
}
