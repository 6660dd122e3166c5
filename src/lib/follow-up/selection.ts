/**
 * Follow-up filters that combine: a selection of year × topic × status, each its own static
 * page (no JavaScript), generated only for combinations that hold points, so a regional archive
 * does not get a page for every empty product of years, topics and statuses. Each page's
 * filter links keep the other choices and count what the link would show; a choice that would
 * show nothing is not a link. The single-status pages exist for every status (their addresses
 * are documented); an empty one offers the way back and the nearest selection with points.
 */
import { FOLLOW_UP_STATUSES, type FollowUpStatus } from '../../schemas/advice.ts';
import { followUpLabels } from '../labels.ts';
import { followUpPath, followUpSelectionPath, type FollowUpSelection } from '../routes.ts';
import { topicOptions, yearOptions, type FollowUpItem, type TopicOption } from './overview.ts';

export type { FollowUpSelection };

/** The items a selection shows, in the list's order (looked up; see selectionIndex). */
export function applySelection(items: readonly FollowUpItem[], selection: FollowUpSelection): readonly FollowUpItem[] {
	return selectionIndex(items).bySelection.get(followUpSelectionPath(selection)) ?? [];
}

const isEmptySelection = (s: FollowUpSelection) => s.year === undefined && s.topic === undefined && s.status === undefined;

/** The selections a point belongs to: every combination of its year, topic and status, the empty one included. */
function selectionsOf(item: FollowUpItem): FollowUpSelection[] {
	const { year } = item;
	const topic = item.topicSlug;
	const status = item.followUp.status;
	return [{}, { year }, { topic }, { status }, { year, topic }, { year, status }, { topic, status }, { year, topic, status }];
}

/** What the follow-up pages of a build look up about one list of items, worked out once. */
interface SelectionIndex {
	/** The items of every selection that holds any (the empty selection too), by its address, in the list's order. */
	bySelection: ReadonlyMap<string, readonly FollowUpItem[]>;
	/** topicOptions and yearOptions of the whole list. */
	topics: readonly TopicOption[];
	years: readonly number[];
	/** Topic labels by slug. */
	topicLabels: ReadonlyMap<string, string>;
}

/**
 * Every follow-up page of a build gets the same list of items, and each page used to filter the
 * whole list again: for its points, for the count behind each filter link and table cell, and
 * for the topics and years, which made the pages' work grow with the square of the points.
 * Each point belongs to at most 8 selections, so grouping the list once per build is linear, and
 * the pages look their answers up. Keyed by the list itself: a list must not change afterwards.
 */
const indexes = new WeakMap<readonly FollowUpItem[], SelectionIndex>();

function selectionIndex(items: readonly FollowUpItem[]): SelectionIndex {
	let index = indexes.get(items);
	if (!index) {
		const bySelection = new Map<string, FollowUpItem[]>();
		for (const item of items) {
			for (const s of selectionsOf(item)) {
				const key = followUpSelectionPath(s);
				const list = bySelection.get(key);
				if (list) list.push(item);
				else bySelection.set(key, [item]);
			}
		}
		const topics = topicOptions(items);
		index = { bySelection, topics, years: yearOptions(items), topicLabels: new Map(topics.map((t) => [t.slug, t.label])) };
		indexes.set(items, index);
	}
	return index;
}

/** How many points `selection` shows: the same as applySelection(items, selection).length. */
export function countSelection(items: readonly FollowUpItem[], selection: FollowUpSelection): number {
	return applySelection(items, selection).length;
}

/**
 * Every selection that gets a page: each non-empty combination of the filters that the
 * archive's points have (at most 7 per point, so the count grows with the points, not with the
 * product of the options), plus one page per status.
 */
export function allSelections(items: readonly FollowUpItem[]): FollowUpSelection[] {
	const seen = new Map<string, FollowUpSelection>();
	const add = (s: FollowUpSelection) => {
		if (!isEmptySelection(s)) seen.set(followUpSelectionPath(s), s);
	};
	for (const item of items) for (const s of selectionsOf(item)) add(s);
	for (const status of FOLLOW_UP_STATUSES) add({ status });
	return [...seen.values()].sort((a, b) => followUpSelectionPath(a).localeCompare(followUpSelectionPath(b)));
}

/** "adviezen uit 2025, onderwerp taalgebruik, geen reactie in het archief" */
export function describeSelection(selection: FollowUpSelection, items: readonly FollowUpItem[]): string {
	const topic = selection.topic === undefined ? undefined : (selectionIndex(items).topicLabels.get(selection.topic) ?? selection.topic);
	return [
		selection.year === undefined ? '' : `adviezen uit ${selection.year}`,
		topic === undefined ? '' : `onderwerp ${topic}`,
		selection.status === undefined ? '' : `stand: ${followUpLabels[selection.status].toLocaleLowerCase('nl')}`,
	]
		.filter(Boolean)
		.join(', ');
}

/** The page title of a selection. */
export function selectionTitle(selection: FollowUpSelection, items: readonly FollowUpItem[]): string {
	return isEmptySelection(selection) ? 'Opvolging van de adviezen' : `Opvolging: ${describeSelection(selection, items)}`;
}

export interface FilterOption {
	text: string;
	/** Number of points the option would show, with the other choices kept. */
	count: number;
	/** The option's page; undefined when it would show nothing (no page). */
	href?: string;
	current: boolean;
}

