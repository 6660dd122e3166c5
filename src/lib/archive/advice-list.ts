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
