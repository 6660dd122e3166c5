/**
 * A money comparison as text: a table for the terminal, Markdown for memos, CSV for
 * spreadsheets, JSON for other tools. Used by `npm run diff`.
 */
import { lineChangeCodes, sectionChangeLabels, sectionNoteLabels, SUM_OF_LINES_LABEL } from '../labels.ts';
import type { LinesDiff } from './compare.ts';
import { csvFte, toCsv } from './csv.ts';
import { diffView } from './describe.ts';
import { isProposedAmount } from './proposal.ts';
import type { DvoVersionLabel } from '../../schemas/dvo.ts';
import { comparisonTextDiff, type Comparison, type ComparisonSide } from './sources.ts';
import type { DiffPart } from '../text-diff/text-diff.ts';

export interface FormatOptions {
	/** Add the text diff of the two versions (not in CSV). */
	text?: boolean;
}

/** A word diff as plain text: [+ inserted +] and [− deleted −]. */
export function markParts(parts: readonly DiffPart[]): string {
	return parts.map((p) => (p.type === 'ins' ? `[+${p.text}+]` : p.type === 'del' ? `[−${p.text}−]` : p.text)).join('');
}


/** The text diff for the terminal or Markdown: every section's status, and the marked text of the changed ones. */
export function formatTextDiff(comparison: Comparison, markdown: boolean): string {
	const diff = comparisonTextDiff(comparison);
	const title = markdown ? '## Tekst' : 'Tekst';
	if (!diff) return `${title}

Beide kanten komen uit dezelfde versie (${comparison.a.version.id}); de tekst is gelijk.
`;
	const out = [title, ''];
	for (const s of diff.sections) {
		const notes = [sectionChangeLabels[s.kind].toLocaleLowerCase('nl'), s.renamed ? `${sectionNoteLabels.renamed} "${s.oldHeading}"` : '', s.moved ? sectionNoteLabels.moved : '', s.rewritten ? sectionNoteLabels.rewritten : ''].filter(Boolean).join('; ');
		out.push(markdown ? `### ${s.heading || '(voor het eerste kopje)'}` : `== ${s.heading || '(voor het eerste kopje)'} ==`, `(${notes})`, '');
		if (s.kind !== 'unchanged') out.push(markParts(s.parts), '');
	}
	return `${out.join('\n').trimEnd()}\n`;
}

