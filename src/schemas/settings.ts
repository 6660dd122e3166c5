/** Site settings: the one file editors change to run the archive for another council. */
import { z } from 'zod';
import { text } from './primitives.ts';

export const settingsSchema = z.object({
	councilName: text,
	councilShortName: text,
	municipality: text,
	partner: text,
	/** Public address of the site, used in the feed, sitemap and canonical links. */
	baseUrl: z.url({ error: (issue) => `"${String(issue.input)}" is geen geldig webadres; schrijf bijvoorbeeld https://bar-heumen.nl` }),
	contact: z.object({
		email: z.email({ error: (issue) => `"${String(issue.input)}" is geen geldig e-mailadres` }).optional(),
		url: z.url().optional(),
		description: z.string().optional(),
	}),
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
