/**
 * DVO entries as the comparison code needs them. The pages pass Astro's collection entries;
 * this keeps the shape in one place and out of the pages.
 */
import type { DvoData } from '../../schemas/dvo.ts';
import { publishedComparisons, type DvoDocument } from './sources.ts';

export function toDvoDocuments(entries: readonly { id: string; data: DvoData; body?: string }[]): DvoDocument[] {
	return entries.map((entry) => ({ id: entry.id, data: entry.data, body: entry.body ?? '' }));
}

/**
 * The links each DVO page shows to the comparisons that involve its version, for every version
 * at once: the published comparisons are worked out once, not once per page.
 */
export function comparisonLinksByVersion(entries: readonly { id: string; data: DvoData; body?: string }[]): Map<string, { href: string; label: string }[]> {
	const links = new Map<string, { href: string; label: string }[]>();
	for (const c of publishedComparisons(toDvoDocuments(entries))) {
		for (const id of new Set([c.a.version.id, c.b.version.id])) {
			links.set(id, [...(links.get(id) ?? []), { href: c.path, label: `Vergelijk ${c.label}` }]);
		}
	}
	return links;
}
