/**
 * `npm run erratum`: records the correction of a published text. The secretary first corrects
 * the text, then runs the command; it asks (at a terminal) or takes --beschrijving and --reden,
 * adds the erratum to the document's data (written by js-yaml, texts quoted, the rest of the
 * file untouched), and records the corrected text in the lock. It refuses when the document is
 * not published (no erratum needed) or when the text has not changed yet.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { erratumSchema } from '../../../schemas/errata.ts';
import { parseIsoDate } from '../../../schemas/primitives.ts';
import type { Ask } from '../../cli/run-task.ts';
import { taskResult, usageError, type TaskResult } from '../../cli/task-result.ts';
import { splitDocument } from '../../content/frontmatter.ts';
import { toIsoDate } from '../../dates.ts';
import { hashPublished } from '../lock.ts';
import { compareWithSource, sourceDiffersWarning } from '../source-comparison.ts';
import { readSourceLetters } from '../../content/read-archive.ts';
import { findDocument, shownPath } from './documents.ts';
import { publishedEntry, readLockState, recordPublished } from './record-lock.ts';
import { fromYaml, toYaml } from './yaml-text.ts';

export const ERRATUM_USAGE = [
	'Gebruik: npm run erratum -- <advies of DVO-versie> [--beschrijving "wat er veranderd is"] [--reden "waarom"] [--datum JJJJ-MM-DD]',
	'  bijvoorbeeld: npm run erratum -- 2025-dvo-2026-2027 --beschrijving "Bedrag voor 2027 verbeterd van € 42.000 in € 24.000." --reden "Typefout bij het overnemen van de brief."',
	'  Verbeter eerst de tekst zelf; zonder --beschrijving en --reden vraagt het programma ernaar.',
].join('\n');

export interface ErratumOptions {
	contentDir: string;
	/** The document: file, path in the content folder, or id. */
	document: string;
	description?: string;
	reason?: string;
	/** Date of the correction (default today). */
	date?: string;
	today?: Date;
	/** Asks for what is missing; absent when nobody is at a terminal. */
	ask?: Ask;
	cwd?: string;
}

/**
 * The frontmatter text with `item` added at the end of its top-level `errata` list (created when
 * absent). Only the errata lines change; undefined when the list is written in a form this
 * cannot extend safely.
 */
