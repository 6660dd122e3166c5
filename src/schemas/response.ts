/**
 * A response of the college to an advice: its own document in reacties/<name>.yaml, so a
 * response that arrives months after the advice is one new file and the advice stays as
 * published. One file per letter (or other source) of the college; a later letter on the
 * same advice is a second file.
 */
import { z } from 'zod';
import { FOLLOW_UP_STATUSES } from './advice.ts';
import { isoDate, slugId, text, webUrl } from './primitives.ts';

/** A response always says what happened: "open" means there is no response at all. */
export const RESPONSE_STATUSES = FOLLOW_UP_STATUSES.filter((status) => status !== 'open');

const statusError = (issue: { input?: unknown }) =>
	issue.input === 'open'
		? 'een reactie kan niet de status "open" hebben; laat een punt waarop het college (nog) niet reageert weg uit dit bestand'
		: issue.input === undefined
			? `dit veld ontbreekt; kies uit: ${RESPONSE_STATUSES.join(', ')}`
			: `"${String(issue.input)}" is geen toegestane waarde; kies uit: ${RESPONSE_STATUSES.join(', ')}`;

export const responsePointSchema = z.object({
	/** The id of the point in the advice (points → id). */
	point: slugId,
	status: z.enum(RESPONSE_STATUSES as [string, ...string[]], { error: statusError }).transform((s) => s as Exclude<(typeof FOLLOW_UP_STATUSES)[number], 'open'>),
	/** What the college says about this point, in short. */
	response: text,
});

export const responseSchema = z.object({
	/** The id of the advice this responds to: its file name without .mdx. */
	advice: slugId,
	/** The date of the college's letter (or decision). */
	date: isoDate,
	source: z.object({
		/** E.g. "Brief van het college van 12 december 2023". */
		title: text,
		/** A public web address of the letter, when there is one. */
		url: webUrl().optional(),
	}),
	points: z.array(responsePointSchema).min(1, { error: 'noem ten minste één punt waarop het college reageert' }),
});

export type ResponseData = z.output<typeof responseSchema>;
export type ResponsePoint = z.output<typeof responsePointSchema>;
