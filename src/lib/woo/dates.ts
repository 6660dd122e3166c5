/**
 * Which date a document gets in the open metadata, and when it last changed. Only dates the
 * content holds are used, never the build time: a date the archive does not know stays unknown.
 *
 * The creation date (DiWoo `creatiedatum`, schema.org `dateCreated`):
 * - an advice: the date of the letter; a letter without a date of its own gets the date of the
 *   meeting in which the council discussed the advice (the page says so);
 * - a DVO version: its `versionDate`;
 * - a response of the college: the date of its letter or decision.
 *
 * The last change (`lastmod`, `dateModified`): the creation date, or the date of the latest
 * erratum when there is one. The lock on published texts makes every change to a published
 * text come with an erratum, so a correction always moves this date.
 */
import type { AdviceData } from '../../schemas/advice.ts';
import type { DvoData } from '../../schemas/dvo.ts';
import type { Erratum } from '../../schemas/errata.ts';

/** Where a creation date comes from; the page explains any rule other than the document's own date. */
export type CreationDateSource = 'letter' | 'meeting' | 'versionDate' | 'response';

export interface CreationDate {
	date: Date;
	source: CreationDateSource;
}

/** An advice's creation date: the letter's date, else the meeting where the council discussed it. */
export function adviceCreationDate(dates: AdviceData['dates']): CreationDate | undefined {
	if (dates.letter) return { date: dates.letter, source: 'letter' };
	if (dates.meeting) return { date: dates.meeting, source: 'meeting' };
	return undefined;
}

/** A DVO version's creation date: the date of the version, when the archive knows it. */
export function dvoCreationDate(data: Pick<DvoData, 'versionDate'>): CreationDate | undefined {
	return data.versionDate ? { date: data.versionDate, source: 'versionDate' } : undefined;
}

/** The latest of the creation date and the errata dates. */
export function lastModified(created: Date, errata: readonly Pick<Erratum, 'date'>[]): Date {
	return errata.reduce((latest, erratum) => (erratum.date.getTime() > latest.getTime() ? erratum.date : latest), created);
}

/** xs:date: 2025-09-19. Content dates are days at midnight UTC (src/lib/dates.ts). */
export function xsDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/**
 * xs:dateTime for a day: 2025-09-19T00:00:00. The archive knows days, not times, so the time
 * is the start of the day and no time zone is claimed.
 */
export function xsDateTime(date: Date): string {
	return `${xsDate(date)}T00:00:00`;
}
