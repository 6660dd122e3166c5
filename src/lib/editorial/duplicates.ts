/**
 * Two documents that are one: the same text under another file name, or the same title and
 * date. A copy of an advice would publish the advice twice and count its points twice in the
 * follow-up overview, so the second one is an error that names the first.
 */
import type { AdviceData } from '../../schemas/advice.ts';
import type { DvoData } from '../../schemas/dvo.ts';
import { toIsoDate } from '../dates.ts';
import type { ContentProblem } from '../content/problems.ts';

/** The part of a checked document this rule reads. */
export interface DuplicateCandidate<T> {
	displayPath: string;
	data: T;
	body: string;
	bodyStartLine: number;
	/**
	 * The line of the title field, for the report: asked only for a document that is reported
	 * (finding a line re-reads the frontmatter, too costly for every document of a large archive).
	 */
	titleLine?: () => number | undefined;
}

/** Text as a reader sees it: the same words in the same order, whatever the spacing. */
function normalisedText(body: string): string {
	return body.replace(/\s+/g, ' ').trim().toLowerCase();
}

function adviceDate(data: AdviceData): string {
	return data.dates.letter ? toIsoDate(data.dates.letter) : String(data.year);
}

function dvoDate(data: DvoData): string {
	return `${data.period.firstYear}-${data.period.lastYear} ${data.version}${data.versionDate ? ` ${toIsoDate(data.versionDate)}` : ''}`;
}

/**
 * What makes two documents the same text: an advice's letter; a DVO version's title, figures and
 * text together (versions of one agreement may share their text and differ in their figures).
 */
const adviceText = (doc: DuplicateCandidate<AdviceData>) => normalisedText(doc.body);
const dvoText = (doc: DuplicateCandidate<DvoData>) => `${normalisedText(doc.data.title)}\u0000${JSON.stringify(doc.data.localChoices ?? null)}\u0000${normalisedText(doc.body)}`;

function findDuplicates<T>(docs: readonly DuplicateCandidate<T>[], textOf: (doc: DuplicateCandidate<T>) => string, titleAndDate: (data: T) => string, kind: string): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const byText = new Map<string, string>();
	const byTitle = new Map<string, string>();
	for (const doc of [...docs].sort((a, b) => a.displayPath.localeCompare(b.displayPath))) {
		const text = normalisedText(doc.body).length > 0 ? textOf(doc) : '';
		const firstWithText = text.length > 0 ? byText.get(text) : undefined;
		if (firstWithText) {
			problems.push({
				severity: 'error',
				file: doc.displayPath,
				line: doc.bodyStartLine + Math.max(0, doc.body.split('\n').findIndex((l) => l.trim() !== '')),
				field: 'tekst',
				message: `dit ${kind} heeft dezelfde tekst als ${firstWithText}; het zou twee keer gepubliceerd worden`,
				fix: `verwijder de kopie; is het een nieuwe versie, zet dan de nieuwe tekst erin`,
			});
		} else if (text.length > 0) byText.set(text, doc.displayPath);
		const key = `${normalisedText(String((doc.data as { title?: unknown }).title ?? ''))}\u0000${titleAndDate(doc.data)}`;
		const firstWithTitle = byTitle.get(key);
		if (firstWithTitle && !firstWithText) {
			problems.push({
				severity: 'error',
				file: doc.displayPath,
				line: doc.titleLine?.(),
				field: 'title',
				message: `dit ${kind} heeft dezelfde titel en datum als ${firstWithTitle}`,
				fix: 'geef elk document een eigen titel, of verwijder de kopie',
			});
		} else if (!firstWithTitle) byTitle.set(key, doc.displayPath);
	}
	return problems;
}

/** Duplicate advice and duplicate DVO versions in an archive. */
export function duplicateProblems(advice: readonly DuplicateCandidate<AdviceData>[], dvo: readonly DuplicateCandidate<DvoData>[]): ContentProblem[] {
	return [...findDuplicates(advice, adviceText, adviceDate, 'advies'), ...findDuplicates(dvo, dvoText, dvoDate, 'document')];
}
