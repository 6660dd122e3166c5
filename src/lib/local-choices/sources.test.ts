import { describe, expect, it } from 'vitest';
import type { DvoData } from '../../schemas/dvo.ts';
import { comparisonLinksByVersion } from './site-data.ts';
import { compareSides, publishedComparisons, resolveSide, yearSources, type DvoDocument } from './sources.ts';

function version(id: string, years: Record<number, [string, number][]>): DvoDocument {
	const [period, label] = id.split('/') as [string, DvoData['version']];
	const [first, last] = period.split('-').map(Number) as [number, number?];
	return {
		id,
		body: `## Artikel 1\n\nTekst van ${id}.`,
		data: {
			title: `DVO ${id}`,
			period: { firstYear: first, lastYear: last ?? first },
			version: label,
			parties: ['A', 'B'],
			source: { description: 'test' },
			fullText: true,
			errata: [],
			localChoices: { years: Object.entries(years).map(([y, lines]) => ({ year: Number(y), lines: lines.map(([lineId, amount]) => ({ id: lineId, name: lineId, amount, status: 'toegekend' as const })) })) },
		},
	};
}

const archive = [
	version('2023/vastgesteld', { 2023: [['a', 100]] }),
	version('2024-2025/vastgesteld', { 2024: [['a', 120]], 2025: [['a', 130]] }),
	version('2024-2025/ontwerp', { 2024: [['a', 110]], 2025: [['a', 125]] }),
];

const side = (ref: string) => {
	const result = resolveSide(archive, ref);
	if (!result.ok) throw new Error(result.message);
	return result.side;
};

describe('resolving years and versions', () => {
	it('takes a year from the latest version of its period', () => {
		expect(yearSources(archive).map((y) => [y.year, y.version.id])).toEqual([
			[2023, '2023/vastgesteld'],
			[2024, '2024-2025/vastgesteld'],
			[2025, '2024-2025/vastgesteld'],
		]);
	});
	it('accepts a version in every written form, and a period for its latest version', () => {
		for (const ref of ['2024-2025/ontwerp', 'dvo/2024-2025/ontwerp', '2024-2025-ontwerp', 'dvo/2024-2025/ontwerp.mdx']) expect(side(ref).version.id).toBe('2024-2025/ontwerp');
		expect(side('2024-2025').version.id).toBe('2024-2025/vastgesteld');
	});
	it('lists what exists when a reference is unknown', () => {
		const result = resolveSide(archive, '2030');
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message).toBe('"2030" is geen jaar en geen DVO-versie in het archief. Wel aanwezig: jaren: 2023, 2024, 2025; versies: 2023/vastgesteld, 2024-2025/ontwerp, 2024-2025/vastgesteld');
	});
});

describe('compareSides', () => {
	it('compares two years with each other', () => {
		const c = compareSides(side('2023'), side('2024'));
		expect(c.pairs.map((p) => [p.label, p.diff.totals.deltaEuros])).toEqual([['2023 → 2024', 20]]);
		expect(c.text?.old.id).toBe('2023/vastgesteld');
		expect(c.path).toBe('/vergelijk/2023/2024/');
	});
	it('compares a draft and a final version year by year', () => {
		const c = compareSides(side('2024-2025/ontwerp'), side('2024-2025/vastgesteld'));
		expect(c.pairs.map((p) => [p.label, p.diff.totals.deltaEuros])).toEqual([
			['2024 (ontwerp) → 2024 (vastgesteld)', 10],
			['2025 (ontwerp) → 2025 (vastgesteld)', 5],
		]);
		expect(c.path).toBe('/vergelijk/2024-2025-ontwerp/2024-2025-vastgesteld/');
	});
	it('compares versions of different periods on the last year against the first', () => {
		const c = compareSides(side('2023/vastgesteld'), side('2024-2025/ontwerp'));
		expect(c.pairs.map((p) => p.label)).toEqual(['2023 → 2024']);
	});
	it('has no text diff when both years come from the same version', () => {
		expect(compareSides(side('2024'), side('2025')).text).toBeUndefined();
	});
});

describe('published comparisons', () => {
	it('are the consecutive versions and the consecutive years', () => {
		expect(publishedComparisons(archive).map((c) => c.path)).toEqual([
			'/vergelijk/2023-vastgesteld/2024-2025-ontwerp/',
			'/vergelijk/2024-2025-ontwerp/2024-2025-vastgesteld/',
			'/vergelijk/2023/2024/',
			'/vergelijk/2024/2025/',
		]);
		// Each DVO page links to the comparisons its version is in.
		expect(comparisonLinksByVersion(archive).get('2024-2025/ontwerp')?.map((l) => l.href)).toEqual([
			'/vergelijk/2023-vastgesteld/2024-2025-ontwerp/',
			'/vergelijk/2024-2025-ontwerp/2024-2025-vastgesteld/',
		]);
	});
});
