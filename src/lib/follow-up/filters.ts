/** The filter pages of /opvolging/: their titles, and the options with counts for the links. */
import { FOLLOW_UP_STATUSES, type FollowUpStatus } from '../../schemas/advice.ts';
import { followUpLabels } from '../labels.ts';
import { countsPerYear, topicOptions, yearOptions, type FollowUpFilter, type FollowUpItem } from './overview.ts';

export function filterOptions(items: readonly FollowUpItem[]) {
	const counts = countsPerYear(items);
	return {
		years: yearOptions(items).map((year) => ({ year, count: items.filter((i) => i.year === year).length })),
		topics: topicOptions(items),
		statuses: FOLLOW_UP_STATUSES.map((status: FollowUpStatus) => ({ status, count: counts.totals[status] })),
	};
}

/** The Dutch title of a filter page. */
export function filterTitle(filter: FollowUpFilter, items: readonly FollowUpItem[]): string {
	switch (filter.kind) {
		case 'jaar':
			return `Opvolging: adviezen uit ${filter.year}`;
		case 'status':
			return `Opvolging: ${followUpLabels[filter.status].toLocaleLowerCase('nl')}`;
		case 'onderwerp':
			return `Opvolging: onderwerp ${topicOptions(items).find((t) => t.slug === filter.slug)?.label ?? filter.slug}`;
	}
}
