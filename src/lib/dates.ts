/**
 * Calendar dates for the archive. Content dates are days, not instants: they are kept as
 * Date objects at midnight UTC and always formatted in UTC, so that a build in another time
 * zone never shows 18 September for a meeting on 19 September.
 */

export { parseIsoDate } from '../schemas/primitives.ts';

/** The date as YYYY-MM-DD, for machine-readable attributes (`<time datetime>`) and data files. */
export function toIsoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}

const longDate = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "19 september 2025" */
export function formatDate(date: Date): string {
	return longDate.format(date);
}

