/**
 * Status rules for follow-up data, as problems an editor can fix. Pure: the content check
 * adds file names and line numbers.
 *
 * - An inline follow-up with status "open" has no response, date or source: a response
 *   means the point is no longer open (choose beantwoord or one of the "overgenomen" values).
 * - A status other than "open" without a response text is allowed (the college may simply
 *   adopt a point) but gets a warning, because readers want to know what was said.
 * - No response is dated before the advice itself (its letter date, else the meeting date,
 *   else 1 January of its year).
 * - A response document names an existing advice and only points of that advice, each once.
 *   (Status "open" in a response document is rejected by its schema.)
 */
import type { AdviceData, AdvicePoint } from '../../schemas/advice.ts';
import type { ResponseData } from '../../schemas/response.ts';
import { formatDate } from '../dates.ts';

export interface RuleIssue {
	severity: 'error' | 'warning';
	/** Path of the field in the file, e.g. ['points', 2, 'followUp', 'status']. */
	path: (string | number)[];
	message: string;
	fix?: string;
}

/** The earliest date on which the college could have responded to an advice. */
export function adviceResponseFloor(advice: Pick<AdviceData, 'dates' | 'year'>): Date {
	return advice.dates.letter ?? advice.dates.meeting ?? new Date(Date.UTC(advice.year, 0, 1));
}

function floorLabel(advice: Pick<AdviceData, 'dates' | 'year'>): string {
	if (advice.dates.letter) return `de datum van het advies (${formatDate(advice.dates.letter)})`;
	if (advice.dates.meeting) return `de vergadering waarin de adviesraad het advies besprak (${formatDate(advice.dates.meeting)})`;
	return `het jaar van het advies (${advice.year})`;
}

/** Problems in the inline follow-ups of one advice's points. */
export function inlineFollowUpIssues(advice: Pick<AdviceData, 'dates' | 'year'> & { points: readonly AdvicePoint[] }): RuleIssue[] {
	const issues: RuleIssue[] = [];
	const floor = adviceResponseFloor(advice);
	advice.points.forEach((point, index) => {
		const at = (...rest: string[]) => ['points', index, 'followUp', ...rest];
		const { status, response, responseDate, responseSource } = point.followUp;
		if (status === 'open') {
			if (response || responseDate || responseSource) {
				issues.push({
					severity: 'error',
					path: at('status'),
					message: `het punt "${point.id}" heeft de status open, maar er staat wel een reactie van het college bij`,
					fix: 'kies de status beantwoord, overgenomen, deels-overgenomen of niet-overgenomen, of haal de reactie weg',
				});
			}
		} else if (!response) {
			issues.push({
				severity: 'warning',
				path: at('response'),
				message: `het punt "${point.id}" heeft de status ${status}, maar de reactie van het college ontbreekt`,
				fix: 'schrijf in response: in het kort wat het college antwoordde',
			});
		}
		if (responseDate && responseDate.getTime() < floor.getTime()) {
			issues.push({
				severity: 'error',
				path: at('responseDate'),
				message: `de reactie (${formatDate(responseDate)}) is van vóór ${floorLabel(advice)}`,
				fix: 'controleer de datum van de reactie',
			});
		}
	});
	return issues;
}

/**
 * Problems in one response document. `advice` is the advice it names, or undefined when
 * there is none; `adviceIds` lists the advice that do exist, for the fix.
 */
export function responseDocumentIssues(
	response: ResponseData,
	advice: (Pick<AdviceData, 'dates' | 'year'> & { points: readonly Pick<AdvicePoint, 'id'>[] }) | undefined,
	adviceIds: readonly string[],
): RuleIssue[] {
	if (!advice) {
		return [
			{
				severity: 'error',
				path: ['advice'],
				message: `er is geen advies "${response.advice}"`,
				fix: `schrijf de bestandsnaam van het advies zonder .mdx: ${adviceIds.join(', ') || '(er zijn nog geen adviezen)'}`,
			},
		];
	}
	const issues: RuleIssue[] = [];
	const floor = adviceResponseFloor(advice);
	if (response.date.getTime() < floor.getTime()) {
		issues.push({
			severity: 'error',
			path: ['date'],
			message: `de reactie (${formatDate(response.date)}) is van vóór ${floorLabel(advice)}`,
			fix: 'controleer de datum van de reactie en het advies waarop zij reageert',
		});
	}
	const pointIds = advice.points.map((p) => p.id);
	const seen = new Set<string>();
	response.points.forEach((entry, index) => {
		if (!pointIds.includes(entry.point)) {
			issues.push({
				severity: 'error',
				path: ['points', index, 'point'],
				message: `het advies "${response.advice}" heeft geen punt "${entry.point}"`,
				fix: `kies een van: ${pointIds.join(', ') || '(dit advies heeft geen punten)'}`,
			});
		} else if (seen.has(entry.point)) {
			issues.push({
				severity: 'error',
				path: ['points', index, 'point'],
				message: `het punt "${entry.point}" staat twee keer in deze reactie`,
				fix: 'voeg de twee reacties op dit punt samen',
			});
		}
		seen.add(entry.point);
	});
	return issues;
}
