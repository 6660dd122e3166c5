/**
 * The language guide (taalwijzer): words and phrases the council asked to avoid, each with the
 * alternative it suggests. Editors change the YAML file; the content check warns on every use.
 */
import { z } from 'zod';
import { slugId, text } from './primitives.ts';

export const languageGuideEntrySchema = z.object({
	id: slugId,
	/** The words or phrases to avoid, in their base form; longer forms (zorgjongere → zorgjongeren) count too. */
	avoid: z.array(text).min(1, { error: 'noem minstens één woord onder avoid' }),
	/** What to write instead. */
	instead: text,
	/** Why, in the council's words. */
	reason: text,
	/** The advice in which the council made this remark; that advice mentions the word on purpose and is not checked for it. */
	source: z.string().optional(),
});

export const languageGuideSchema = z.array(languageGuideEntrySchema);
export type LanguageGuideEntry = z.output<typeof languageGuideEntrySchema>;
