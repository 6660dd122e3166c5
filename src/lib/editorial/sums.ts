/**
 * The sums check for a DVO version's local choices: the lines of a year never add up to more
 * than the year's stated total, and where the document states the available budget, the
 * stated total is the stated share of it (whole percent, rounded). Integer euros throughout.
 */
import type { DvoData } from '../../schemas/dvo.ts';
import { formatEuros, formatPercent, sumEuros } from '../money.ts';
import type { ContentProblem } from '../content/problems.ts';
import { formatFieldPath } from '../content/problems.ts';

/** Finds the line of a field path in the file, when known. */
export type LineFinder = (path: readonly PropertyKey[]) => number | undefined;

/** True when `part` is `percent` % of `whole`, rounded to a whole percent (integer arithmetic only). */
export function isShareOf(part: number, whole: number, percent: number): boolean {
	if (whole === 0) return part === 0;
	// |part / whole − percent / 100| ≤ 0.5 / 100, multiplied out to stay in integers.
	return Math.abs(part * 200 - percent * whole * 2) <= whole;
}

export function sumProblems(data: DvoData, file: string, lineOf: LineFinder): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const share = data.localChoices?.sharePercent;
	(data.localChoices?.years ?? []).forEach((year, index) => {
		const path = ['localChoices', 'years', index];
		const sum = sumEuros(year.lines.map((line) => line.amount));
		if (year.total !== undefined && sum > year.total) {
			problems.push({
				severity: 'error',
				file,
				line: lineOf([...path, 'total']),
				field: formatFieldPath([...path, 'total']),
				message: `de posten van ${year.year} tellen op tot ${formatEuros(sum)}, meer dan het totaal van ${formatEuros(year.total)}`,
				fix: `controleer de bedragen van de posten in ${year.year} en het totaal (schrijf bedragen zonder punt, bijvoorbeeld 81000)`,
			});
		}
		if (share !== undefined && year.availableBudget !== undefined) {
			const localTotal = year.total ?? sum;
			if (!isShareOf(localTotal, year.availableBudget, share)) {
				const actual = year.availableBudget === 0 ? 0 : Math.round((localTotal * 100) / year.availableBudget);
				problems.push({
					severity: 'error',
					file,
					line: lineOf([...path, 'availableBudget']),
					field: formatFieldPath([...path, 'availableBudget']),
					message: `de lokale keuzes van ${year.year} (${formatEuros(localTotal)}) zijn ${formatPercent(actual)} van het beschikbare budget van ${formatEuros(year.availableBudget)}, niet de ${formatPercent(share)} die bij sharePercent staat`,
					fix: `controleer sharePercent, availableBudget en ${year.total === undefined ? 'de bedragen van de posten' : 'total'} van ${year.year}`,
				});
			}
		}
	});
	return problems;
}
