/**
 * Where each point's status goes inside the letter: at the end of the passage it belongs to,
 * that is just before the next heading (or after the letter, for the last section). The
 * letter's own text is never changed; the statuses are placed between its blocks.
 */
import type { AdvicePoint, FollowUpStatus } from '../../schemas/advice.ts';
import type { EffectiveFollowUp } from './effective.ts';

export interface SectionPoint {
	id: string;
	kind: AdvicePoint['kind'];
	text: string;
	status: FollowUpStatus;
}

export interface LetterFollowUp {
	/** Per heading id: the points of the section before it, shown just before the heading. */
	beforeHeading: Map<string, SectionPoint[]>;
	/** The points of the last section, shown after the letter. */
	afterLetter: SectionPoint[];
}

/** `headingOrder` is the letter's heading ids in document order. */
export function letterFollowUp(
	headingOrder: readonly string[],
	points: readonly Pick<AdvicePoint, 'id' | 'kind' | 'text' | 'section'>[],
	followUps: ReadonlyMap<string, EffectiveFollowUp>,
): LetterFollowUp {
	const bySection = new Map<string, SectionPoint[]>();
	for (const point of points) {
		if (!point.section || !headingOrder.includes(point.section)) continue;
		const list = bySection.get(point.section) ?? bySection.set(point.section, []).get(point.section)!;
		list.push({ id: point.id, kind: point.kind, text: point.text, status: followUps.get(point.id)?.status ?? 'open' });
	}
	const beforeHeading = new Map<string, SectionPoint[]>();
	headingOrder.forEach((id, index) => {
		const previous = index > 0 ? bySection.get(headingOrder[index - 1]!) : undefined;
		if (previous) beforeHeading.set(id, previous);
	});
	return { beforeHeading, afterLetter: bySection.get(headingOrder.at(-1) ?? '') ?? [] };
}
