import { describe, expect, it } from 'vitest';
import type { BudgetLine, DvoData } from '../../schemas/dvo.ts';
import { barChart, describeChart } from './chart.ts';
import { buildOverview, OVERVIEW_CSV_COLUMNS, overviewCsv, overviewJson } from './overview.ts';
import type { DvoDocument } from './sources.ts';

const l = (name: string, amount: number, id?: string, fte?: number): BudgetLine => ({ name, amount, status: 'toegekend', ...(id ? { id } : {}), ...(fte === undefined ? {} : { fte }) });
function version(id: string, first: number, last: number, years: Record<number, BudgetLine[]>): DvoDocument {
	return {
		id,
		data: {
			title: `DVO ${id} (verzonnen)`,
			period: { firstYear: first, lastYear: last },
			version: id.split('/')[1] as DvoData['version'],
			parties: ['A', 'B'],
			source: { description: 'test' },
			fullText: false,
			errata: [],
			localChoices: { years: Object.entries(years).map(([y, lines]) => ({ year: Number(y), lines })) },
		},
	};
}

const archive = [
	version('2022/vastgesteld', 2022, 2022, { 2022: [l('Jobcoaching', 20000, 'jobcoaching'), l('Digitaal', 5000, 'digitaal'), l('Vervoer', 3000, undefined, 0.5)] }),
	version('2023/vastgesteld', 2023, 2023, { 2023: [l('Werkfit-coaching', 22000, 'jobcoaching'), l('Vervoer', 3500, undefined, 0.5)] }),
	version('2024/vastgesteld', 2024, 2024, { 2024: [l('Werkfit-coaching', 22000, 'jobcoaching'), l('Digitaal', 6000, 'digitaal')] }),
];
const overview = buildOverview(archive);

describe('buildOverview', () => {
	it('follows a line through a rename, and a line without id by its name', () => {
		expect(overview.rows.map((r) => [r.name, r.formerNames, r.cells.map((c) => c.line?.amount ?? null)])).toEqual([
			['Werkfit-coaching', ['Jobcoaching'], [20000, 22000, 22000]],
			['Digitaal', [], [5000, null, 6000]],
			['Vervoer', [], [3000, 3500, null]],
		]);
	});
	it('keeps the change from the year before in each cell, and in the totals', () => {
		const [jobs, digitaal, vervoer] = overview.rows;
		expect(jobs!.cells[1]!.change).toMatchObject({ kind: 'changed', deltaEuros: 2000, deltaPercent: 10, renamedFrom: 'Jobcoaching' });
		expect(digitaal!.cells[1]!.change).toMatchObject({ kind: 'removed', deltaEuros: -5000 });
		expect(digitaal!.cells[2]!.change).toMatchObject({ kind: 'added', deltaPercent: undefined });
		expect(vervoer!.cells[1]!.change).toMatchObject({ matchedBy: 'name', deltaPercent: 17 });
		expect(overview.years.map((y) => [y.year, y.sumOfLines, y.change?.totals.deltaEuros])).toEqual([
			[2022, 28000, undefined],
			[2023, 25500, -2500],
			[2024, 28000, 2500],
		]);
	});
});

