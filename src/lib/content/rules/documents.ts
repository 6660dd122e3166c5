/**
 * Rule: each DVO version on its own. Its folder and file name match its period and version,
 * its years lie in its period, and no year or budget line appears twice.
 */
import { periodSlug } from '../archive-layout.ts';
import { formatFieldPath, type ContentProblem } from '../problems.ts';
import type { Rule } from './rule.ts';

export const documentRule: Rule = ({ dvo }) => {
	const problems: ContentProblem[] = [];
	for (const version of dvo) {
		const { firstYear, lastYear } = version.data.period;
		const [folder, file] = version.id.split('/');
		const expectedFolder = periodSlug(firstYear, lastYear);
		if (folder !== expectedFolder) {
			problems.push({
				severity: 'error',
				file: version.displayPath,
				line: version.lineOf(['period']),
				field: 'period',
				message: `de periode ${firstYear}-${lastYear} past niet bij de map "${folder}"`,
				fix: `zet het bestand in de map dvo/${expectedFolder}/ of pas de periode aan`,
			});
		}
		if (!file || !file.startsWith(version.data.version)) {
			problems.push({
				severity: 'error',
				file: version.displayPath,
				line: version.lineOf(['version']),
				field: 'version',
				message: `de versie "${version.data.version}" past niet bij de bestandsnaam "${file}.mdx"`,
				fix: `noem het bestand ${version.data.version}.mdx (of bijvoorbeeld ${version.data.version}-2.mdx voor een tweede wijziging)`,
			});
		}
		const years = version.data.localChoices?.years ?? [];
		const seenYears = new Set<number>();
		years.forEach((y, index) => {
			const yearPath = ['localChoices', 'years', index, 'year'];
			if (y.year < firstYear || y.year > lastYear) {
				problems.push({
					severity: 'error',
					file: version.displayPath,
					line: version.lineOf(yearPath),
					field: formatFieldPath(yearPath),
					message: `het jaar ${y.year} valt buiten de periode ${firstYear}-${lastYear}`,
					fix: 'corrigeer het jaar of de periode',
				});
			}
			if (seenYears.has(y.year)) {
				problems.push({
					severity: 'error',
					file: version.displayPath,
					line: version.lineOf(yearPath),
					field: formatFieldPath(yearPath),
					message: `het jaar ${y.year} staat twee keer in de lokale keuzes`,
					fix: 'voeg de posten van dat jaar samen onder één jaar',
				});
			}
			seenYears.add(y.year);
			const lineIds = new Set<string>();
			y.lines.forEach((budgetLine, lineIndex) => {
				const key = budgetLine.id ?? budgetLine.name;
				if (lineIds.has(key)) {
					problems.push({
						severity: 'error',
						file: version.displayPath,
						line: version.lineOf(['localChoices', 'years', index, 'lines', lineIndex]),
						field: formatFieldPath(['localChoices', 'years', index, 'lines', lineIndex, 'id']),
						message: `de post "${key}" staat twee keer in ${y.year}`,
						fix: 'geef elke post in een jaar een eigen id',
					});
				}
				lineIds.add(key);
			});
		});
	}
	return problems;
};
