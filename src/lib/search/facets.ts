/**
 * What the search index knows about a page besides its text: the filters people narrow by
 * (soort document, jaar van het advies, over DVO-jaren, onderwerp, versie), the date to sort on,
 * and what a result shows (title, type, date). Document pages render these as Pagefind
 * attributes; the other pages' records (records.ts) carry them directly.
 */
import type { AdviceData } from '../../schemas/advice.ts';
import type { DvoData } from '../../schemas/dvo.ts';
import { formatDate, toIsoDate } from '../dates.ts';
import { adviceSortDate } from '../archive/advice-list.ts';
import { versionLabels } from '../labels.ts';

/**
 * Filter names, as the search page shows them. An advice's own year and the years a DVO covers
 * are two filters: a letter of 2025 is about the DVO years 2026 and 2027.
 */
export const FILTERS = { type: 'Soort document', adviceYear: 'Jaar van het advies', dvoYears: 'Over DVO-jaren', topic: 'Onderwerp', version: 'Versie', followUp: 'Opvolging' } as const;

/** The values of the filter "Soort document": one per kind of page in the index. */
export const PAGE_TYPES = {
	advice: 'Advies',
	dvo: 'DVO',
	localChoices: 'Lokale keuzes',
	comparison: 'Vergelijking',
	followUp: 'Opvolging',
	glossary: 'Begrip',
} as const;
export type PageType = (typeof PAGE_TYPES)[keyof typeof PAGE_TYPES];
/** The sort key: a date as YYYY-MM-DD sorts correctly as text. */
export const SORT_KEY = 'datum';

export interface SearchFacets {
	/** The result's title. */
	title: string;
	type: PageType;
	/** Shown with the result, e.g. "19 september 2025" or "besproken op 19 september 2025". */
	date?: string;
	/** Shown with a result that has no date of its own, e.g. "2026-2027". */
	period?: string;
	/** YYYY-MM-DD, for sorting newest first. */
	sortDate: string;
	filters: Record<string, string[]>;
}

function capitalize(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

export function years(first: number, last: number): string[] {
	return Array.from({ length: last - first + 1 }, (_, i) => String(first + i));
}

/** "2026-2027/ontwerp" → the years 2026 and 2027. */
function dvoYearsOf(dvoRef: string): string[] {
	const match = /^(\d{4})(?:-(\d{4}))?\//.exec(dvoRef);
	return match ? years(Number(match[1]), Number(match[2] ?? match[1])) : [];
}

export function adviceFacets(data: Pick<AdviceData, 'title' | 'year' | 'dates' | 'topics' | 'dvo'>): SearchFacets {
	const { letter, meeting } = data.dates;
	// The letter's own date when known; otherwise the meeting that discussed it, said as such.
	const date = letter ? formatDate(letter) : meeting ? `besproken op ${formatDate(meeting)}` : undefined;
	return {
		title: data.title,
		type: PAGE_TYPES.advice,
		...(date ? { date } : {}),
		sortDate: toIsoDate(adviceSortDate({ id: '', data })),
		filters: {
			[FILTERS.type]: [PAGE_TYPES.advice],
			[FILTERS.adviceYear]: [String(data.year)],
			[FILTERS.dvoYears]: dvoYearsOf(data.dvo),
			[FILTERS.topic]: [...new Set(data.topics.map(capitalize))],
		},
	};
}

export function dvoFacets(data: Pick<DvoData, 'title' | 'period' | 'version' | 'versionDate' | 'localChoices'>): SearchFacets {
	const { firstYear, lastYear } = data.period;
	const period = firstYear === lastYear ? String(firstYear) : `${firstYear}-${lastYear}`;
	const topics = (data.localChoices?.years ?? []).length > 0 ? ['Lokale keuzes'] : [];
	return {
		title: data.title,
		type: PAGE_TYPES.dvo,
		...(data.versionDate ? { date: formatDate(data.versionDate) } : {}),
		period,
		sortDate: data.versionDate ? toIsoDate(data.versionDate) : `${firstYear - 1}-12-31`,
		filters: {
			[FILTERS.type]: [PAGE_TYPES.dvo],
			[FILTERS.dvoYears]: years(firstYear, lastYear),
			[FILTERS.topic]: topics,
			[FILTERS.version]: [versionLabels[data.version]],
		},
	};
}

export interface PagefindAttribute {
	name: 'data-pagefind-filter' | 'data-pagefind-meta' | 'data-pagefind-sort';
	value: string;
}

/**
 * One Pagefind attribute per value ("key:value"): Pagefind reads one pair per attribute, so
 * every topic gets its own empty element.
 */
export function pagefindAttributes(facets: SearchFacets): PagefindAttribute[] {
	const attributes: PagefindAttribute[] = [
		{ name: 'data-pagefind-meta', value: `title:${facets.title}` },
		{ name: 'data-pagefind-meta', value: `type:${facets.type}` },
		{ name: 'data-pagefind-sort', value: `${SORT_KEY}:${facets.sortDate}` },
	];
	if (facets.date) attributes.push({ name: 'data-pagefind-meta', value: `datum:${facets.date}` });
	if (facets.period) attributes.push({ name: 'data-pagefind-meta', value: `periode:${facets.period}` });
	for (const [key, values] of Object.entries(facets.filters)) {
		for (const value of values) attributes.push({ name: 'data-pagefind-filter', value: `${key}:${value}` });
	}
	return attributes;
}