export function appendErratum(frontmatter: string, item: Record<string, string>): string | undefined {
	const lines = frontmatter.split('\n');
	const at = lines.findIndex((line) => /^errata\s*:/.test(line));
	const dumped = toYaml({ errata: [item] }).replace(/\n$/, '').split('\n');
	if (at === -1) {
		while (lines.length > 0 && lines.at(-1)!.trim() === '') lines.pop();
		return [...lines, ...dumped].join('\n');
	}
	const rest = lines[at]!.replace(/^errata\s*:/, '').replace(/\s+#.*$/, '').trim();
	if (rest === '[]') return [...lines.slice(0, at), ...dumped, ...lines.slice(at + 1)].join('\n');
	if (rest !== '') return undefined;
	// The block list runs until the next field that starts in the first column
	let end = at + 1;
	// (list items may also start in the first column: "- date: …").
	while (end < lines.length && (lines[end]!.trim() === '' || /^\s/.test(lines[end]!) || lines[end]!.startsWith('#') || /^-(\s|$)/.test(lines[end]!))) end++;
	while (end > at + 1 && (lines[end - 1]!.trim() === '' || lines[end - 1]!.startsWith('#'))) end--;
	const itemLine = lines.slice(at + 1, end).find((line) => /^\s*-\s/.test(line));
	const indent = itemLine ? itemLine.search(/-/) : 2;
	const entry = dumped.slice(1).map((line) => `${' '.repeat(indent)}${line.replace(/^ {2}/, '')}`);
	return [...lines.slice(0, end), ...entry, ...lines.slice(end)].join('\n');
}

async function obtain(value: string | undefined, ask: Ask | undefined, question: string): Promise<string | undefined> {
	if (value !== undefined && value.trim() !== '') return value.trim();
	if (!ask) return undefined;
	const answer = await ask(question);
	return answer.trim() === '' ? undefined : answer.trim();
}

/** Adds the erratum and records the lock; see the header. */
export async function addErratum(options: ErratumOptions): Promise<TaskResult> {
	const cwd = options.cwd ?? process.cwd();
	const today = options.today ?? new Date();
	const doc = findDocument(options.contentDir, options.document, cwd);
	if (!doc) return usageError(`FOUT: er is geen advies of DVO-versie "${options.document}" in ${shownPath(options.contentDir, cwd)}.`, ERRATUM_USAGE);
	const date = options.date ?? toIsoDate(today);
	if (!parseIsoDate(date)) return usageError(`FOUT: "${date}" is geen datum; schrijf jaar-maand-dag, bijvoorbeeld ${toIsoDate(today)}.`, ERRATUM_USAGE);

	const state = readLockState(options.contentDir);
	if (!state.ok) return taskResult(1, [`FOUT ${shownPath(state.file, cwd)}: ${state.message}`, `    Oplossing: zet het bestand terug met git (git checkout -- ${shownPath(state.file, cwd)}).`]);
	const entry = publishedEntry(state, doc.key);
	const shown = shownPath(doc.file, cwd);
	if (!entry) {
		return taskResult(1, [
			`${shown} is nog niet gepubliceerd; een correctie (erratum) is dan niet nodig.`,
			'    Verbeter de tekst gewoon en voer npm run check uit. Er is niets veranderd.',
		]);
	}
	const source = readFileSync(doc.file, 'utf8');
	const { sourceHashes } = await readSourceLetters(options.contentDir);
	if (hashPublished({ kind: doc.kind, source }, sourceHashes) === entry.sha256) {
		return taskResult(1, [
			`De gepubliceerde tekst van ${shown} is nog niet veranderd; er is niets veranderd.`,
			'    Verbeter eerst de tekst (titel, brief of bedragen) en voer daarna npm run erratum opnieuw uit.',
		]);
	}

	const description = await obtain(options.description, options.ask, 'Wat is er veranderd? (bijvoorbeeld: Bedrag voor 2027 verbeterd van € 42.000 in € 24.000.)\n> ');
	const reason = await obtain(options.reason, options.ask, 'Waarom? (bijvoorbeeld: Typefout bij het overnemen van de brief.)\n> ');
	if (!description || !reason) {
		return usageError(`FOUT: noem ${!description ? 'wat er veranderd is (--beschrijving)' : 'waarom (--reden)'}; er is niets veranderd.`, ERRATUM_USAGE);
	}
	const item = { date, description, reason };
	const checked = erratumSchema.safeParse(item);
	if (!checked.success) return taskResult(1, [`FOUT: ${checked.error.issues[0]?.message ?? 'de correctie is niet geldig'}; er is niets veranderd.`]);

	const split = splitDocument(source);
	const before = (fromYaml(split.frontmatter) ?? {}) as { errata?: unknown[] };
	const frontmatter = appendErratum(split.frontmatter, item);
	const after = frontmatter === undefined ? undefined : ((fromYaml(frontmatter) ?? {}) as { errata?: unknown[] });
	const expected = [...(before.errata ?? []), item];
	if (frontmatter === undefined || !after || !isDeepStrictEqual(after.errata, expected)) {
		return taskResult(1, [
			`FOUT: de lijst errata in ${shown} staat in een vorm die dit programma niet veilig kan aanvullen; er is niets veranderd.`,
			'    Zet de correcties onder elkaar, elk beginnend met "- date:", zoals in docs/corrigeren.md.',
		]);
	}
	const eol = source.includes('\r\n') ? '\r\n' : '\n';
	const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
	const updated = [lines[0], ...frontmatter.split('\n'), ...lines.slice(split.bodyStartLine - 2)].join(eol);
	writeFileSync(doc.file, updated, 'utf8');

	const recorded = recordPublished(options.contentDir, state, [{ kind: doc.kind, id: doc.id, displayPath: shown, source: updated }], sourceHashes, new Set([doc.key]), today);
	if (recorded.refused.length > 0) {
		writeFileSync(doc.file, source, 'utf8');
		return taskResult(1, [`FOUT: de correctie kon niet worden vastgelegd (${recorded.refused[0]!.message}); ${shown} is teruggezet.`]);
	}

	const out = [
		`Correctie toegevoegd aan ${shown}:`,
		...toYaml([item]).replace(/\n$/, '').split('\n').map((line) => `    ${line}`),
		`Vastgelegd in ${shownPath(state.file, cwd)}: de verbeterde tekst is nu de gepubliceerde tekst.`,
	];
	if (doc.kind === 'advice') {
		const comparison = await compareWithSource(options.contentDir, updated);
		if (comparison?.differs) out.push(...sourceDiffersWarning(shown, comparison));
	}
	out.push('Daarna: npm run check, npm start om de correctie op de pagina te zien, en npm run publiceer om de site opnieuw te publiceren.');
	out.push('Ongedaan maken (zolang het niet gepubliceerd is): git checkout -- content/ zet alle bestanden terug zoals ze in git staan.');
	return taskResult(0, out);
}
