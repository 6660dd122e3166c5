/**
 * How an advice page says the status of its points once. When no point has a response in the
 * archive, one sentence above the list says so and the points carry no badge of their own;
 * otherwise each point has its badge, and a point without a response says nothing more.
 */
import type { EffectiveFollowUp } from './effective.ts';

export interface PointStatusPlan {
	/** Show a status badge at each point. */
	badgePerPoint: boolean;
	/** The one sentence above the list; empty when each point shows its own status. */
	sentence: string;
}

/** The plan for an advice with these follow-ups (one per point, in order). */
export function pointStatusPlan(followUps: readonly Pick<EffectiveFollowUp, 'status' | 'current'>[]): PointStatusPlan {
	const without = followUps.filter((f) => f.status === 'open' && !f.current).length;
	if (followUps.length > 0 && without === followUps.length) {
		return {
			badgePerPoint: false,
			sentence:
				followUps.length === 1
					? 'Dit archief bevat (nog) geen reactie van het college op dit punt.'
					: `Dit archief bevat (nog) geen reactie van het college op deze ${followUps.length} punten.`,
		};
	}
	return { badgePerPoint: true, sentence: '' };
}
