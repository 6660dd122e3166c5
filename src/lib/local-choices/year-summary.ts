/**
 * The figures shown for one year of local choices: its lines, their sum, and the year's total
 * when the document states one. Integer euros throughout.
 */
import type { LocalChoiceYear } from '../../schemas/dvo.ts';
import { sumEuros } from '../money.ts';

export interface YearSummary {
	year: number;
	lines: LocalChoiceYear['lines'];
	/** Sum of the listed lines. */
	sumOfLines: number;
	/** The total the document states, if it states one. */
	statedTotal?: number;
	/** Sum of the fte of the lines that state one; undefined when none does. */
	fteTotal?: number;
}

export function summarizeYear(year: LocalChoiceYear): YearSummary {
	const ftes = year.lines.flatMap((line) => (line.fte === undefined ? [] : [Math.round(line.fte * 100)]));
	return {
		year: year.year,
		lines: year.lines,
		sumOfLines: sumEuros(year.lines.map((line) => line.amount)),
		statedTotal: year.total,
		fteTotal: ftes.length === 0 ? undefined : ftes.reduce((a, b) => a + b, 0) / 100,
	};
}
