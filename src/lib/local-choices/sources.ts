/**
 * What can be compared, and what a reference such as "2026" or "2026-2027/ontwerp" means.
 * Shared by `npm run diff` and the pages, so both give the same answer.
 *
 * - A year (2026) is a calendar year of local choices. Its lines come from the latest version
 *   of the period that contains the year (the newest such period if periods overlap).
 * - A version (2026-2027/ontwerp, dvo/2026-2027/ontwerp or the URL form 2026-2027-ontwerp)
 *   is one DVO version with all its years; a period (2024-2025) means its latest version.
 */
import type { BudgetLine, DvoData } from '../../schemas/dvo.ts';
import { periodSlug } from '../content/archive-layout.ts';
import { compareVersions, groupByPeriod, type DvoVersionRef } from '../archive/dvo-versions.ts';
import { versionLabels } from '../labels.ts';
import { comparisonPath } from '../routes.ts';
import { diffLines, type LinesDiff } from './compare.ts';
import { diffDocuments, type DocumentDiff } from '../text-diff/text-diff.ts';

export interface DvoDocument extends DvoVersionRef {
	data: DvoData;
	/** The MDX text of the version, when available. */
	body?: string;
}

export type ComparisonSide =
	| { kind: 'year'; year: number; slug: string; label: string; version: DvoDocument }
	| { kind: 'version'; slug: string; label: string; version: DvoDocument };

export interface YearPair {
	oldYear: number;
	newYear: number;
	/** "2026 → 2027", "2024 (ontwerp) → 2024 (vastgesteld)" */
	label: string;
	diff: LinesDiff;
}

export interface Comparison {
	a: ComparisonSide;
	b: ComparisonSide;
	/** The money diff per pair of years. */
	pairs: YearPair[];
	/** The two DVO versions whose text is compared; undefined when both sides are the same version. */
	text?: { old: DvoDocument; new: DvoDocument };
	path: string;
}

/** All versions oldest first: by period, then draft, final, amendments. */
export function versionsInOrder<T extends DvoVersionRef>(versions: readonly T[]): T[] {
	return [...versions].sort((a, b) => a.data.period.firstYear - b.data.period.firstYear || a.data.period.lastYear - b.data.period.lastYear || compareVersions(a, b));
}

/** Calendar years with local choices, each with the version its lines come from; oldest first. */
export function yearSources<T extends DvoDocument>(versions: readonly T[]): { year: number; version: T; lines: BudgetLine[] }[] {
	const periods = groupByPeriod(versions); // newest period first
	const years = new Map<number, { year: number; version: T; lines: BudgetLine[] }>();
	for (const period of periods) {
		for (const y of period.latest.data.localChoices?.years ?? []) {
			if (!years.has(y.year)) years.set(y.year, { year: y.year, version: period.latest, lines: y.lines });
		}
	}
	return [...years.values()].sort((a, b) => a.year - b.year);
}

/** "2026-2027-ontwerp": the form of a version in a URL. */
export function versionUrlSlug(version: DvoVersionRef): string {
	return version.id.replace('/', '-');
}

/** "ontwerp-DVO 2026-2027" style label: "DVO 2026-2027 (ontwerp)". */
export function versionLabel(version: DvoDocument): string {
	const period = periodSlug(version.data.period.firstYear, version.data.period.lastYear);
	return `DVO ${period} (${versionLabels[version.data.version].toLowerCase()})`;
}

export type ResolveResult = { ok: true; side: ComparisonSide } | { ok: false; message: string };

/** What exists, for an error message: "jaren: 2026, 2027; versies: 2026-2027/ontwerp". */
export function describeAvailable(versions: readonly DvoDocument[]): string {
	const years = yearSources(versions).map((y) => y.year);
	const ids = versionsInOrder(versions).map((v) => v.id);
	return `jaren: ${years.join(', ') || '(geen)'}; versies: ${ids.join(', ') || '(geen)'}`;
}

