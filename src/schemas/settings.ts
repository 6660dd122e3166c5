/** Site settings: the one file editors change to run the archive for another council. */
import { z } from 'zod';
import { isoDate, text, webUrl } from './primitives.ts';

/** The compliance statuses of the Dutch model accessibility statement (A: voldoet volledig … E: voldoet niet). */
export const ACCESSIBILITY_STATUSES = ['A', 'B', 'C', 'D', 'E'] as const;
export type AccessibilityStatus = (typeof ACCESSIBILITY_STATUSES)[number];

export const settingsSchema = z.object({
	councilName: text,
	councilShortName: text,
	municipality: text,
	partner: text,
	/** Public address of the site, used in the feed, sitemap and canonical links. */
	baseUrl: webUrl('schrijf bijvoorbeeld https://bar-heumen.nl'),
	/** Where readers can ask; every field is optional, and the site invents none of them. */
	contact: z.object({
		email: z.email({ error: (issue) => `"${String(issue.input)}" is geen geldig e-mailadres` }).optional(),
		/** A contact page or form on another site. */
		url: webUrl().optional(),
		/** A telephone number as people dial it, e.g. "024 123 45 67". */
		phone: z
			.string()
			.regex(/^\+?[0-9][0-9 ()-]{5,}$/, { error: (issue) => `"${String(issue.input)}" is geen telefoonnummer; schrijf alleen cijfers, spaties en eventueel een + vooraan, bijvoorbeeld 024 123 45 67` })
			.optional(),
		description: z.string().optional(),
	}),
	/**
	 * Facts for the accessibility statement (/toegankelijkheid/) that only the publisher can know.
	 * Left out, the statement says they are not recorded.
	 */
	accessibility: z
		.object({
			/** The status after the Dutch model statement, as in the register of toegankelijkheidsverklaring.nl. */
			status: z.enum(ACCESSIBILITY_STATUSES, { error: () => 'de status is één letter: A, B, C, D of E (zie toegankelijkheidsverklaring.nl)' }).optional(),
			/** Date of the last check of the site by a person (not the automatic checks). */
			lastCheck: isoDate.optional(),
			/** How that check was done, e.g. "eigen onderzoek met toetsenbord en schermlezer". */
			lastCheckMethod: z.string().optional(),
			/** The statement in the national register, or the research report. */
			statementUrl: webUrl().optional(),
		})
		.optional(),
	/**
	 * Publication in the national Woo-index (see the README, "Woo-index"): the publishing
	 * organisation's TOOI URI and the information category per document type. The values are
	 * checked, with line and fix, by src/lib/woo/check.ts; without this block the site has no
	 * DiWoo sitemaps.
	 */
	woo: z
		.object({
			publisher: z.string(),
			categories: z
				.object({
					advies: z.string().default('adviezen'),
					bronbrief: z.string().default('adviezen'),
					dvo: z.string().default('inspanningsverplichting'),
					reactie: z.string().default('inspanningsverplichting'),
				})
				.default({ advies: 'adviezen', bronbrief: 'adviezen', dvo: 'inspanningsverplichting', reactie: 'inspanningsverplichting' }),
		})
		.optional(),
	/** Set for example archives: every page then says the content is fictional. */
	fictional: z.boolean().default(false),
});

export type SiteSettings = z.output<typeof settingsSchema>;
