/**
 * Every year's local choices side by side: one row per budget line across the years (followed
 * by id, or by name where there is none, through renames), each cell with the line's change
 * from the year before. The /lokale-keuzes/ page and its CSV and JSON downloads use this.
 */
import type { BudgetLine } from '../../schemas/dvo.ts';
import { sumEuros } from '../money.ts';
import { diffLines, lineKey, type LineDiff, type LinesDiff } from './compare.ts';
import { csvFte, toCsv } from './csv.ts';
import { fteHundredths } from './percent.ts';
import { isProposedAmount, isProposedYear } from './proposal.ts';
import { lineChangeCodes, SUM_OF_LINES_LABEL } from '../labels.ts';
import { yearSources, type DvoDocument } from './sources.ts';

export interface OverviewCell {
	/** The line in this year; undefined when the line is not in this year. */
	line?: BudgetLine;
	/** The change from the year before; undefined in the first year, or when the line is absent in both. */
	change?: LineDiff;
}

export interface OverviewRow {
	key: string;
	/** The line's most recent name. */
	name: string;
	/** Earlier names, oldest first, when the line was renamed. */
	formerNames: string[];
	/** One cell per year, in the order of `years`. */
	cells: OverviewCell[];
}

export interface OverviewYear {
	year: number;
	version: DvoDocument;
	sumOfLines: number;
	/** True when any amount of the year is a proposal (status voorgesteld, or from a draft). */
	proposed: boolean;
	statedTotal?: number;
	/** The change from the year before (totals and counts). */
	change?: LinesDiff;
}

export interface Overview {
	years: OverviewYear[];
	rows: OverviewRow[];
}

export function buildOverview(versions: readonly DvoDocument[]): Overview {
	const sources = yearSources(versions);
	const rows: OverviewRow[] = [];
	let previousRowOf = new Map<BudgetLine, OverviewRow>();
	const years: OverviewYear[] = sources.map((source, index) => {
		const rowOf = new Map<BudgetLine, OverviewRow>();
		const statedTotal = source.version.data.localChoices?.years.find((y) => y.year === source.year)?.total;
		const base: OverviewYear = { year: source.year, version: source.version, sumOfLines: sumEuros(source.lines.map((l) => l.amount)), proposed: isProposedYear(source.lines, source.version.data.version), statedTotal };
		if (index === 0) {
			for (const line of source.lines) {
				const row: OverviewRow = { key: lineKey(line), name: line.name, formerNames: [], cells: sources.map(() => ({})) };
				row.cells[0] = { line };
				rows.push(row);
				rowOf.set(line, row);
			}
			previousRowOf = rowOf;
			return base;
		}
		const diff = diffLines(sources[index - 1]!.lines, source.lines);
		for (const entry of diff.lines) {
			if (entry.kind === 'removed') {
				previousRowOf.get(entry.old!)!.cells[index] = { change: entry };
				continue;
			}
			let row = entry.old ? previousRowOf.get(entry.old) : undefined;
			// A line that comes back after a gap continues its old row.
			if (!row) row = rows.find((r) => r.key === entry.key && !r.cells[index]!.line && !r.cells[index - 1]!.line);
			if (!row) {
				row = { key: entry.key, name: entry.name, formerNames: [], cells: sources.map(() => ({})) };
				rows.push(row);
			}
			if (entry.renamedFrom !== undefined && !row.formerNames.includes(entry.renamedFrom)) row.formerNames.push(entry.renamedFrom);
			row.name = entry.name;
			row.cells[index] = { line: entry.new, change: entry };
			rowOf.set(entry.new!, row);
		}
		previousRowOf = rowOf;
		return { ...base, change: diff };
	});
	return { years, rows };
}

const changeWord = (change: LineDiff | undefined) => (change === undefined ? '' : lineChangeCodes[change.kind]);
const yesNo = (value: boolean) => (value ? 'ja' : 'nee');

/** True when the amount in this cell of that year is a proposal. */
export function isProposedCell(cell: OverviewCell, year: OverviewYear): boolean {
	return cell.line !== undefined && isProposedAmount(cell.line, year.version.data.version);
}

