import { describe, expect, it } from 'vitest';
import type { BudgetLine, DvoData } from '../../schemas/dvo.ts';
import { buildOverview } from './overview.ts';
import { chartData, overviewView } from './overview-view.ts';
import type { DvoDocument } from './sources.ts';

const plain = (value: unknown) => JSON.parse(JSON.stringify(value).replace(/\u00a0/g, ' '));
const year = (y: number, label: DvoData['version'], lines: BudgetLine[]): DvoDocument => ({
	id: `${y}/${label}`,
	data: { title: `DVO ${y}`, period: { firstYear: y, lastYear: y }, version: label, parties: ['A', 'B'], source: { description: 't' }, fullText: false, errata: [], localChoices: { years: [{ year: y, lines }] } } as DvoData,
});
const line = (id: string, amount: number, status: BudgetLine['status'] = 'toegekend'): BudgetLine => ({ id, name: id, amount, status });

/** Twenty years of a line that grows by 1,000 a year, and one line that stopped in year 5. */
const twenty = Array.from({ length: 20 }, (_, i) => year(2000 + i, i === 19 ? 'ontwerp' : 'vastgesteld', [line('coaching', 10000 + 1000 * i), ...(i < 5 ? [line('oud', 500)] : [])]));

describe('the local-choices overview as shown', () => {
	const view = overviewView(buildOverview(twenty));

	it('shows the latest three years however long the archive is, the rest one click away', () => {
		expect(view.years).toEqual([2017, 2018, 2019]);
		expect(view.olderYears).toHaveLength(17);
		expect(view.rows.map((r) => r.name)).toEqual(['coaching']);
	});

	it('keeps the change from the year before next to each amount, and marks proposals', () => {
		expect(plain(view.rows[0]!.cells)).toEqual([
			{ amount: '€ 27.000', change: '+ € 1.000 (+4%)' },
			{ amount: '€ 28.000', change: '+ € 1.000 (+4%)' },
			{ amount: '€ 29.000', marker: 'voorstel', change: '+ € 1.000 (+4%)' },
		]);
		expect(view.total.label).toBe('Som van de posten in het archief');
		expect(view.total.cells.map((c) => c.marker)).toEqual([undefined, undefined, 'voorstel']);
	});

	it('charts at most ten years, proposals marked', () => {
		const data = chartData(buildOverview(twenty));
		expect(data.map((d) => d.label)).toEqual(Array.from({ length: 10 }, (_, i) => String(2010 + i)));
		expect(data.at(-1)!.proposed).toBe(true);
	});
});
