/**
 * The /lokale-keuzes/ page as it is shown: the latest few years side by side (so the table
 * fits a desk and a phone however long the archive grows), every amount with its change from
 * the year before and its proposal marker, and the older years one click away (the comparison
 * page of each pair of years). The chart shows the same latest years, at most CHART_YEARS.
 */
import { PROPOSAL_MARKER, SUM_OF_LINES_LABEL } from '../labels.ts';
import { formatEuroChange, formatEuros } from '../money.ts';
import type { ChartDatum } from './chart.ts';
import { isProposedCell, type Overview, type OverviewCell, type OverviewYear } from './overview.ts';
import { formatPercentChange } from './percent.ts';

/** Years side by side in the table. */
export const TABLE_YEARS = 3;
/** Bars in the chart. */
export const CHART_YEARS = 10;

export interface ViewCell {
	/** "€ 81.000", or empty when the line is not in this year. */
	amount: string;
	/** Set when the amount is a proposal: the marker word. */
	marker?: string;
	/** "+ € 10.000 (+71%)", "nieuw", "vervallen (was € 6.000)", "gelijk bedrag"; empty in the first year. */
	change: string;
}

export interface ViewRow {
	id: string;
	name: string;
	formerNames: string[];
	cells: ViewCell[];
}

export interface OverviewView {
	years: number[];
	/** Years before the shown ones, oldest first. */
	olderYears: number[];
	rows: ViewRow[];
	total: { label: string; cells: ViewCell[] };
}

/** The change of one cell from the year before, in words. */
export function cellChange(cell: OverviewCell): string {
	const c = cell.change;
	if (!c) return '';
	if (c.kind === 'added') return 'nieuw';
	if (c.kind === 'removed') return `vervallen (was ${formatEuros(c.oldAmount)})`;
	const renamed = c.renamedFrom ? `, was ${c.renamedFrom}` : '';
	if (c.deltaEuros === 0) return `gelijk bedrag${renamed}`;
	return `${formatEuroChange(c.deltaEuros)} (${formatPercentChange(c.deltaPercent)})${renamed}`;
}

function yearTotal(year: OverviewYear): ViewCell {
	return {
		amount: formatEuros(year.sumOfLines),
		...(year.proposed ? { marker: PROPOSAL_MARKER } : {}),
		change: year.change ? `${formatEuroChange(year.change.totals.deltaEuros)} (${formatPercentChange(year.change.totals.deltaPercent)})` : '',
	};
}

/** The latest `count` years of the overview, ready to show. */
export function overviewView(overview: Overview, count = TABLE_YEARS): OverviewView {
	const first = Math.max(0, overview.years.length - count);
	const shown = overview.years.slice(first);
	const rows = overview.rows
		.map((row) => ({ row, cells: row.cells.slice(first) }))
		.filter(({ cells }) => cells.some((c) => c.line || c.change))
		.map(({ row, cells }) => ({
			id: `post-${row.key.replace(/[^a-z0-9-]/g, '-')}`,
			name: row.name,
			formerNames: row.formerNames,
			cells: cells.map((cell, i) => ({
				amount: cell.line ? formatEuros(cell.line.amount) : '',
				...(isProposedCell(cell, shown[i]!) ? { marker: PROPOSAL_MARKER } : {}),
				change: cellChange(cell),
			})),
		}));
	return {
		years: shown.map((y) => y.year),
		olderYears: overview.years.slice(0, first).map((y) => y.year),
		rows,
		total: { label: SUM_OF_LINES_LABEL, cells: shown.map(yearTotal) },
	};
}

/** The chart's bars: the sum of the lines of the latest `count` years, proposals marked. */
export function chartData(overview: Overview, count = CHART_YEARS): ChartDatum[] {
	return overview.years.slice(-count).map((y) => ({ label: String(y.year), value: y.sumOfLines, proposed: y.proposed }));
}
