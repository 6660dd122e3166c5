/**
 * Ordering advice and describing its dates. The letter's own date is often not known; the
 * archive then orders by the dates the letter does mention, and never makes one up.
 */
import type { AdviceData } from '../../schemas/advice.ts';
import { adviceDateLabels } from '../labels.ts';

export interface AdviceRef {
	id: string;
	data: Pick<AdviceData, 'year' | 'dates' | 'title'>;
}

/** The most precise known date of an advice, for ordering only (not shown as "the date"). */
export function adviceSortDate(advice: AdviceRef): Date {
	const { letter, committee, requestedBefore, meeting } = advice.data.dates;
	return letter ?? meeting ?? requestedBefore ?? committee ?? new Date(Date.UTC(advice.data.year, 0, 1));
}

/** Newest first. */
export function sortAdviceNewestFirst<T extends AdviceRef>(list: readonly T[]): T[] {
	return [...list].sort((a, b) => adviceSortDate(b).getTime() - adviceSortDate(a).getTime() || b.id.localeCompare(a.id));
}

export interface LabelledDate {
	key: keyof typeof adviceDateLabels;
	label: string;
	date: Date;
}

/** The known dates in the order of events, each with its Dutch label. */
export function knownAdviceDates(dates: AdviceData['dates']): LabelledDate[] {
	const order = ['meeting', 'requestedBefore', 'letter', 'committee'] as const;
	return order.flatMap((key) => {
		const date = dates[key];
		return date ? [{ key, label: adviceDateLabels[key], date }] : [];
	});
}

/** At most this many advice on /adviezen/; the rest are on the pages per year. */
export const ADVICE_LIST_LIMIT = 30;

export interface AdviceYearGroup<T> {
	year: number;
	items: T[];
}

export interface AdviceListPlan<T> {
	/** The advice shown, grouped by year, newest first. */
	groups: AdviceYearGroup<T>[];
	/** Every year with advice and how many, newest first (for the links to the year pages). */
	years: { year: number; count: number }[];
	/** True when every advice is shown. */
	complete: boolean;
}

/** Advice grouped by year, newest first. */
export function groupAdviceByYear<T extends AdviceRef>(list: readonly T[]): AdviceYearGroup<T>[] {
	const groups = new Map<number, T[]>();
	for (const advice of sortAdviceNewestFirst(list)) (groups.get(advice.data.year) ?? groups.set(advice.data.year, []).get(advice.data.year)!).push(advice);
	return [...groups.entries()].sort(([a], [b]) => b - a).map(([year, items]) => ({ year, items }));
}

/**
 * What /adviezen/ shows: whole years, newest first, as long as they fit within `limit` advice
 * (at least the newest year), and the list of all years. A regional archive of thousands of
 * advice keeps a small list page; the rest is one click away on the page of its year.
 */
export function adviceListPlan<T extends AdviceRef>(list: readonly T[], limit = ADVICE_LIST_LIMIT): AdviceListPlan<T> {
	const all = groupAdviceByYear(list);
	const groups: AdviceYearGroup<T>[] = [];
	let count = 0;
	for (const group of all) {
		if (groups.length > 0 && count + group.items.length > limit) break;
		groups.push(group);
		count += group.items.length;
	}
	return { groups, years: all.map((g) => ({ year: g.year, count: g.items.length })), complete: count === list.length };
}

/** The addressee inside a sentence ("aan het college …"): its first letter in lower case. */
export function addresseeInSentence(addressee: string): string {
	return addressee.charAt(0).toLocaleLowerCase('nl') + addressee.slice(1);
}