describe('downloads', () => {
	it('writes CSV for Dutch Excel: BOM, semicolons, CRLF, whole euros, fte with a comma', () => {
		const csv = overviewCsv(overview);
		expect(csv.startsWith('\ufeffjaar;post_id;post;bedrag;')).toBe(true);
		const rows = csv.slice(1).split('\r\n');
		expect(rows[0]!.split(';')).toEqual([...OVERVIEW_CSV_COLUMNS]);
		expect(rows).toContain('2022;;Vervoer;3000;0,5;toegekend;;;;;DVO 2022/vastgesteld (verzonnen);nee');
		expect(rows).toContain('2023;jobcoaching;Werkfit-coaching;22000;;toegekend;gewijzigd;2000;10;Jobcoaching;DVO 2023/vastgesteld (verzonnen);nee');
		expect(rows).toContain('2023;digitaal;Digitaal;0;;vervallen;vervallen;-5000;-100;;DVO 2023/vastgesteld (verzonnen);nee');
		expect(rows).toContain('2024;digitaal;Digitaal;6000;;toegekend;nieuw;6000;nieuw;;DVO 2024/vastgesteld (verzonnen);nee');
		expect(rows).toContain('2024;;Som van de posten in het archief;28000;;;;2500;10;;DVO 2024/vastgesteld (verzonnen);nee');
		expect(csv.endsWith('\r\n')).toBe(true);
	});
	it('writes JSON with integers and a fictional label when the archive is fictional', () => {
		const json = overviewJson(overview, { fictional: true, councilName: 'Voorbeeldraad' });
		expect(json.fictief).toBe(true);
		expect(json.let_op).toContain('VERZONNEN');
		expect(json.jaren[1]!.posten[0]).toMatchObject({ id: 'jobcoaching', naam: 'Werkfit-coaching', bedrag: 22000, verschilEuro: 2000, verschilProcent: 10, eerdereNaam: 'Jobcoaching' });
		expect(overviewJson(overview, { fictional: false, councilName: 'BAR' })).not.toHaveProperty('let_op');
	});
});

describe('proposals', () => {
	const draft = buildOverview([
		...archive,
		version('2025-2026/ontwerp', 2025, 2026, { 2025: [l('Werkfit-coaching', 23000, 'jobcoaching')], 2026: [{ ...l('Werkfit-coaching', 24000, 'jobcoaching'), status: 'voorgesteld' }] }),
	]);
	it('marks every amount from a draft or with status voorgesteld, and the sum of such a year, in CSV and JSON', () => {
		const rows = overviewCsv(draft).slice(1).split('\r\n');
		expect(rows).toContain('2025;jobcoaching;Werkfit-coaching;23000;;toegekend;gewijzigd;1000;5;;DVO 2025-2026/ontwerp (verzonnen);ja');
		expect(rows).toContain('2025;;Som van de posten in het archief;23000;;;;-5000;-18;;DVO 2025-2026/ontwerp (verzonnen);ja');
		const json = overviewJson(draft, { fictional: true, councilName: 'X' });
		expect(json.jaren.map((j) => [j.jaar, j.somIsVoorstel, j.posten.every((p) => p.bedrag === 0 || p.isVoorstel === j.somIsVoorstel)])).toEqual([
			[2022, false, true],
			[2023, false, true],
			[2024, false, true],
			[2025, true, true],
			[2026, true, true],
		]);
	});
	it('marks proposed years in the chart and its description', () => {
		const chart = barChart([{ label: '2024', value: 28000 }, { label: '2025', value: 23000, proposed: true }]);
		expect(chart.bars.map((b) => b.proposed)).toEqual([false, true]);
		expect(chart.description.replace(/\u00a0/g, ' ')).toBe('Lokale keuzes per jaar, som van de posten in het archief: 2024: € 28.000; 2025: € 23.000, voorstel (minder dan het jaar ervoor: € 5.000).');
	});
});

describe('chart', () => {
	it('describes every bar in words', () => {
		expect(describeChart([{ label: '2026', value: 95000 }, { label: '2027', value: 105000 }]).replace(/\u00a0/g, ' ')).toBe(
			'Lokale keuzes per jaar, som van de posten in het archief: 2026: € 95.000; 2027: € 105.000 (meer dan het jaar ervoor: € 10.000).',
		);
	});
	it('draws taller bars for larger amounts, all on one baseline', () => {
		const chart = barChart([{ label: '2026', value: 95000 }, { label: '2027', value: 105000 }]);
		expect(chart.bars[1]!.height).toBeGreaterThan(chart.bars[0]!.height);
		for (const bar of chart.bars) expect(bar.y + bar.height).toBe(chart.baseline);
		expect(chart.ticks.at(-1)!.label.replace(/\u00a0/g, ' ')).toBe('€ 150.000');
	});
});
