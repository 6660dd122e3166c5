/**
 * DVO entries as the comparison code needs them. The pages pass Astro's collection entries;
 * this keeps the shape in one place and out of the pages.
 */
import type { DvoData } from '../../schemas/dvo.ts';
import { comparisonsForVersion, type DvoDocument } from './sources.ts';

export function toDvoDocuments(entries: readonly { id: string; data: DvoData; body?: string }[]): DvoDocument[] {
	return entries.map((entry) => ({ id: entry.id, data: entry.data, body: entry.body ?? '' }));
}

/** The links a DVO page shows to the comparisons that involve its version. */
export function comparisonLinks(entries: readonly { id: string; data: DvoData; body?: string }[], versionId: string): { href: string; label: string }[] {
	return comparisonsForVersion(toDvoDocuments(entries), versionId).map((c) => ({ href: c.path, label: `Vergelijk ${c.label}` }));
}
