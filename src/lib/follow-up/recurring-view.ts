/**
 * The "Punten die terugkomen" section of /opvolging/ in words: per concern its heading, in
 * which years of the archive it is named, and what an advice claims about earlier years. The
 * claim is the advice's own: it says that the advisory council (the BAR, by its short name
 * from the settings) raised the topic before, and whether those earlier advice are in this
 * archive. "De raad" is never used: in the letters that is the gemeenteraad.
 */
import { followUpSelectionPath } from '../routes.ts';
import { topicSlug, type FollowUpItem } from './overview.ts';
import type { Concern } from './recurring.ts';

/**
 * The most points a concern lists, and the most years its sentence names. In a regional archive
 * the concerns join up (shared topics and `related` links) and span decades: at 5,000 documents
 * the section listed every point again and made /opvolging/ 2.6 MB. Beyond these numbers a
 * concern lists its latest points and links to its topics' follow-up pages for the rest.
 */
export const MAX_CONCERN_POINTS = 10;
export const MAX_NAMED_YEARS = 8;

export interface ConcernView {
	id: string;
	heading: string;
	/** "In het archief genoemd in 2021, 2023 en 2025."; empty for a concern from one year. */
	yearsSentence: string;
	/** What the advice claims about earlier years; empty without a claim. */
	claimSentence: string;
	claims: FollowUpItem[];
	/** The concern's points that are not already listed as a claim (each point once), at most the latest MAX_CONCERN_POINTS. */
	others: FollowUpItem[];
	/** When points were left out: how many the concern has, and its topics' follow-up pages. */
	more?: { total: number; shown: number; topics: { text: string; href: string }[] };
}

/** "2021", "2021 en 2023", "2021, 2023 en 2025". */
export function listYears(years: readonly number[]): string {
	return years.length <= 1 ? years.join('') : `${years.slice(0, -1).join(', ')} en ${years.at(-1)}`;
}

const keyOf = (item: FollowUpItem) => `${item.adviceId}#${item.point.id}`;

/** The intro sentence of the section. */
export function recurringIntro(count: number, council: string): string {
	return count === 0
		? 'Er zijn in dit archief (nog) geen onderwerpen die in meer dan één jaar terugkomen.'
		: `Deze onderwerpen komen in meer dan één jaar terug, of een advies zegt dat de ${council} er eerder ook op wees.`;
}

/** One concern in words. `council` is the advisory council's short name (BAR). */
export function concernView(concern: Concern<FollowUpItem>, council: string): ConcernView {
	const claimYears = [...new Set(concern.claimedEarlierBy.map((c) => c.year))].sort((a, b) => a - b);
	const claims = new Set(concern.claimedEarlierBy.map(keyOf));
	let claimSentence = '';
	if (claimYears.length > 0) {
		const earliestClaim = Math.min(...claimYears);
		const earlierInArchive = concern.points.some((p) => p.year < earliestClaim);
		claimSentence = `Volgens ${claimYears.length === 1 ? 'het advies' : 'de adviezen'} uit ${listYears(claimYears)} wees de ${council} in eerdere jaren ook op dit onderwerp.${earlierInArchive ? '' : ' Die eerdere adviezen staan niet in dit archief.'} Dat staat bij:`;
	}
	const claimsShown = concern.claimedEarlierBy.slice(-MAX_CONCERN_POINTS);
	const others = concern.points.filter((item) => !claims.has(keyOf(item)));
	const othersShown = others.slice(-MAX_CONCERN_POINTS);
	const total = concern.claimedEarlierBy.length + others.length;
	const shown = claimsShown.length + othersShown.length;
	const years = concern.years;
	return {
		id: `terugkerend-${concern.key.replace(/[^a-z0-9]+/g, '-')}`,
		heading: concern.topics.join(', '),
		yearsSentence:
			years.length < 2 ? '' : years.length > MAX_NAMED_YEARS ? `In het archief genoemd in ${years.length} jaren, van ${years[0]} tot en met ${years.at(-1)}.` : `In het archief genoemd in ${listYears(years)}.`,
		claimSentence,
		claims: claimsShown,
		others: othersShown,
		...(shown < total ? { more: { total, shown, topics: concern.topics.map((topic) => ({ text: topic, href: followUpSelectionPath({ topic: topicSlug(topic) }) })) } } : {}),
	};
}
