/**
 * What the search index knows about a document besides its text: the filters people narrow
 * by (jaar, type, onderwerp, versie), the date to sort on, and what a result shows (title,
 * type, date). Pages render these as Pagefind attributes; the search page shows them.
 */
import type { AdviceData } from '../../schemas/advice.ts';
import type { DvoData } from '../../schemas/dvo.ts';
import { formatDate, toIsoDate } from '../dates.ts';
import { adviceSortDate } from '../archive/advice-list.ts';
import { versionLabels } from '../labels.ts';

/** Filter names as the search page shows them. */
export const FILTERS = { year: 'jaar', type: 'type', topic: 'onderwerp', version: 'versie' } as const;
/** The sort key: a date as YYYY-MM-DD sorts correctly as text. */
export const SORT_KEY = 'datum';

export interface SearchFacets {
	/** The result's title. */
	title: string;
	type: 'Advies' | 'DVO';
	/** Shown with the result, e.g. "19 september 2025" or "besproken op 19 september 2025". */
	date?: string;
	/** YYYY-MM-DD, for sorting newest first. */
	sortDate: string;
	filters: Record<string, string[]>;
}

function capitalize(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

function years(first: number, last: number): string[] {
	return Array.from({ length: last - first + 1 }, (_, i) => String(first + i));
}

export function adviceFacets(data: Pick<AdviceData, 'title' | 'year' | 'dates' | 'topics'>): SearchFacets {
	const { letter, meeting } = data.dates;
	// The letter's own date when known; otherwise the meeting that discussed it, said as such.
	const date = letter ? formatDate(letter) : meeting ? `besproken op ${formatDate(meeting)}` : undefined;
	return {
		title: data.title,
		type: 'Advies',
		...(date ? { date } : {}),
		sortDate: toIsoDate(adviceSortDate({ id: '', data })),
		filters: {
			[FILTERS.year]: [String(data.year)],
			[FILTERS.type]: ['Advies'],
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
		type: 'DVO',
		date: data.versionDate ? formatDate(data.versionDate) : `periode ${period}`,
		sortDate: data.versionDate ? toIsoDate(data.versionDate) : `${firstYear - 1}-12-31`,
		filters: {
			[FILTERS.year]: years(firstYear, lastYear),
			[FILTERS.type]: ['DVO'],
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
	for (const [key, values] of Object.entries(facets.filters)) {
		for (const value of values) attributes.push({ name: 'data-pagefind-filter', value: `${key}:${value}` });
	}
	return attributes;
}
