/**
 * Rule: references between documents. An advice names an existing DVO version, source letter,
 * heading (a point's section) and related points; a DVO version names an existing advice.
 */
import { headingIds } from '../heading-ids.ts';
import { formatFieldPath, type ContentProblem } from '../problems.ts';
import type { Rule } from './rule.ts';

export const referenceRule: Rule = ({ archive, advice, dvo, allAdviceIds, allDvoIds }) => {
	const problems: ContentProblem[] = [];
	for (const version of dvo) {
		const adviceRef = version.data.source.advice;
		if (adviceRef && !allAdviceIds.has(adviceRef)) {
			problems.push({
				severity: 'error',
				file: version.displayPath,
				line: version.lineOf(['source', 'advice']),
				field: 'source → advice',
				message: `er is geen advies met de naam "${adviceRef}"`,
				fix: `kies een bestaand advies: ${[...allAdviceIds].join(', ') || '(er zijn nog geen adviezen)'}`,
			});
		}
	}
	const pointIndex = new Set(advice.flatMap((a) => a.data.points.map((p) => `${a.id}#${p.id}`)));
	for (const item of advice) {
		if (!allDvoIds.has(item.data.dvo)) {
			problems.push({
				severity: 'error',
				file: item.displayPath,
				line: item.lineOf(['dvo']),
				field: 'dvo',
				message: `er is geen DVO-versie "${item.data.dvo}"`,
				fix: `schrijf periode/versie van een bestaande DVO-versie: ${[...allDvoIds].sort().join(', ') || '(er zijn nog geen DVO-versies)'}`,
			});
		}
		if (item.data.sourceFile && !archive.sourceFiles.includes(item.data.sourceFile)) {
			problems.push({
				severity: 'error',
				file: item.displayPath,
				line: item.lineOf(['sourceFile']),
				field: 'sourceFile',
				message: `de bronbrief "${item.data.sourceFile}" staat niet in de map bronnen`,
				fix: 'zet de ontvangen brief in content/bronnen/ en schrijf hier bronnen/<bestandsnaam>',
			});
		}
		const headings = new Set(headingIds(item.body));
		item.data.points.forEach((point, index) => {
			if (point.section && !headings.has(point.section)) {
				problems.push({
					severity: 'error',
					file: item.displayPath,
					line: item.lineOf(['points', index, 'section']),
					field: formatFieldPath(['points', index, 'section']),
					message: `er is geen kop met de code "${point.section}" in de tekst`,
					fix: `kies een van: ${[...headings].join(', ') || '(de tekst heeft geen koppen)'}`,
				});
			}
			point.related.forEach((ref, refIndex) => {
				if (!pointIndex.has(ref)) {
					problems.push({
						severity: 'error',
						file: item.displayPath,
						line: item.lineOf(['points', index, 'related', refIndex]),
						field: formatFieldPath(['points', index, 'related', refIndex]),
						message: `het punt "${ref}" bestaat niet`,
						fix: 'schrijf <advies>#<punt>, bijvoorbeeld 2025-dvo-2026-2027#lokale-verankering',
					});
				}
			});
		});
	}
	return problems;
};