/** Columns of /lokale-keuzes/lokale-keuzes.csv, documented in the README. */
export const OVERVIEW_CSV_COLUMNS = [
	'jaar',
	'post_id',
	'post',
	'bedrag',
	'fte',
	'status',
	'wijziging_tov_vorig_jaar',
	'verschil_euro',
	'verschil_procent',
	'eerdere_naam',
	'bron',
	'is_voorstel',
] as const;

/**
 * One row per year and line (a line that stopped appears once more, in the year it stopped, as
 * "vervallen" with amount 0 and its negative difference), then one "Totaal" row per year.
 */
export function overviewCsv(overview: Overview): string {
	const data: (string | number | undefined)[][] = [];
	overview.years.forEach((year, index) => {
		for (const row of overview.rows) {
			const cell = row.cells[index]!;
			if (!cell.line && !cell.change) continue;
			const line = cell.line ?? cell.change!.old!;
			data.push([
				year.year,
				line.id,
				line.name,
				cell.line ? cell.line.amount : 0,
				csvFte(cell.line?.fte === undefined ? undefined : fteHundredths(cell.line.fte)),
				cell.line?.status ?? 'vervallen',
				changeWord(cell.change),
				cell.change?.deltaEuros,
				cell.change ? (cell.change.deltaPercent ?? (cell.change.kind === 'added' ? 'nieuw' : undefined)) : undefined,
				cell.change?.renamedFrom,
				year.version.data.title,
				yesNo(isProposedCell(cell, year)),
			]);
		}
		data.push([year.year, '', SUM_OF_LINES_LABEL, year.sumOfLines, '', '', '', year.change?.totals.deltaEuros, year.change ? (year.change.totals.deltaPercent ?? 'nieuw') : undefined, '', year.version.data.title, yesNo(year.proposed)]);
	});
	return toCsv(OVERVIEW_CSV_COLUMNS, data);
}

/** The JSON download: amounts in whole euros, fte as numbers, percentages whole (null: none). */
export function overviewJson(overview: Overview, meta: { fictional: boolean; councilName: string }) {
	return {
		fictief: meta.fictional,
		...(meta.fictional ? { let_op: 'VERZONNEN voorbeeld: deze bedragen bestaan niet.' } : {}),
		bron: meta.councilName,
		valuta: 'EUR',
		uitleg: {
			somVanPosten: 'opgeteld uit de posten in dit archief; niet het totaal dat de DVO zelf noemt (dat staat in totaalVolgensDvo, als de DVO het noemt)',
			isVoorstel: 'true: het bedrag is voorgesteld (status voorgesteld, of uit een ontwerp van de DVO), nog geen besluit',
		},
		jaren: overview.years.map((year, index) => ({
			jaar: year.year,
			versie: year.version.id,
			versieTitel: year.version.data.title,
			versieSoort: year.version.data.version,
			somVanPosten: year.sumOfLines,
			somIsVoorstel: year.proposed,
			totaalVolgensDvo: year.statedTotal ?? null,
			verschilEuro: year.change ? year.change.totals.deltaEuros : null,
			verschilProcent: year.change?.totals.deltaPercent ?? null,
			posten: overview.rows.flatMap((row) => {
				const cell = row.cells[index]!;
				if (!cell.line && !cell.change) return [];
				const line = cell.line ?? cell.change!.old!;
				return [
					{
						id: line.id ?? null,
						naam: line.name,
						bedrag: cell.line ? cell.line.amount : 0,
						fte: cell.line?.fte ?? null,
						status: cell.line?.status ?? 'vervallen',
						isVoorstel: isProposedCell(cell, year),
						toelichting: cell.line?.note ?? null,
						wijziging: changeWord(cell.change) || null,
						verschilEuro: cell.change?.deltaEuros ?? null,
						verschilProcent: cell.change?.deltaPercent ?? null,
						eerdereNaam: cell.change?.renamedFrom ?? null,
					},
				];
			}),
		})),
	};
}
