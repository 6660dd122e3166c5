/** Site settings: the one file editors change to run the archive for another council. */
import { z } from 'zod';
import { text, webUrl } from './primitives.ts';

export const settingsSchema = z.object({
	councilName: text,
	councilShortName: text,
	municipality: text,
	partner: text,
	/** Public address of the site, used in the feed, sitemap and canonical links. */
	baseUrl: webUrl('schrijf bijvoorbeeld https://bar-heumen.nl'),
	contact: z.object({
		email: z.email({ error: (issue) => `"${String(issue.input)}" is geen geldig e-mailadres` }).optional(),
		url: webUrl().optional(),
		description: z.string().optional(),
	}),
	/** Set for example archives: every page then says the content is fictional. */
	fictional: z.boolean().default(false),
});

export type SiteSettings = z.output<typeof settingsSchema>;
