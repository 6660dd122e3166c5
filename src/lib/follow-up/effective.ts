/**
 * The effective follow-up of an advice point: what the archive shows as "what happened".
 *
 * A point can carry its follow-up inline (points → followUp in the advice) and can be answered
 * in one or more response documents (reacties/*.yaml). The rule:
 *
 * 1. Every inline follow-up that is not "open" and every response-document entry is a response.
 * 2. The latest response (by date) is the effective one; a response without a date counts as
 *    older than any dated one, and on the same date a response document beats the inline data.
 * 3. The other responses are kept, newest first, as the point's history.
 * 4. With no response at all, the point is open.
 */
import type { AdvicePoint, FollowUpStatus } from '../../schemas/advice.ts';
import type { ResponseData } from '../../schemas/response.ts';

export interface SourceRef {
	title: string;
	url?: string;
}

/** One response of the college to one point. */
export interface FollowUpResponse {
	status: Exclude<FollowUpStatus, 'open'>;
	response?: string;
	date?: Date;
	source?: SourceRef;
	/** Where the response is recorded: the advice's own data, or a response document (its id). */
	origin: { kind: 'advies' } | { kind: 'reactie'; id: string };
}

export interface EffectiveFollowUp {
	status: FollowUpStatus;
	/** The response that decides the status; absent while the point is open. */
	current?: FollowUpResponse;
	/** Earlier responses, newest first. */
	history: FollowUpResponse[];
}

export interface ResponseDocument {
	id: string;
	data: ResponseData;
}

/** The inline follow-up of a point as a response, or undefined when it is (still) open. */
export function inlineResponse(point: Pick<AdvicePoint, 'followUp'>): FollowUpResponse | undefined {
	const { status, response, responseDate, responseSource } = point.followUp;
	if (status === 'open') return undefined;
	return {
		status,
		response,
		date: responseDate,
		source: responseSource ? { title: responseSource } : undefined,
		origin: { kind: 'advies' },
	};
}

/** Every response-document entry for one advice, by point id, in file order. */
export function responsesByPoint(adviceId: string, documents: readonly ResponseDocument[]): Map<string, FollowUpResponse[]> {
	const byPoint = new Map<string, FollowUpResponse[]>();
	for (const doc of documents) {
		if (doc.data.advice !== adviceId) continue;
		for (const entry of doc.data.points) {
			const list = byPoint.get(entry.point) ?? [];
			list.push({
				status: entry.status,
				response: entry.response,
				date: doc.data.date,
				source: { title: doc.data.source.title, url: doc.data.source.url },
				origin: { kind: 'reactie', id: doc.id },
			});
			byPoint.set(entry.point, list);
		}
	}
	return byPoint;
}

function compareResponses(a: FollowUpResponse, b: FollowUpResponse): number {
	const ta = a.date?.getTime() ?? Number.NEGATIVE_INFINITY;
	const tb = b.date?.getTime() ?? Number.NEGATIVE_INFINITY;
	if (ta !== tb) return ta < tb ? -1 : 1;
	const rank = (r: FollowUpResponse) => (r.origin.kind === 'advies' ? 0 : 1);
	if (rank(a) !== rank(b)) return rank(a) - rank(b);
	const ida = a.origin.kind === 'reactie' ? a.origin.id : '';
	const idb = b.origin.kind === 'reactie' ? b.origin.id : '';
	return ida.localeCompare(idb);
}

/** The follow-up shown for a point, given its response-document entries. */
export function effectiveFollowUp(point: Pick<AdvicePoint, 'followUp'>, fromDocuments: readonly FollowUpResponse[] = []): EffectiveFollowUp {
	const inline = inlineResponse(point);
	const all = [...(inline ? [inline] : []), ...fromDocuments].sort(compareResponses);
	const current = all.at(-1);
	if (!current) return { status: 'open', history: [] };
	return { status: current.status, current, history: all.slice(0, -1).reverse() };
}

/** Effective follow-ups of every point of one advice, by point id. */
export function adviceFollowUps(
	advice: { id: string; data: { points: readonly Pick<AdvicePoint, 'id' | 'followUp'>[] } },
	documents: readonly ResponseDocument[],
): Map<string, EffectiveFollowUp> {
	const byPoint = responsesByPoint(advice.id, documents);
	return new Map(advice.data.points.map((point) => [point.id, effectiveFollowUp(point, byPoint.get(point.id))]));
}
