/**
 * Every advice point across the years as one list, for /opvolging/: each point with its
 * effective follow-up, its links to earlier and later points on the same concern, counts per
 * status per year, and the filters (year, topic, status).
 */
import { slug } from 'github-slugger';
import { FOLLOW_UP_STATUSES, type AdviceData, type AdvicePoint, type FollowUpStatus } from '../../schemas/advice.ts';
import { adviceSortDate } from '../archive/advice-list.ts';
import type { FollowUpFilter } from '../routes.ts';
import { adviceFollowUps, type EffectiveFollowUp, type ResponseDocument } from './effective.ts';

export interface AdviceInput {
	id: string;
	data: Pick<AdviceData, 'title' | 'year' | 'dates' | 'points'>;
}

/** A reference to a point in another advice, for "earlier" and "later" links. */
export interface PointLink {
	ref: string;
	adviceId: string;
	pointId: string;
	adviceTitle: string;
	year: number;
	text: string;
}

export interface FollowUpItem {
	/** "<advice-id>#<point-id>", unique across the archive. */
	ref: string;
	adviceId: string;
	adviceTitle: string;
	year: number;
	point: AdvicePoint;
	topicSlug: string;
	followUp: EffectiveFollowUp;
	/** Points on the same concern in earlier advice (oldest first). */
	earlier: PointLink[];
	/** Points on the same concern in later advice (oldest first). */
	later: PointLink[];
}

export function pointRef(adviceId: string, pointId: string): string {
	return `${adviceId}#${pointId}`;
}

/** A topic as part of a URL: "lokale binding" → lokale-binding. */
export function topicSlug(topic: string): string {
	return slug(topic.trim()) || 'onderwerp';
}

/** Topics compare without case and extra spaces. */
export function topicKey(topic: string): string {
	return topic.trim().toLocaleLowerCase('nl').replace(/\s+/g, ' ');
}

/**
 * Every point of every advice, oldest advice first and in the order of the advice, with its
 * effective follow-up and its related links in both directions.
 */
export function buildFollowUpItems(advice: readonly AdviceInput[], responses: readonly ResponseDocument[]): FollowUpItem[] {
	const ordered = [...advice].sort((a, b) => a.data.year - b.data.year || adviceSortDate(a).getTime() - adviceSortDate(b).getTime() || a.id.localeCompare(b.id));
	const order = new Map(ordered.map((a, index) => [a.id, index]));
	const links = new Map<string, PointLink>();
	for (const a of ordered) {
		for (const p of a.data.points) {
			links.set(pointRef(a.id, p.id), { ref: pointRef(a.id, p.id), adviceId: a.id, pointId: p.id, adviceTitle: a.data.title, year: a.data.year, text: p.text });
		}
	}
	// related links count in both directions: a later point that names an earlier one is also
	// a "later" link on the earlier point.
	const neighbours = new Map<string, Set<string>>();
	const connect = (x: string, y: string) => {
		if (x === y || !links.has(x) || !links.has(y)) return;
		(neighbours.get(x) ?? neighbours.set(x, new Set()).get(x)!).add(y);
		(neighbours.get(y) ?? neighbours.set(y, new Set()).get(y)!).add(x);
	};
	for (const a of ordered) for (const p of a.data.points) for (const r of p.related) connect(pointRef(a.id, p.id), r);

	return ordered.flatMap((a) => {
		const followUps = adviceFollowUps(a, responses);
		const own = order.get(a.id)!;
		return a.data.points.map((point) => {
			const ref = pointRef(a.id, point.id);
			const related = [...(neighbours.get(ref) ?? [])].map((r) => links.get(r)!).sort((x, y) => order.get(x.adviceId)! - order.get(y.adviceId)! || x.ref.localeCompare(y.ref));
			return {
				ref,
				adviceId: a.id,
				adviceTitle: a.data.title,
				year: a.data.year,
				point,
				topicSlug: topicSlug(point.topic),
				followUp: followUps.get(point.id)!,
				earlier: related.filter((l) => order.get(l.adviceId)! < own),
				later: related.filter((l) => order.get(l.adviceId)! > own),
			};
		});
	});
}

export type StatusCounts = Record<FollowUpStatus, number>;

export interface YearCounts {
	year: number;
	counts: StatusCounts;
	total: number;
}

function emptyCounts(): StatusCounts {
	return Object.fromEntries(FOLLOW_UP_STATUSES.map((s) => [s, 0])) as StatusCounts;
}

/** Counts per status per year (oldest year first), and the totals over all years. */
export function countsPerYear(items: readonly FollowUpItem[]): { years: YearCounts[]; totals: YearCounts['counts']; total: number } {
	const byYear = new Map<number, StatusCounts>();
	const totals = emptyCounts();
	for (const item of items) {
		const counts = byYear.get(item.year) ?? byYear.set(item.year, emptyCounts()).get(item.year)!;
		counts[item.followUp.status]++;
		totals[item.followUp.status]++;
	}
	const years = [...byYear.entries()].sort(([a], [b]) => a - b).map(([year, counts]) => ({ year, counts, total: Object.values(counts).reduce((s, n) => s + n, 0) }));
	return { years, totals, total: items.length };
}

export interface TopicOption {
	slug: string;
	label: string;
	count: number;
}

/** The topics in use, alphabetically, each with its URL slug and number of points. */
export function topicOptions(items: readonly FollowUpItem[]): TopicOption[] {
	const bySlug = new Map<string, TopicOption>();
	for (const item of items) {
		const option = bySlug.get(item.topicSlug) ?? bySlug.set(item.topicSlug, { slug: item.topicSlug, label: item.point.topic.trim(), count: 0 }).get(item.topicSlug)!;
		option.count++;
	}
	return [...bySlug.values()].sort((a, b) => a.label.localeCompare(b.label, 'nl'));
}

/** The years that have points, oldest first. */
export function yearOptions(items: readonly FollowUpItem[]): number[] {
	return [...new Set(items.map((i) => i.year))].sort((a, b) => a - b);
}

/** The filter type lives with its address in src/lib/routes.ts. */
export type { FollowUpFilter };

export function applyFilter(items: readonly FollowUpItem[], filter: FollowUpFilter): FollowUpItem[] {
	switch (filter.kind) {
		case 'jaar':
			return items.filter((i) => i.year === filter.year);
		case 'status':
			return items.filter((i) => i.followUp.status === filter.status);
		case 'onderwerp':
			return items.filter((i) => i.topicSlug === filter.slug);
	}
}

/** Every filter page the archive has, for the static routes and the sitemap. */
export function allFilters(items: readonly FollowUpItem[]): FollowUpFilter[] {
	return [
		...yearOptions(items).map((year) => ({ kind: 'jaar' as const, year })),
		...FOLLOW_UP_STATUSES.map((status) => ({ kind: 'status' as const, status })),
		...topicOptions(items).map((t) => ({ kind: 'onderwerp' as const, slug: t.slug })),
	];
}

/** Items grouped by year, newest year first, for the lists on the pages. */
export function groupByYear(items: readonly FollowUpItem[]): { year: number; items: FollowUpItem[] }[] {
	return yearOptions(items)
		.reverse()
		.map((year) => ({ year, items: items.filter((i) => i.year === year) }));
}
