/**
 * Recurring concerns: the points that come back year after year.
 *
 * Points belong to one concern when they share a topic (compared without case) or are linked
 * through `related` (in either direction, transitively): the connected components of that
 * graph. A concern is recurring when its points span two or more years, or when an advice
 * says that the council raised the topic in earlier years too (`raisedEarlier`). Such a claim
 * is shown as the claim, with the point that makes it; no earlier point is invented. A
 * claimed topic without points of its own in the archive becomes a concern of its own.
 */
import { pointRef, topicKey } from './overview.ts';

export interface RecurringInputPoint {
	adviceId: string;
	year: number;
	point: { id: string; topic: string; related: readonly string[]; raisedEarlier: readonly string[] };
}

export interface Concern<T extends RecurringInputPoint = RecurringInputPoint> {
	/** Stable key: the smallest topic key in the concern. */
	key: string;
	/** The topics of the concern, alphabetically, as written in the content. */
	topics: string[];
	/** The points in the archive on this concern, oldest first. */
	points: T[];
	/** Years in which the archive has a point on this concern, oldest first. */
	years: number[];
	/** Points that say the council raised (a topic of) this concern in earlier years. */
	claimedEarlierBy: T[];
	recurring: boolean;
}

class DisjointSet {
	private parent = new Map<string, string>();
	find(x: string): string {
		let root = this.parent.get(x) ?? x;
		if (root !== x) {
			root = this.find(root);
			this.parent.set(x, root);
		}
		return root;
	}
	union(a: string, b: string): void {
		const ra = this.find(a);
		const rb = this.find(b);
		if (ra !== rb) this.parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
	}
}

/** Every concern in the archive, recurring ones first (most years first), then by topic. */
export function groupConcerns<T extends RecurringInputPoint>(items: readonly T[]): Concern<T>[] {
	const sets = new DisjointSet();
	const byRef = new Map(items.map((item) => [pointRef(item.adviceId, item.point.id), item]));
	const topicNode = (topic: string) => `topic:${topicKey(topic)}`;
	for (const [ref, item] of byRef) {
		sets.union(`point:${ref}`, topicNode(item.point.topic));
		for (const other of item.point.related) if (byRef.has(other)) sets.union(`point:${ref}`, `point:${other}`);
	}
	// Claims join the concern of the claimed topic; a topic nobody has a point on gets its own.
	const groups = new Map<string, { topics: Map<string, string>; points: T[]; claims: T[] }>();
	const group = (root: string) => groups.get(root) ?? groups.set(root, { topics: new Map(), points: [], claims: [] }).get(root)!;
	for (const [ref, item] of byRef) {
		const g = group(sets.find(`point:${ref}`));
		g.points.push(item);
		if (!g.topics.has(topicKey(item.point.topic))) g.topics.set(topicKey(item.point.topic), item.point.topic.trim());
	}
	for (const item of byRef.values()) {
		for (const topic of item.point.raisedEarlier) {
			const g = group(sets.find(topicNode(topic)));
			if (!g.topics.has(topicKey(topic))) g.topics.set(topicKey(topic), topic.trim());
			if (!g.claims.includes(item)) g.claims.push(item);
		}
	}
	const byAge = (a: T, b: T) => a.year - b.year || a.adviceId.localeCompare(b.adviceId);
	const concerns = [...groups.values()].map((g) => {
		const years = [...new Set(g.points.map((p) => p.year))].sort((a, b) => a - b);
		const topics = [...g.topics.values()].sort((a, b) => a.localeCompare(b, 'nl'));
		return {
			key: [...g.topics.keys()].sort()[0]!,
			topics,
			points: g.points.sort(byAge),
			years,
			claimedEarlierBy: g.claims.sort(byAge),
			recurring: years.length >= 2 || g.claims.length > 0,
		};
	});
	return concerns.sort((a, b) => Number(b.recurring) - Number(a.recurring) || b.years.length - a.years.length || a.topics[0]!.localeCompare(b.topics[0]!, 'nl'));
}

/** Only the concerns that come back. */
export function recurringConcerns<T extends RecurringInputPoint>(items: readonly T[]): Concern<T>[] {
	return groupConcerns(items).filter((c) => c.recurring);
}
