/**
 * What a comparison page (/vergelijk/<a>/<b>/) shows besides the tables: its title, the
 * versions its amounts come from (draft or final, for the proposal markers), and the other
 * published comparison with exactly the same content, if any. A year pair whose years each come
 * from a one-year version compares the same lines and text as the pair of those versions; the
 * two pages then link to each other instead of looking like two different answers.
 */
import type { DvoVersionLabel } from '../../schemas/dvo.ts';
import { compareSides, publishedComparisons, type Comparison, type ComparisonLink, type DvoDocument } from './sources.ts';

export interface ComparisonPage {
	comparison: Comparison;
	title: string;
	versions: { old: DvoVersionLabel; new: DvoVersionLabel };
	/** Other published comparisons with the same money and text: the same versions and years. */
	sameAs: { path: string; title: string }[];
}

/** The title of a comparison page. */
export function comparisonTitle(link: Pick<ComparisonLink, 'a' | 'b'>): string {
	return link.a.kind === 'year' ? `Lokale keuzes ${link.a.label} en ${link.b.label} vergeleken` : `${link.a.label} en ${link.b.label} vergeleken`;
}

/** Two comparisons say the same when they compare the same versions' text and the same years' lines. */
export function contentKey(comparison: Comparison): string {
	const pairs = comparison.pairs.map((p) => `${p.oldYear}>${p.newYear}`).join(',');
	return `${comparison.a.version.id}|${comparison.b.version.id}|${pairs}`;
}

/** Every published comparison with what its page needs, in the order of publishedComparisons. */
export function comparisonPages(versions: readonly DvoDocument[]): ComparisonPage[] {
	const built = publishedComparisons(versions).map((link) => ({ link, comparison: compareSides(link.a, link.b) }));
	const byKey = Map.groupBy(built, (b) => contentKey(b.comparison));
	return built.map(({ link, comparison }) => ({
		comparison,
		title: comparisonTitle(link),
		versions: { old: comparison.a.version.data.version, new: comparison.b.version.data.version },
		sameAs: (byKey.get(contentKey(comparison)) ?? []).filter((other) => other.link.path !== link.path).map((other) => ({ path: other.link.path, title: comparisonTitle(other.link) })),
	}));
}
