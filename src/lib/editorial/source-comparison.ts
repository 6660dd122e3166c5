/**
 * Whether a published advice still shows its archived source letter (content/bronnen/) word for
 * word. After a correction it usually does not: the page then shows the corrected text while
 * /bronnen/<file> keeps the letter as received. The editorial commands say so, so an erratum is
 * never silent about which text is the original.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { splitDocument } from '../content/frontmatter.ts';
import { readBlocks } from '../import/import-letter.ts';
import { letterBody } from '../import/letter-to-mdx.ts';
import { fromYaml } from './tasks/yaml-text.ts';

const normalise = (text: string) =>
	text
		.split('\n')
		.map((line) => line.replace(/\s+$/, ''))
		.join('\n')
		.trim();

export interface SourceComparison {
	/** The source file inside the content folder (bronnen/brief.txt). */
	sourceFile: string;
	/** True when the page no longer shows the source letter exactly. */
	differs: boolean;
}

/**
 * Compares an advice's body with the body the import makes of its source letter.
 * Undefined when the advice names no source, the source is missing, or cannot be read as a letter.
 */
export async function compareWithSource(contentDir: string, adviceSource: string): Promise<SourceComparison | undefined> {
	const split = splitDocument(adviceSource);
	let data: { sourceFile?: unknown };
	try {
		data = (fromYaml(split.frontmatter) ?? {}) as { sourceFile?: unknown };
	} catch {
		return undefined;
	}
	if (typeof data.sourceFile !== 'string') return undefined;
	const file = path.join(contentDir, data.sourceFile);
	if (!existsSync(file)) return undefined;
	try {
		const { blocks } = await readBlocks(file, new Uint8Array(readFileSync(file)));
		return { sourceFile: data.sourceFile, differs: normalise(letterBody(blocks)) !== normalise(split.body) };
	} catch {
		return undefined;
	}
}

/** The warning lines for a corrected advice whose page no longer shows its source letter. */
export function sourceDiffersWarning(displayPath: string, comparison: SourceComparison): string[] {
	return [
		`LET OP ${displayPath}: de tekst op de site wijkt nu af van de brief zoals die binnenkwam (${comparison.sourceFile}).`,
		`    Die brief blijft het origineel en blijft ongewijzigd te downloaden op /${comparison.sourceFile}; de pagina toont de verbeterde tekst met de correctie erboven.`,
		'    Zeg dat in de beschrijving van de correctie, bijvoorbeeld: "In de oorspronkelijke brief (zie bron) stond € 42.000."',
	];
}