export const OUTPUT_FORMATS = ['table', 'md', 'csv', 'json'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

interface Row {
	name: string;
	oldAmount: string;
	newAmount: string;
	delta: string;
	percent: string;
	fte: string;
	change: string;
}

/** The rows of one pair of years, in the words of the comparison page (describe.ts). */
function rows(diff: LinesDiff, versions: { old: DvoVersionLabel; new: DvoVersionLabel }): { body: Row[]; total: Row } {
	const view = diffView(diff, versions);
	const body = view.rows.map((r) => ({ name: r.name, oldAmount: r.old.present ? r.old.amount : '–', newAmount: r.new.present ? r.new.amount : '–', delta: r.delta, percent: r.percent, fte: r.fteDelta, change: r.change }));
	const t = view.total;
	return { body, total: { name: t.label, oldAmount: t.old, newAmount: t.new, delta: t.delta, percent: t.percent, fte: t.fteDelta, change: view.summary } };
}

const versionsOf = (comparison: Comparison) => ({ old: comparison.a.version.data.version, new: comparison.b.version.data.version });

const plain = (text: string) => text.replace(/\u00a0/g, ' ');

function describeSide(side: ComparisonSide): string {
	return side.kind === 'year' ? `${side.year} (uit ${side.version.id})` : side.version.id;
}

function heading(comparison: Comparison): string {
	return `Lokale keuzes: ${describeSide(comparison.a)} vergeleken met ${describeSide(comparison.b)}`;
}

function pairHeaders(pair: Comparison['pairs'][number]): string[] {
	const [oldLabel, newLabel] = pair.label.split(' → ');
	return ['Post', oldLabel ?? String(pair.oldYear), newLabel ?? String(pair.newYear), 'Verschil', '%', 'Verschil fte', 'Wat is er veranderd'];
}

function toCells(row: Row): string[] {
	return [row.name, row.oldAmount, row.newAmount, row.delta, row.percent, row.fte, row.change].map(plain);
}

/** A table for the terminal, numbers right-aligned. */
export function formatTable(comparison: Comparison): string {
	const out: string[] = [heading(comparison), ''];
	if (comparison.pairs.length === 0) out.push('Er zijn geen lokale keuzes om te vergelijken.');
	for (const pair of comparison.pairs) {
		const { body, total } = rows(pair.diff, versionsOf(comparison));
		const header = pairHeaders(pair);
		const table = [header, ...body.map(toCells), toCells(total)];
		const widths = header.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
		const numeric = [false, true, true, true, true, true, false];
		const render = (r: string[]) => r.map((c, i) => (numeric[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
		const rule = widths.map((w) => '-'.repeat(w)).join('  ');
		out.push(pair.label, render(header), rule, ...body.map((r) => render(toCells(r))), rule, render(toCells(total)), '');
	}
	return `${out.join('\n').trimEnd()}\n`;
}

/** A Markdown table per pair of years. */
export function formatMarkdown(comparison: Comparison): string {
	const escape = (text: string) => text.replace(/\|/g, '\\|');
	const out: string[] = [`## ${heading(comparison)}`, ''];
	if (comparison.pairs.length === 0) out.push('Er zijn geen lokale keuzes om te vergelijken.', '');
	for (const pair of comparison.pairs) {
		const { body, total } = rows(pair.diff, versionsOf(comparison));
		out.push(`### ${pair.label}`, '', `| ${pairHeaders(pair).join(' | ')} |`, '| :--- | ---: | ---: | ---: | ---: | ---: | :--- |');
		for (const r of body) out.push(`| ${toCells(r).map(escape).join(' | ')} |`);
		out.push(`| ${toCells(total).map((c, i) => (i < 6 && c !== '' ? `**${escape(c)}**` : escape(c))).join(' | ')} |`, '');
	}
	return `${out.join('\n').trimEnd()}\n`;
}

/** Columns of `npm run diff -- … --format csv`, documented in the README. */
export const DIFF_CSV_COLUMNS = [
	'oud_jaar',
	'nieuw_jaar',
	'post_id',
	'post',
	'oude_naam',
	'wijziging',
	'oud_bedrag',
	'nieuw_bedrag',
	'verschil_euro',
	'verschil_procent',
	'oud_fte',
	'nieuw_fte',
	'verschil_fte',
	'oud_is_voorstel',
	'nieuw_is_voorstel',
] as const;

const yesNo = (value: boolean | undefined) => (value === undefined ? '' : value ? 'ja' : 'nee');

/** One row per line and a row with the sum of the lines per pair of years; proposals are marked (columns: README). */
export function formatCsv(comparison: Comparison): string {
	const data: (string | number | undefined)[][] = [];
	const versions = versionsOf(comparison);
	for (const pair of comparison.pairs) {
		for (const line of pair.diff.lines) {
			data.push([
				pair.oldYear,
				pair.newYear,
				line.new?.id ?? line.old?.id,
				line.name,
				line.renamedFrom,
				lineChangeCodes[line.kind],
				line.old ? line.oldAmount : undefined,
				line.new ? line.newAmount : undefined,
				line.deltaEuros,
				line.deltaPercent ?? (line.old ? undefined : 'nieuw'),
				csvFte(line.oldFte),
				csvFte(line.newFte),
				csvFte(line.deltaFte),
				yesNo(line.old && isProposedAmount(line.old, versions.old)),
				yesNo(line.new && isProposedAmount(line.new, versions.new)),
			]);
		}
		const t = pair.diff.totals;
		const view = diffView(pair.diff, versions);
		data.push([pair.oldYear, pair.newYear, '', SUM_OF_LINES_LABEL, '', '', t.oldAmount, t.newAmount, t.deltaEuros, t.deltaPercent ?? 'nieuw', csvFte(t.oldFte), csvFte(t.newFte), csvFte(t.deltaFte), yesNo(view.total.oldProposed), yesNo(view.total.newProposed)]);
	}
	return toCsv(DIFF_CSV_COLUMNS, data);
}

const fteNumber = (hundredths: number | undefined) => (hundredths === undefined ? null : hundredths / 100);

function sideJson(side: ComparisonSide) {
	return side.kind === 'year' ? { kind: 'jaar', year: side.year, version: side.version.id } : { kind: 'versie', version: side.version.id, label: side.label };
}

/** A JSON-ready object: amounts in whole euros, percentages whole (null = "nieuw"), fte as numbers. */
export function comparisonJson(comparison: Comparison) {
	const versions = versionsOf(comparison);
	return {
		a: sideJson(comparison.a),
		b: sideJson(comparison.b),
		pairs: comparison.pairs.map((pair) => ({
			oldYear: pair.oldYear,
			newYear: pair.newYear,
			label: pair.label,
			lines: pair.diff.lines.map((line) => ({
				id: line.new?.id ?? line.old?.id ?? null,
				name: line.name,
				renamedFrom: line.renamedFrom ?? null,
				change: line.kind,
				aspects: line.aspects,
				matchedBy: line.matchedBy ?? null,
				oldAmount: line.old ? line.oldAmount : null,
				newAmount: line.new ? line.newAmount : null,
				deltaEuros: line.deltaEuros,
				deltaPercent: line.deltaPercent ?? null,
				oldFte: fteNumber(line.oldFte),
				newFte: fteNumber(line.newFte),
				deltaFte: fteNumber(line.deltaFte),
				oldIsProposal: line.old ? isProposedAmount(line.old, versions.old) : null,
				newIsProposal: line.new ? isProposedAmount(line.new, versions.new) : null,
			})),
			totals: {
				note: 'som van de posten in het archief, niet het totaal volgens de DVO',
				oldIsProposal: diffView(pair.diff, versions).total.oldProposed,
				newIsProposal: diffView(pair.diff, versions).total.newProposed,
				oldAmount: pair.diff.totals.oldAmount,
				newAmount: pair.diff.totals.newAmount,
				deltaEuros: pair.diff.totals.deltaEuros,
				deltaPercent: pair.diff.totals.deltaPercent ?? null,
				oldFte: fteNumber(pair.diff.totals.oldFte),
				newFte: fteNumber(pair.diff.totals.newFte),
				deltaFte: fteNumber(pair.diff.totals.deltaFte),
			},
			counts: pair.diff.counts,
		})),
	};
}

export function formatJson(comparison: Comparison, options: FormatOptions = {}): string {
	const json: Record<string, unknown> = comparisonJson(comparison);
	if (options.text) {
		const diff = comparisonTextDiff(comparison);
		json.text = diff
			? diff.sections.map((s) => ({ kind: s.kind, heading: s.heading, oldHeading: s.oldHeading ?? null, renamed: s.renamed, moved: s.moved, rewritten: s.rewritten, insertedWords: s.insertedWords, deletedWords: s.deletedWords, parts: s.parts }))
			: null;
	}
	return `${JSON.stringify(json, null, 2)}\n`;
}

export function formatComparison(comparison: Comparison, format: OutputFormat, options: FormatOptions = {}): string {
	switch (format) {
		case 'md':
			return options.text ? `${formatMarkdown(comparison)}\n${formatTextDiff(comparison, true)}` : formatMarkdown(comparison);
		case 'csv':
			return formatCsv(comparison);
		case 'json':
			return formatJson(comparison, options);
		default:
			return options.text ? `${formatTable(comparison)}\n${formatTextDiff(comparison, false)}` : formatTable(comparison);
	}
}
