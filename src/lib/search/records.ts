/**
 * The pages besides documents that the search index holds, as Pagefind custom records made from
 * the content data (not from their HTML, so no menu or footer text can slip in and the pages'
 * markup is free to change): the local-choices overview, each comparison (its money part as
 * sentences), the follow-up of each advice (every point with its status), and each glossary term. Every record links
 * to the page (and place) that answers it and carries its kind in the filter "Soort document".
 *
 * Table rows become sentences ("Participatiecoaching 2026: € 81.000, 0,9 fte, voorgesteld (een
 * voorstel)."), so that excerpts read as text and a proposal reads as a proposal.
 */
import type { BudgetLine } from '../../schemas/dvo.ts';
import type { GlossaryTerm } from '../../schemas/glossary.ts';
import { budgetStatusLabels, followUpLabels, pointKindLabels } from '../labels.ts';
import { formatEuros, formatFte } from '../money.ts';
import { followUpPointPath, glossaryTermPath, localChoicesPath } from '../routes.ts';
import type { LineDiff, LinesDiff } from '../local-choices/compare.ts';
import { buildOverview } from '../local-choices/overview.ts';
import { compareSides, publishedComparisons, type DvoDocument } from '../local-choices/sources.ts';
import type { FollowUpItem } from '../follow-up/overview.ts';
import { FILTERS, PAGE_TYPES, years, type PageType } from './facets.ts';

/** One record for Pagefind's addCustomRecord, with the URL of the page that answers it. */
export interface SearchRecord {
	url: string;
	title: string;
	type: PageType;
	/** Plain text: sentences, never table cells run together. */
	content: string;
	filters: Record<string, string[]>;
	/** YYYY-MM-DD for "newest first"; records without a date of their own sort last. */
	sortDate: string;
	/** Shown with the result instead of a date, e.g. "2026-2027". */
	period?: string;
	/** Shown with the follow-up of an advice: its points by status, as this archive records them. */
	status?: string;
}

/** Index text uses plain spaces: Intl's non-breaking ones would glue "€" to the amount as one word. */
function plainSpaces(text: string): string {
	return text.replace(/\u00a0/g, ' ');
}

/** The sort date of records without a date of their own: before every dated record. */
export const NO_DATE = '0000-01-01';

/** "voorgesteld (een voorstel)": the status as a word; a proposal says it is one. */
export function statusWords(status: BudgetLine['status']): string {
	const label = budgetStatusLabels[status].toLocaleLowerCase('nl');
	return status === 'voorgesteld' ? `${label} (een voorstel)` : label;
}

/** "Participatiecoaching 2026: € 81.000, 0,9 fte, voorgesteld (een voorstel). Toelichting." */
export function budgetLineSentence(line: Pick<BudgetLine, 'name' | 'amount' | 'fte' | 'status' | 'note'>, year: number): string {
	const parts = [formatEuros(line.amount), ...(line.fte === undefined ? [] : [formatFte(line.fte)]), statusWords(line.status)];
	const note = line.note?.trim();
	return plainSpaces(`${line.name} ${year}: ${parts.join(', ')}.${note ? ` ${/[.!?]$/.test(note) ? note : `${note}.`}` : ''}`);
}

function change(delta: number, percent: number | undefined): string {
	if (delta === 0) return 'gelijk gebleven';
	const size = `${formatEuros(Math.abs(delta))} ${delta > 0 ? 'meer' : 'minder'}`;
	return percent === undefined ? size : `${size} (${delta > 0 ? '+' : '−'}${Math.abs(percent)}%)`;
}

/** One changed, added, removed or unchanged line of a comparison, as a sentence. */
export function lineDiffSentence(line: LineDiff, oldYear: number, newYear: number): string {
	return plainSpaces(lineDiffWords(line, oldYear, newYear));
}