export interface FilterGroup {
	id: string;
	label: string;
	options: FilterOption[];
}

/**
 * The filter links on a selection's page: per group an "all" option (drop this filter) and one
 * option per value, each keeping the other choices.
 */
export function filterGroups(items: readonly FollowUpItem[], selection: FollowUpSelection): FilterGroup[] {
	const { years, topics } = selectionIndex(items);
	const option = (text: string, next: FollowUpSelection, current: boolean): FilterOption => {
		const count = countSelection(items, next);
		return { text, count, current, ...(count > 0 || isEmptySelection(next) ? { href: followUpSelectionPath(next) } : {}) };
	};
	return [
		{
			id: 'filter-jaar',
			label: 'Jaar van het advies',
			options: [option('Alle jaren', { ...selection, year: undefined }, selection.year === undefined), ...[...years].reverse().map((year) => option(String(year), { ...selection, year }, selection.year === year))],
		},
		{
			id: 'filter-onderwerp',
			label: 'Onderwerp',
			options: [option('Alle onderwerpen', { ...selection, topic: undefined }, selection.topic === undefined), ...topics.map((t) => option(t.label, { ...selection, topic: t.slug }, selection.topic === t.slug))],
		},
		{
			id: 'filter-status',
			label: 'Stand van de opvolging',
			options: [
				option('Elke stand', { ...selection, status: undefined }, selection.status === undefined),
				...FOLLOW_UP_STATUSES.map((status: FollowUpStatus) => option(followUpLabels[status], { ...selection, status }, selection.status === status)),
			],
		},
	];
}


/**
 * For an empty selection: the selection with one filter fewer that shows the most points
 * (status dropped first, then topic, then year), or all points.
 */
export function nearestNonEmpty(items: readonly FollowUpItem[], selection: FollowUpSelection): { selection: FollowUpSelection; count: number } {
	const candidates: FollowUpSelection[] = [
		{ ...selection, status: undefined },
		{ ...selection, topic: undefined },
		{ ...selection, year: undefined },
	].filter((c) => !isEmptySelection(c) && followUpSelectionPath(c) !== followUpSelectionPath(selection));
	let best: { selection: FollowUpSelection; count: number } | undefined;
	for (const c of candidates) {
		const count = countSelection(items, c);
		if (count > 0 && (!best || count > best.count)) best = { selection: c, count };
	}
	return best ?? { selection: {}, count: items.length };
}

/** The rest parameter of a selection's page: its address below /opvolging/, without slashes at the ends. */
export function selectionParam(selection: FollowUpSelection): string {
	return followUpSelectionPath(selection).slice(followUpPath().length).replace(/\/$/, '');
}

export interface CountsView {
	columns: { status: FollowUpStatus; label: string; href?: string }[];
	rows: { year: number; href?: string; counts: number[]; total: number }[];
	totals: number[];
	total: number;
}

/**
 * The counts table of a selection: points per year and status among the points the selection
 * shows; year and status headers link to the selection narrowed to them (when that has points).
 */
export function countsView(items: readonly FollowUpItem[], selection: FollowUpSelection): CountsView {
	const shown = applySelection(items, selection);
	const link = (next: FollowUpSelection) => (countSelection(items, next) > 0 ? followUpSelectionPath(next) : undefined);
	const years = yearOptions(shown);
	// Among the points shown: a status other than the selection's own has none of them.
	const count = (year: number | undefined, status: FollowUpStatus) =>
		selection.status !== undefined && selection.status !== status ? 0 : countSelection(items, { ...selection, ...(year === undefined ? {} : { year }), status });
	return {
		columns: FOLLOW_UP_STATUSES.map((status) => ({ status, label: followUpLabels[status], ...(selection.status === status ? {} : { href: link({ ...selection, status }) }) })),
		rows: years.map((year) => ({ year, ...(selection.year === year ? {} : { href: link({ ...selection, year }) }), counts: FOLLOW_UP_STATUSES.map((s) => count(year, s)), total: countSelection(items, { ...selection, year }) })),
		totals: FOLLOW_UP_STATUSES.map((s) => count(undefined, s)),
		total: shown.length,
	};
}

/**
 * The most points a follow-up page lists. A selection without a year holds points from every
 * year, and in a regional archive that list grows without end: at 5,000 documents /opvolging/
 * alone was 11.8 MB of HTML. Above this number such a page lists its years instead, each a
 * link to the same selection in that year (those pages list their points).
 */
export const MAX_POINTS_ON_PAGE = 150;

/** What a selection's page shows below its counts and filters. */
export type PointListView =
	| { kind: 'points'; items: readonly FollowUpItem[] }
	| { kind: 'years'; total: number; years: { year: number; count: number; href: string }[] };

/** The points of a selection, or, when they are too many for one page and span years, its years. */
export function pointListView(items: readonly FollowUpItem[], selection: FollowUpSelection): PointListView {
	const shown = applySelection(items, selection);
	if (shown.length <= MAX_POINTS_ON_PAGE || selection.year !== undefined) return { kind: 'points', items: shown };
	return {
		kind: 'years',
		total: shown.length,
		years: yearOptions(shown)
			.reverse()
			.map((year) => ({ year, count: countSelection(items, { ...selection, year }), href: followUpSelectionPath({ ...selection, year }) })),
	};
}
