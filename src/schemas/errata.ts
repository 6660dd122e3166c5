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
