/** Glossary: the words a resident meets on the site, explained in plain Dutch (B1). */
import { z } from 'zod';
import { slugId, text } from './primitives.ts';

/** An everyday word a visitor may type for a term: letters, with spaces or hyphens between words. */
const everydayWord = z
	.string({ message: 'schrijf een woord, bijvoorbeeld jobcoach' })
	.regex(/^\p{L}+(?:[ -]\p{L}+)*$/u, { message: 'schrijf alleen letters, met een spatie of streepje tussen woorden (geen cijfers of leestekens)' });

export const glossaryTermSchema = z.object({
	id: slugId,
	term: text,
	/** Short expansion of an abbreviation, e.g. Dienstverleningsovereenkomst for DVO. */
	expansion: z.string().optional(),
	definition: text,
	/**
	 * Everyday words people use for this term (jobcoach for participatiecoaching). Search
	 * suggests the term for them and finds the pages that use the term. Only honest synonyms.
	 */
	everydayWords: z.array(everydayWord).optional(),
});

export const glossarySchema = z.array(glossaryTermSchema);
export type GlossaryTerm = z.output<typeof glossaryTermSchema>;
