/**
 * A DVO version: one version (draft, final, amended) of the service agreement for one
 * agreement period, with the local choices per year as integer budget lines.
 */
import { z } from 'zod';
import { erratumListSchema, publicationSealSchema } from './errata.ts';
import { confirmLargeAmounts, euros, fte, isoDate, slugId, text, year, webUrl } from './primitives.ts';

export const DVO_VERSION_LABELS = ['ontwerp', 'vastgesteld', 'gewijzigd'] as const;
export type DvoVersionLabel = (typeof DVO_VERSION_LABELS)[number];

export const BUDGET_LINE_STATUSES = ['voorgesteld', 'toegekend', 'nog-niet-ingevuld', 'vervallen'] as const;
export type BudgetLineStatus = (typeof BUDGET_LINE_STATUSES)[number];

const enumError = (allowed: readonly string[]) => (issue: { input?: unknown }) =>
	issue.input === undefined
		? `dit veld ontbreekt; kies uit: ${allowed.join(', ')}`
		: `"${String(issue.input)}" is geen toegestane waarde; kies uit: ${allowed.join(', ')}`;

/**
 * Text that goes into the CSV download must not start like a spreadsheet formula (=, +, -, @):
 * Excel would run it (=HYPERLINK(…)) instead of showing it.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const csvSafe = <T extends z.ZodType<string | undefined>>(schema: T) =>
	schema.refine((value) => value === undefined || !FORMULA_START.test(value), {
		error: (issue) => `"${String(issue.input)}" begint met een teken (= + - @) waarmee een spreadsheet een formule start; begin met een woord of een getal`,
	});

export const budgetLineSchema = z.object({
	/** Stable id, the same in every year and version, so that lines can be compared. */
	id: slugId.optional(),
	name: csvSafe(text),
	amount: euros,
	fte: fte.optional(),
	status: z.enum(BUDGET_LINE_STATUSES, { error: enumError(BUDGET_LINE_STATUSES) }),
	note: csvSafe(z.string().optional()),
	/** Confirms an amount above PLAUSIBLE_AMOUNT_CEILING (ten million euros) as intended. */
	amountConfirmed: z.literal(true, { error: 'schrijf amountConfirmed: true, of laat het veld weg' }).optional(),
}).superRefine(confirmLargeAmounts(['amount']));

export const localChoiceYearSchema = z.object({
	year,
	/** The year's local-choice budget, when the document states it. */
	total: euros.optional(),
	/** The budget the local choices are a share of, when the document states it (checked against sharePercent). */
	availableBudget: euros.optional(),
	/** Confirms a total or available budget above PLAUSIBLE_AMOUNT_CEILING as intended. */
	amountConfirmed: z.literal(true, { error: 'schrijf amountConfirmed: true, of laat het veld weg' }).optional(),
	lines: z.array(budgetLineSchema),
}).superRefine(confirmLargeAmounts(['total', 'availableBudget']));

export const dvoSourceSchema = z.object({
	/** What the figures and text are taken from, in words (e.g. the advice that quotes them). */
	description: text,
	/** Id of the advice that quotes the figures, when that is the source. */
	advice: z.string().optional(),
	url: webUrl().optional(),
});

export const dvoSchema = z.object({
	/** Also the source column of the CSV download. */
	title: csvSafe(text),
	period: z.object({ firstYear: year, lastYear: year }).refine((p) => p.lastYear >= p.firstYear, {
		error: 'het laatste jaar ligt voor het eerste jaar; schrijf bijvoorbeeld firstYear: 2026 en lastYear: 2027',
	}),
	version: z.enum(DVO_VERSION_LABELS, { error: enumError(DVO_VERSION_LABELS) }),
	/** The date of this version, when known. */
	versionDate: isoDate.optional(),
	parties: z.array(text).min(2, { error: 'noem beide partijen, bijvoorbeeld Gemeente Heumen en WerkBedrijf Rijk van Nijmegen' }),
	source: dvoSourceSchema,
	/** False when the archive holds only what is known about the version, not its own text. */
	fullText: z.boolean().default(false),
	localChoices: z
		.object({
			/** Share of the available budget that goes to local choices, in whole percent. */
			sharePercent: z.number().int().min(0).max(100).optional(),
			years: z.array(localChoiceYearSchema),
		})
		.optional(),
	/** Corrections made after publication, oldest first (see docs/redactie.md). */
	errata: erratumListSchema,
	/** Set by npm run lock when the document is published; see publicationSealSchema. */
	published: publicationSealSchema.optional(),
});

export type DvoData = z.output<typeof dvoSchema>;
export type BudgetLine = z.output<typeof budgetLineSchema>;
export type LocalChoiceYear = z.output<typeof localChoiceYearSchema>;
