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
	/** What a reader of the letter sees that the page does not show as such (Dutch, with where it was). */
	warnings: string[];
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
	const { blocks, encoding, text, warnings } = await readBlocks(options.file, bytes);
	const body = letterBody(blocks);

	const settings = loadSettings(options.contentDir);
	const dvoIds = dvoIdsIn(options.contentDir);
	const extension = path.extname(options.file).toLowerCase();
	const sourceName = `${slugify(path.basename(options.file, path.extname(options.file))) || 'brief'}${extension || '.txt'}`;
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
	const mdxFile = path.resolve(options.out ?? path.join(options.contentDir, ARCHIVE_LAYOUT.adviceDir, `${facts.year}-${subject || 'advies'}.mdx`));
	if (!mdxFile.endsWith('.mdx')) throw new ImportError(`het doelbestand moet op .mdx eindigen: ${mdxFile}`);
	const sourceCopy = path.join(options.contentDir, sourceFile);
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
