import { describe, expect, it } from 'vitest';
import type { DvoData } from '../../schemas/dvo.ts';
import { comparisonPages } from './comparison-page.ts';
import type { DvoDocument } from './sources.ts';

const version = (period: [number, number], label: DvoData['version'], years: Record<number, number>): DvoDocument => ({
	id: `${period[0] === period[1] ? period[0] : `${period[0]}-${period[1]}`}/${label}`,
	body: `## Tekst\n\nVersie ${label} ${period[0]}.`,
	data: {
		title: `DVO ${period[0]} ${label}`,
		period: { firstYear: period[0], lastYear: period[1] },
		version: label,
		parties: ['A', 'B'],
		fullText: true,
		localChoices: { years: Object.entries(years).map(([year, amount]) => ({ year: Number(year), lines: [{ id: 'coaching', name: 'Coaching', amount, status: 'toegekend' as const }] })) },
	} as unknown as DvoData,
});

describe('comparison pages', () => {
	const archive = [version([2022, 2022], 'vastgesteld', { 2022: 10000 }), version([2023, 2023], 'vastgesteld', { 2023: 12000 }), version([2024, 2025], 'ontwerp', { 2024: 13000, 2025: 14000 })];

	it('links a year pair and a version pair that compare the same lines and text, both ways', () => {
		const pages = comparisonPages(archive);
		const years = pages.find((p) => p.comparison.path === '/vergelijk/2022/2023/')!;
		const versions = pages.find((p) => p.comparison.path === '/vergelijk/2022-vastgesteld/2023-vastgesteld/')!;
		expect(years.sameAs.map((s) => s.path)).toEqual(['/vergelijk/2022-vastgesteld/2023-vastgesteld/']);
		expect(versions.sameAs.map((s) => s.path)).toEqual(['/vergelijk/2022/2023/']);
	});

	it('does not link comparisons of different years, and knows which side is a draft', () => {
		const pages = comparisonPages(archive);
		const p = pages.find((x) => x.comparison.path === '/vergelijk/2024/2025/')!;
		expect(p.sameAs).toEqual([]);
		expect(p.versions).toEqual({ old: 'ontwerp', new: 'ontwerp' });
		expect(p.title).toBe('Lokale keuzes 2024 en 2025 vergeleken');
	});
});