/** Resolves "2026", "2026-2027/ontwerp", "dvo/2026-2027/ontwerp", "2026-2027-ontwerp" or "2024-2025". */
export function resolveSide(versions: readonly DvoDocument[], reference: string): ResolveResult {
	const ref = reference.trim().replace(/^\/+|\/+$/g, '').replace(/^dvo\//, '').replace(/\.mdx$/, '');
	if (/^\d{4}$/.test(ref)) {
		const found = yearSources(versions).find((y) => String(y.year) === ref);
		if (found) return { ok: true, side: { kind: 'year', year: found.year, slug: ref, label: ref, version: found.version } };
	}
	const byId = versions.find((v) => v.id === ref || versionUrlSlug(v) === ref);
	if (byId) return { ok: true, side: { kind: 'version', slug: versionUrlSlug(byId), label: versionLabel(byId), version: byId } };
	const period = groupByPeriod(versions).find((p) => p.slug === ref);
	if (period) return { ok: true, side: { kind: 'version', slug: versionUrlSlug(period.latest), label: versionLabel(period.latest), version: period.latest } };
	return { ok: false, message: `"${reference}" is geen jaar en geen DVO-versie in het archief. Wel aanwezig: ${describeAvailable(versions)}` };
}

function yearsOf(side: ComparisonSide): number[] {
	if (side.kind === 'year') return [side.year];
	return (side.version.data.localChoices?.years ?? []).map((y) => y.year).sort((a, b) => a - b);
}

function linesOf(side: ComparisonSide, year: number): BudgetLine[] {
	return side.version.data.localChoices?.years.find((y) => y.year === year)?.lines ?? [];
}

/**
 * Compares two sides. Two years: their lines. Two versions: the years they share, each with
 * itself (draft against final); without shared years, the last year of the older against
 * the first year of the newer. A year against a version: the year against the version's
 * nearest year.
 */
export function compareSides(a: ComparisonSide, b: ComparisonSide): Comparison {
	const aYears = yearsOf(a);
	const bYears = yearsOf(b);
	const shared = a.kind === 'year' && b.kind === 'year' ? [] : aYears.filter((y) => bYears.includes(y));
	const tag = (side: ComparisonSide) => (side.kind === 'version' && a.kind === 'version' && b.kind === 'version' && a.version.id !== b.version.id && a.version.data.period.firstYear === b.version.data.period.firstYear ? ` (${versionLabels[side.version.data.version].toLowerCase()})` : '');
	let yearPairs: [number, number][];
	if (shared.length > 0) yearPairs = shared.map((y) => [y, y]);
	else if (aYears.length > 0 && bYears.length > 0) {
		const older = aYears.at(-1)!;
		const nearest = [...bYears].sort((x, y) => Math.abs(x - older) - Math.abs(y - older) || x - y)[0]!;
		yearPairs = [[older, nearest]];
	} else yearPairs = [];
	const pairs = yearPairs.map(([oldYear, newYear]) => ({
		oldYear,
		newYear,
		label: `${oldYear}${tag(a)} → ${newYear}${tag(b)}`,
		diff: diffLines(linesOf(a, oldYear), linesOf(b, newYear)),
	}));
	return {
		a,
		b,
		pairs,
		text: a.version.id === b.version.id ? undefined : { old: a.version, new: b.version },
		path: comparisonPath(a, b),
	};
}

export interface ComparisonLink {
	path: string;
	label: string;
	a: ComparisonSide;
	b: ComparisonSide;
}

/** The comparisons the site publishes: consecutive versions, and consecutive years. */
export function publishedComparisons(versions: readonly DvoDocument[]): ComparisonLink[] {
	const ordered = versionsInOrder(versions);
	const links: ComparisonLink[] = [];
	for (let i = 1; i < ordered.length; i++) {
		const a: ComparisonSide = { kind: 'version', slug: versionUrlSlug(ordered[i - 1]!), label: versionLabel(ordered[i - 1]!), version: ordered[i - 1]! };
		const b: ComparisonSide = { kind: 'version', slug: versionUrlSlug(ordered[i]!), label: versionLabel(ordered[i]!), version: ordered[i]! };
		links.push({ path: comparisonPath(a, b), label: `${a.label} met ${b.label}`, a, b });
	}
	const years = yearSources(versions);
	for (let i = 1; i < years.length; i++) {
		const prev = years[i - 1]!;
		const next = years[i]!;
		const a: ComparisonSide = { kind: 'year', year: prev.year, slug: String(prev.year), label: String(prev.year), version: prev.version };
		const b: ComparisonSide = { kind: 'year', year: next.year, slug: String(next.year), label: String(next.year), version: next.version };
		links.push({ path: comparisonPath(a, b), label: `lokale keuzes ${prev.year} met ${next.year}`, a, b });
	}
	return links;
}

/** The text diff of a comparison's two versions; undefined when both sides are the same version. */
export function comparisonTextDiff(comparison: Pick<Comparison, 'text'>): DocumentDiff | undefined {
	return comparison.text ? diffDocuments(comparison.text.old.body ?? '', comparison.text.new.body ?? '') : undefined;
}
