/**
 * Aligns the sections of two versions of a document: same heading first, then (for the rest)
 * similar content, which finds renamed sections. Matched sections whose order changed are
 * marked as moved; unmatched ones are added or removed.
 */
import type { TextSection } from './sections.ts';

export interface SectionPair {
	oldIndex?: number;
	newIndex?: number;
	/** How the pair was found. */
	matchedBy?: 'heading' | 'content';
	moved: boolean;
}

/** Sections whose content is at least this similar count as the same section, renamed. */
export const RENAME_SIMILARITY = 0.5;

const normalizeHeading = (heading: string) => heading.normalize('NFC').toLocaleLowerCase('nl').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Word pairs (bigrams) of a text, counted; a single word counts as itself. */
function shingles(text: string): Map<string, number> {
	const words = text.toLocaleLowerCase('nl').match(/[\p{L}\p{N}]+/gu) ?? [];
	const counts = new Map<string, number>();
	const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
	if (words.length === 1) add(words[0]!);
	for (let i = 1; i < words.length; i++) add(`${words[i - 1]} ${words[i]}`);
	return counts;
}

/**
 * Dice coefficient of the word pairs of two texts: 1 for the same text, near 0 for unrelated
 * texts. Pairs rather than single words, so that common words (de, het, van) do not make two
 * different sections look alike.
 */
export function similarity(a: string, b: string): number {
	return diceOf(shingles(a), shingles(b));
}

function diceOf(sa: ReadonlyMap<string, number>, sb: ReadonlyMap<string, number>): number {
	let total = 0;
	let common = 0;
	for (const n of sa.values()) total += n;
	for (const n of sb.values()) total += n;
	if (total === 0) return 1;
	for (const [key, n] of sa) common += Math.min(n, sb.get(key) ?? 0);
	return (2 * common) / total;
}

/** Indexes (into `values`) of one longest strictly increasing subsequence. */
function longestIncreasing(values: readonly number[]): Set<number> {
	const tails: number[] = [];
	const previous: number[] = new Array(values.length).fill(-1);
	values.forEach((value, i) => {
		let lo = 0;
		let hi = tails.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (values[tails[mid]!]! < value) lo = mid + 1;
			else hi = mid;
		}
		if (lo > 0) previous[i] = tails[lo - 1]!;
		tails[lo] = i;
	});
	const result = new Set<number>();
	let k = tails.length > 0 ? tails[tails.length - 1]! : -1;
	while (k >= 0) {
		result.add(k);
		k = previous[k]!;
	}
	return result;
}

/**
 * Pairs the sections of two versions. The result lists the new sections in their new order,
 * with each removed section after the section that preceded it in the old version.
 */
export function alignSections(oldSections: readonly TextSection[], newSections: readonly TextSection[]): SectionPair[] {
	const newToOld = new Map<number, number>();
	const how = new Map<number, 'heading' | 'content'>();
	const usedOld = new Set<number>();
	// 1. Same heading (the first unused one with that heading, so repeated headings pair in order).
	newSections.forEach((section, newIndex) => {
		const key = normalizeHeading(section.heading);
		const oldIndex = oldSections.findIndex((o, i) => !usedOld.has(i) && normalizeHeading(o.heading) === key);
		if (oldIndex >= 0) {
			newToOld.set(newIndex, oldIndex);
			how.set(newIndex, 'heading');
			usedOld.add(oldIndex);
		}
	});
	// 2. Similar content among the rest: best pairs first. Each section's word pairs are counted
	// once, not once per candidate pair: a long document has many unmatched sections.
	const candidates: { newIndex: number; oldIndex: number; score: number }[] = [];
	const oldShingles = new Map<number, Map<string, number>>();
	newSections.forEach((section, newIndex) => {
		if (newToOld.has(newIndex)) return;
		const newShingles = shingles(section.text);
		oldSections.forEach((old, oldIndex) => {
			if (usedOld.has(oldIndex)) return;
			if (!oldShingles.has(oldIndex)) oldShingles.set(oldIndex, shingles(old.text));
			const score = diceOf(oldShingles.get(oldIndex)!, newShingles);
			if (score >= RENAME_SIMILARITY && (old.text !== '' || section.text !== '')) candidates.push({ newIndex, oldIndex, score });
		});
	});
	candidates.sort((a, b) => b.score - a.score || a.newIndex - b.newIndex || a.oldIndex - b.oldIndex);
	for (const c of candidates) {
		if (newToOld.has(c.newIndex) || usedOld.has(c.oldIndex)) continue;
		newToOld.set(c.newIndex, c.oldIndex);
		how.set(c.newIndex, 'content');
		usedOld.add(c.oldIndex);
	}
	// 3. Moves: matched sections outside the longest run that kept its order.
	const matchedNew = [...newToOld.keys()].sort((a, b) => a - b);
	const inOrder = longestIncreasing(matchedNew.map((n) => newToOld.get(n)!));
	const moved = new Set(matchedNew.filter((_, i) => !inOrder.has(i)));

	// 4. Output in new order, removed sections after their old predecessor (among kept-order matches).
	const removedAfter = new Map<number, number[]>();
	let previous = -1;
	const anchors = new Set(matchedNew.filter((n) => !moved.has(n)).map((n) => newToOld.get(n)!));
	oldSections.forEach((_, oldIndex) => {
		if (usedOld.has(oldIndex)) {
			if (anchors.has(oldIndex)) previous = oldIndex;
			return;
		}
		removedAfter.set(previous, [...(removedAfter.get(previous) ?? []), oldIndex]);
	});
	const pairs: SectionPair[] = [];
	const emitRemoved = (after: number) => {
		for (const oldIndex of removedAfter.get(after) ?? []) pairs.push({ oldIndex, moved: false });
		removedAfter.delete(after);
	};
	emitRemoved(-1);
	newSections.forEach((_, newIndex) => {
		const oldIndex = newToOld.get(newIndex);
		pairs.push({ oldIndex, newIndex, matchedBy: how.get(newIndex), moved: moved.has(newIndex) });
		if (oldIndex !== undefined && !moved.has(newIndex)) emitRemoved(oldIndex);
	});
	for (const key of [...removedAfter.keys()]) emitRemoved(key);
	return pairs;
}
