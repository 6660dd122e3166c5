/**
 * Draft wording in a final DVO version. A final or amended version made from the draft easily
 * keeps the draft's words: a line still "voorgesteld", a note "Voorstel van het college", a
 * title with "ontwerp". In a version where the decision has been taken that would tell readers
 * something is still a proposal; the check points each one out (a warning: the editor decides).
 */
import type { DvoData } from '../../schemas/dvo.ts';
import type { ContentProblem } from '../content/problems.ts';

const PROPOSAL_WORDS = /\b(voorstel(?:len)?|voorgesteld(?:e)?|ontwerp(?:versie|-dvo)?)\b/i;

export interface DraftWordingDocument {
	displayPath: string;
	data: Pick<DvoData, 'title' | 'version' | 'localChoices'>;
}

/**
 * Warnings for draft wording in a version that is not a draft.
 * @param lineOf the 1-based line of a frontmatter field path in the file, when known
 */
export function draftWordingWarnings(doc: DraftWordingDocument, lineOf: (path: readonly PropertyKey[]) => number | undefined): ContentProblem[] {
	if (doc.data.version === 'ontwerp') return [];
	const kind = doc.data.version === 'vastgesteld' ? 'een vastgestelde versie' : 'een gewijzigde versie';
	const problems: ContentProblem[] = [];
	const warn = (path: readonly PropertyKey[], field: string, message: string, fix: string) =>
		problems.push({ severity: 'warning', file: doc.displayPath, line: lineOf(path), field, message, fix });

	if (/\bontwerp/i.test(doc.data.title)) {
		warn(['title'], 'title', `de titel noemt dit een ontwerp, maar dit is ${kind}`, 'haal "ontwerp" uit de titel, bijvoorbeeld: DVO WerkBedrijf 2026-2027');
	}
	doc.data.localChoices?.years.forEach((year, y) => {
		year.lines.forEach((line, l) => {
			const where = `${line.name} (${year.year})`;
			if (line.status === 'voorgesteld') {
				warn(['localChoices', 'years', y, 'lines', l, 'status'], `${line.name} ${year.year} → status`, `${where} heeft nog de status "voorgesteld" uit het ontwerp, maar dit is ${kind}`, 'kies de status die in deze versie geldt: toegekend, nog-niet-ingevuld of vervallen');
			}
			const words = line.note ? PROPOSAL_WORDS.exec(line.note) : null;
			if (words) {
				warn(['localChoices', 'years', y, 'lines', l, 'note'], `${line.name} ${year.year} → note`, `de toelichting bij ${where} spreekt nog van "${words[0]}", maar dit is ${kind}`, 'schrijf wat in deze versie besloten is; citeert de toelichting het ontwerp bewust, zeg dat dan ("In het ontwerp stond: …")');
			}
		});
	});
	return problems;
}
