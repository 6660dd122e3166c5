/**
 * Small zod building blocks shared by every content schema: dates, money, fte and ids.
 *
 * Each carries a Dutch message that tells an editor what was expected, because these
 * messages end up in front of the council's secretary, not a developer.
 */
import { z } from 'zod';

// Zod's own messages (for a field of the wrong kind) in Dutch too: they reach the secretary.
z.config(z.locales.nl());

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Parses YYYY-MM-DD into a Date at midnight UTC; returns undefined for anything else,
 * including dates that do not exist (2025-09-31, 2025-02-29).
 */
export function parseIsoDate(value: string): Date | undefined {
	const match = ISO_DATE.exec(value.trim());
	if (!match) return undefined;
	const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(y, m - 1, d));
	if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
	return date;
}

/**
 * A calendar date written as YYYY-MM-DD. YAML already turns such a value into a Date;
 * the content check reads YAML without that conversion so that an impossible date such as
 * 2025-09-31 is reported instead of silently becoming 1 October.
 */
export const isoDate = z.union([z.date(), z.string()]).transform((value, ctx) => {
	if (value instanceof Date) {
		if (Number.isNaN(value.getTime())) {
			ctx.addIssue({ code: 'custom', message: 'dit is geen geldige datum; schrijf jaar-maand-dag, bijvoorbeeld 2025-09-19', input: value });
			return z.NEVER;
		}
		return value;
	}
	const parsed = parseIsoDate(value);
	if (!parsed) {
		ctx.addIssue({
			code: 'custom',
			message: `"${value}" is geen datum; schrijf jaar-maand-dag, bijvoorbeeld 2025-09-19`,
			input: value,
		});
		return z.NEVER;
	}
	return parsed;
});

const euroText = (amount: number) => new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(amount).replace(/\u00a0/g, ' ');

/** No amount in the archive can be higher: a trillion euros is beyond any municipal budget. */
export const MAX_AMOUNT = 1_000_000_000_000;

/** An amount of money in whole euros: an integer, never a float, never negative. */
export const euros = z
	.number({ error: (issue) => (issue.input === undefined ? 'dit bedrag ontbreekt' : `"${String(issue.input)}" is geen bedrag; schrijf hele euro's zonder punt of euroteken, bijvoorbeeld 81000`) })
	.int({ error: (issue) => `${String(issue.input)} is geen heel bedrag; bedragen zijn hele euro's zonder komma of punt, bijvoorbeeld 81000 voor € 81.000` })
	.nonnegative({ error: (issue) => `${String(issue.input)} is negatief; een bedrag is 0 of meer` })
	.max(MAX_AMOUNT, { error: (issue) => `${String(issue.input)} is geen bedrag uit een begroting van een gemeente; het hoogste bedrag dat het archief aanneemt is ${euroText(MAX_AMOUNT)}` });

/**
 * Above this amount (10 million euros) a budget line is almost certainly a typing error (a few
 * zeros too many); it is accepted only when the line confirms it with `amountConfirmed: true`.
 */
export const PLAUSIBLE_AMOUNT_CEILING = 10_000_000;

/** A refinement for an object with an amount field: above the ceiling it needs amountConfirmed. */
export function confirmLargeAmounts<T extends { amountConfirmed?: true }>(fields: readonly (keyof T & string)[]) {
	return (value: T, ctx: z.RefinementCtx) => {
		if (value.amountConfirmed) return;
		for (const field of fields) {
			const amount = value[field];
			if (typeof amount === 'number' && amount > PLAUSIBLE_AMOUNT_CEILING && amount <= MAX_AMOUNT) {
				ctx.addIssue({
					code: 'custom',
					path: [field],
					input: amount,
					message: `${euroText(amount)} is meer dan ${euroText(PLAUSIBLE_AMOUNT_CEILING)} (tien miljoen); staan er nullen te veel? Klopt het bedrag echt, zet dan op deze regel ook amountConfirmed: true`,
				});
			}
		}
	};
}

/** Formation in full-time equivalents, with at most two decimals (0.9 fte). */
export const fte = z
	.number({ error: (issue) => `"${String(issue.input)}" is geen aantal fte; schrijf een getal met een punt, bijvoorbeeld 0.9` })
	.nonnegative({ error: (issue) => `${String(issue.input)} is negatief; fte is 0 of meer` })
	.refine((value) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-9, {
		error: (issue) => `${String(issue.input)} heeft te veel decimalen; gebruik er hoogstens twee, bijvoorbeeld 0.9`,
	});

/** A stable identifier: lower case letters, digits and hyphens, so it can be part of a URL. */
export const slugId = z
	.string({ error: 'hier hoort een korte code, bijvoorbeeld participatiecoaching' })
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
		error: (issue) => `"${String(issue.input)}" is geen geldige code; gebruik kleine letters, cijfers en streepjes, bijvoorbeeld lokale-verankering`,
	});

/** A year such as 2026. */
export const year = z
	.number({ error: (issue) => `"${String(issue.input)}" is geen jaartal; schrijf bijvoorbeeld 2026` })
	.int({ error: (issue) => `${String(issue.input)} is geen jaartal; schrijf bijvoorbeeld 2026` })
	.min(1990, { error: (issue) => `${String(issue.input)} is geen plausibel jaartal` })
	.max(2100, { error: (issue) => `${String(issue.input)} is geen plausibel jaartal` });

/** Plain text that must not be empty. */
export const text = z
	.string({ error: (issue) => (issue.input === undefined ? 'dit veld ontbreekt' : 'hier hoort tekst') })
	.trim()
	.min(1, { error: 'dit veld is leeg' });

/**
 * A web address (http or https) that the site links to. Zod's own url() accepts any scheme,
 * javascript: and data: included, which would turn a source link into a script.
 */
export const webUrl = (example = 'begin met https://') =>
	z.url({ protocol: /^https?$/, error: (issue) => (issue.input === undefined ? 'dit webadres ontbreekt' : `"${String(issue.input)}" is geen geldig webadres; ${example}`) });