function lineDiffWords(line: LineDiff, oldYear: number, newYear: number): string {
	const name = line.renamedFrom ? `${line.name} (eerder ${line.renamedFrom})` : line.name;
	if (line.kind === 'added') return `${name}: nieuw in ${newYear}, ${formatEuros(line.newAmount)}${line.new ? `, ${statusWords(line.new.status)}` : ''}.`;
	if (line.kind === 'removed') return `${name}: vervallen in ${newYear}; in ${oldYear} ${formatEuros(line.oldAmount)}.`;
	const status = line.new ? `, ${statusWords(line.new.status)}` : '';
	return `${name}: ${oldYear} ${formatEuros(line.oldAmount)}, ${newYear} ${formatEuros(line.newAmount)}${status}; ${change(line.deltaEuros, line.deltaPercent)}.`;
}

function totalSentence(diff: LinesDiff, oldYear: number, newYear: number): string {
	const { oldAmount, newAmount, deltaEuros, deltaPercent } = diff.totals;
	return `Samen (opgeteld): ${oldYear} ${formatEuros(oldAmount)}, ${newYear} ${formatEuros(newAmount)}; ${change(deltaEuros, deltaPercent)}.`;
}

const latest = (dates: string[]) => dates.reduce((a, b) => (b > a ? b : a), NO_DATE);

/** /lokale-keuzes/: every year's lines as sentences. */
export function localChoicesRecord(versions: readonly DvoDocument[]): SearchRecord | undefined {
	const overview = buildOverview(versions);
	if (overview.years.length === 0) return undefined;
	const sentences = ['Lokale keuzes per jaar: het deel van het budget waarover de gemeente zelf beslist.'];
	for (const year of overview.years) {
		const lines = year.version.data.localChoices?.years.find((y) => y.year === year.year)?.lines ?? [];
		for (const line of lines) sentences.push(budgetLineSentence(line, year.year));
		sentences.push(`Samen ${year.year} (opgeteld): ${formatEuros(year.sumOfLines)}, uit ${year.version.data.title}.`);
	}
	const first = overview.years[0]!.year;
	const last = overview.years.at(-1)!.year;
	return {
		url: localChoicesPath(),
		title: 'Lokale keuzes per jaar',
		type: PAGE_TYPES.localChoices,
		content: plainSpaces(sentences.join(' ')),
		filters: { [FILTERS.type]: [PAGE_TYPES.localChoices], [FILTERS.dvoYears]: years(first, last), [FILTERS.topic]: ['Lokale keuzes'] },
		sortDate: `${last}-01-01`,
		period: first === last ? String(first) : `${first}-${last}`,
	};
}

/** Each published comparison: its money part as sentences. */
export function comparisonRecords(versions: readonly DvoDocument[]): SearchRecord[] {
	return publishedComparisons(versions).map((link) => {
		const comparison = compareSides(link.a, link.b);
		const { a, b } = comparison;
		const title = a.kind === 'year' ? `Lokale keuzes ${a.label} en ${b.label} vergeleken` : `${a.label} en ${b.label} vergeleken`;
		const sentences = [`Wat er veranderde van ${a.label} naar ${b.label}. Oud: ${a.version.data.title}. Nieuw: ${b.version.data.title}.`];
		for (const pair of comparison.pairs) {
			sentences.push(`Lokale keuzes ${pair.label}:`);
			for (const line of pair.diff.lines) sentences.push(lineDiffSentence(line, pair.oldYear, pair.newYear));
			sentences.push(totalSentence(pair.diff, pair.oldYear, pair.newYear));
		}
		const covered = [a.version.data.period, b.version.data.period].flatMap((p) => years(p.firstYear, p.lastYear));
		const yearsCovered = a.kind === 'year' && b.kind === 'year' ? [String(a.year), String(b.year)] : [...new Set(covered)].sort();
		const dates = [a.version, b.version].map((v) => (v.data.versionDate ? v.data.versionDate.toISOString().slice(0, 10) : `${v.data.period.firstYear - 1}-12-31`));
		return {
			url: link.path,
			title,
			type: PAGE_TYPES.comparison,
			content: plainSpaces(sentences.join(' ')),
			filters: { [FILTERS.type]: [PAGE_TYPES.comparison], [FILTERS.dvoYears]: yearsCovered, [FILTERS.topic]: ['Lokale keuzes'] },
			sortDate: latest(dates),
			period: `${a.label} en ${b.label}`,
		};
	});
}

