/**
 * An erratum: a correction of a published text. Published documents are immutable; a change to
 * what was published is only accepted with an erratum, and every erratum is shown on the page.
 */
import { z } from 'zod';
import { isoDate, text } from './primitives.ts';

export const erratumSchema = z.object({
	/** The day the correction was made. */
	date: isoDate,
	/** What changed, in words a reader understands ("Bedrag 2027 gecorrigeerd van € 42.000 naar € 24.000"). */
	description: text,
	/** Why it changed ("Typefout bij het overnemen van de brief"). */
	reason: text,
});

export const erratumListSchema = z.array(erratumSchema).default([]);

export type Erratum = z.output<typeof erratumSchema>;

/**
 * The seal a published document carries in its own frontmatter, written by `npm run lock`:
 * the day it was recorded as published and the hash of its published text, the same hash as in
 * gepubliceerd.lock.json. Removing the lock file or an entry from it no longer unlocks the
 * document: the check fails while a sealed document has no lock entry, and removing the seal
 * itself shows in the document's own diff.
 */
export const publicationSealSchema = z.object({
	/** The day the text was first recorded as published. */
	date: isoDate,
	/** SHA-256 of the published record (all frontmatter but UNSEALED_FIELDS in src/lib/editorial/lock.ts, the body, the source letter's bytes). */
	sha256: z.string({ error: 'hier hoort de hash van de gepubliceerde tekst' }).regex(/^[0-9a-f]{64}$/, { error: 'dit is geen geldige hash; zet de waarde terug met git of voer npm run lock uit' }),
});

export type PublicationSeal = z.output<typeof publicationSealSchema>;
