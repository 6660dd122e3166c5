/**
 * An advice of the council: the letter as published (the MDX body) and its structured
 * summary (dates, verdict, points and their follow-up) in the frontmatter.
 */
import { z } from 'zod';
import { erratumListSchema, publicationSealSchema } from './errata.ts';
import { isoDate, slugId, text } from './primitives.ts';

/**
 * A source letter is published as the file itself, so only formats a browser shows as text or
 * downloads: never .html, .svg or .js, which would run in the site's name.
 */
const SOURCE_FILE = /^bronnen\/[A-Za-z0-9][A-Za-z0-9._-]*\.(?:txt|pdf|docx|odt)$/;

export const VERDICTS = ['positief', 'positief-met-opmerkingen', 'gemengd', 'negatief'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const POINT_KINDS = ['aanbeveling', 'vraag', 'zorg', 'oordeel'] as const;
export const FOLLOW_UP_STATUSES = ['open', 'beantwoord', 'overgenomen', 'deels-overgenomen', 'niet-overgenomen'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

const choose = (allowed: readonly string[]) => (issue: { input?: unknown }) =>
	issue.input === undefined
		? `dit veld ontbreekt; kies uit: ${allowed.join(', ')}`
		: `"${String(issue.input)}" is geen toegestane waarde; kies uit: ${allowed.join(', ')}`;

export const followUpSchema = z.object({
	status: z.enum(FOLLOW_UP_STATUSES, { error: choose(FOLLOW_UP_STATUSES) }),
	response: z.string().optional(),
	responseDate: isoDate.optional(),
	responseSource: z.string().optional(),
});

export const adviceFollowUpDefault = { status: 'open' as const };

export const advicePointSchema = z.object({
	/** Stable id, unique within the advice; it never changes once published. */
	id: slugId,
	kind: z.enum(POINT_KINDS, { error: choose(POINT_KINDS) }),
	topic: text,
	text,
	/** Heading id in the letter that this point belongs to. */
	section: z.string().optional(),
	followUp: followUpSchema.default(adviceFollowUpDefault),
	/** Ids of points in other advice on the same concern ("<advice-id>#<point-id>"). */
	related: z.array(z.string()).default([]),
	/**
	 * Topics that the advice itself says the council raised in earlier years too, for when
	 * those earlier advice are not in the archive (the overview shows the claim, not a guess).
	 */
	raisedEarlier: z.array(text).default([]),
});

export const adviceSchema = z
	.object({
		title: text,
		/** The year the advice was given; used in URLs and filters when the letter date is unknown. */
		year: z.number().int().min(1990).max(2100),
		council: text,
		addressee: text,
		/** The DVO version this advice is about, as "<period>/<version>", e.g. 2026-2027/ontwerp. */
		dvo: text,
		dates: z
			.object({
				/** Date of the letter itself, when known. */
				letter: isoDate.optional(),
				meeting: isoDate.optional(),
				requestedBefore: isoDate.optional(),
				committee: isoDate.optional(),
			})
			.default({}),
		committee: z.string().optional(),
		verdict: z.enum(VERDICTS, { error: choose(VERDICTS) }),
		verdictSummary: text,
		topics: z.array(text).default([]),
		points: z.array(advicePointSchema).default([]),
		/** The letter as received, relative to the content folder (e.g. bronnen/brief.txt). */
		sourceFile: z
			.string()
			.regex(SOURCE_FILE, {
				error: (issue) => `"${String(issue.input)}" kan niet als bronbrief gepubliceerd worden; schrijf bronnen/<naam>.txt (of .pdf, .docx, .odt), met alleen letters, cijfers, punten en streepjes in de naam`,
			})
			.optional(),
		/** Corrections made after publication, oldest first (see docs/redactie.md). */
		errata: erratumListSchema,
		/** Set by npm run lock when the document is published; see publicationSealSchema. */
		published: publicationSealSchema.optional(),
	})
	.superRefine((advice, ctx) => {
		const seen = new Map<string, number>();
		advice.points.forEach((point, index) => {
			const first = seen.get(point.id);
			if (first !== undefined) {
				ctx.addIssue({
					code: 'custom',
					path: ['points', index, 'id'],
					input: point.id,
					message: `de code "${point.id}" komt al voor bij punt ${first + 1}; geef elk punt een eigen code`,
				});
			} else {
				seen.set(point.id, index);
			}
		});
	});

export type AdviceData = z.output<typeof adviceSchema>;
export type AdvicePoint = z.output<typeof advicePointSchema>;