/** "geen reactie in het archief", "beantwoord": a status as this archive records it (the labels say what the archive holds). */
function statusText(status: FollowUpItem['followUp']['status']): string {
	return followUpLabels[status].toLocaleLowerCase('nl');
}

/** "Vraag: Waarop baseert het college dat? Opvolging: beantwoord. Reactie van het college: … Onderwerp: lokale binding." */
export function followUpSentence(item: FollowUpItem): string {
	const kind = pointKindLabels[item.point.kind] ?? item.point.kind;
	const response = item.followUp.current?.response?.trim();
	return [`${kind}: ${item.point.text.trim()}`, `Opvolging: ${statusText(item.followUp.status)}.`, ...(response ? [`Reactie van het college: ${response}`] : []), `Onderwerp: ${item.point.topic}.`].join(' ');
}

/**
 * The points of each advice on /opvolging/, one record per advice (at its first point), each point
 * a few sentences with its status right after its text, so the excerpt of a found point shows
 * what happened to it. One record per advice rather than per point keeps the index small: every
 * record costs every visitor bytes in Pagefind's metadata file.
 */
export function followUpRecords(items: readonly FollowUpItem[], adviceDate: (adviceId: string) => string): SearchRecord[] {
	const byAdvice = new Map<string, FollowUpItem[]>();
	for (const item of items) byAdvice.set(item.adviceId, [...(byAdvice.get(item.adviceId) ?? []), item]);
	return [...byAdvice.values()].map((points) => {
		const first = points[0]!;
		const counts = new Map<string, number>();
		for (const p of points) counts.set(statusText(p.followUp.status), (counts.get(statusText(p.followUp.status)) ?? 0) + 1);
		const summary = `${points.length} ${points.length === 1 ? 'punt' : 'punten'}: ${[...counts].map(([status, n]) => `${n} ${status}`).join(', ')}`;
		return {
			url: followUpPointPath(first.adviceId, first.point.id),
			title: `Opvolging van ${first.adviceTitle}`,
			type: PAGE_TYPES.followUp,
			content: plainSpaces([`Opvolging van de punten uit ${first.adviceTitle} (${first.year}).`, ...points.map(followUpSentence)].join(' ')),
			filters: {
				[FILTERS.type]: [PAGE_TYPES.followUp],
				[FILTERS.adviceYear]: [String(first.year)],
				[FILTERS.topic]: [...new Set(points.map((p) => capitalize(p.point.topic)))],
				[FILTERS.followUp]: [...new Set(points.map((p) => followUpLabels[p.followUp.status]))],
			},
			sortDate: adviceDate(first.adviceId),
			status: summary,
		};
	});
}

function capitalize(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Each glossary term, with its everyday words, at its place on /begrippen/. */
export function glossaryRecords(terms: readonly GlossaryTerm[]): SearchRecord[] {
	return terms.map((term) => {
		const everyday = term.everydayWords ?? [];
		const sentences = [
			`${term.term}${term.expansion ? ` (${term.expansion})` : ''}: ${term.definition.trim()}`,
			...(everyday.length ? [`Ook wel: ${everyday.join(', ')}.`] : []),
		];
		return {
			url: glossaryTermPath(term.id),
			title: term.term,
			type: PAGE_TYPES.glossary,
			content: plainSpaces(sentences.join(' ')),
			filters: { [FILTERS.type]: [PAGE_TYPES.glossary] },
			sortDate: NO_DATE,
		};
	});
}
