/** Glossary: the words a resident meets on the site, explained in plain Dutch (B1). */
import { z } from 'zod';
import { slugId, text } from './primitives.ts';

export const glossaryTermSchema = z.object({
	id: slugId,
	term: text,
	/** Short expansion of an abbreviation, e.g. Dienstverleningsovereenkomst for DVO. */
	expansion: z.string().optional(),
	definition: text,
});

export const glossarySchema = z.array(glossaryTermSchema);
export type GlossaryTerm = z.output<typeof glossaryTermSchema>;
