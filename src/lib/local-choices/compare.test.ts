import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUDGET_LINE_STATUSES, type BudgetLine } from '../../schemas/dvo.ts';
import { applyDiff, diffLines } from './compare.ts';

const line = (name: string, amount: number, extra: Partial<BudgetLine> = {}): BudgetLine => ({ name, amount, status: 'toegekend', ...extra });

describe('diffLines', () => {
	it('shows participatiecoaching unchanged and the rest budget +€ 10.000, +71% (2026 → 2027)', () => {
		const diff = diffLines(
			[line('Participatiecoaching', 81000, { id: 'participatiecoaching', fte: 0.9 }), line('Restantbudget', 14000, { id: 'restantbudget' })],
			[line('Participatiecoaching', 81000, { id: 'participatiecoaching', fte: 0.9 }), line('Restantbudget', 24000, { id: 'restantbudget' })],
		);
		expect(diff.lines.map((l) => [l.key, l.kind, l.deltaEuros, l.deltaPercent])).toEqual([
			['participatiecoaching', 'unchanged', 0, 0],
			['restantbudget', 'changed', 10000, 71],
		]);
		expect(diff.lines[0]!.deltaFte).toBe(0);
		expect(diff.totals).toMatchObject({ oldAmount: 95000, newAmount: 105000, deltaEuros: 10000, deltaPercent: 11 });
	});

	it('marks added lines with no percentage and removed lines with −100%', () => {
		const diff = diffLines([line('Taalcoaching', 10000, { id: 'taalcoaching' })], [line('Schuldhulp', 12000, { id: 'schuldhulp' })]);
		expect(diff.lines.map((l) => [l.name, l.kind, l.oldAmount, l.newAmount, l.deltaEuros, l.deltaPercent])).toEqual([
			['Taalcoaching', 'removed', 10000, 0, -10000, -100],
			['Schuldhulp', 'added', 0, 12000, 12000, undefined],
		]);
		expect(diff.counts).toEqual({ added: 1, removed: 1, changed: 0, unchanged: 0 });
	});

	it('follows a renamed line by its id', () => {
		const diff = diffLines([line('Jobcoaching', 20000, { id: 'jobcoaching' })], [line('Werkfit-coaching', 22000, { id: 'jobcoaching' })]);
		expect(diff.lines).toHaveLength(1);
		expect(diff.lines[0]).toMatchObject({ kind: 'changed', name: 'Werkfit-coaching', renamedFrom: 'Jobcoaching', aspects: ['name', 'amount'], matchedBy: 'id', deltaPercent: 10 });
	});

	it('matches lines without an id by name, ignoring case and spacing', () => {
		const diff = diffLines([line('Vervoer naar werk', 3000)], [line('vervoer  naar Werk', 4000)]);
		expect(diff.lines).toHaveLength(1);
		expect(diff.lines[0]).toMatchObject({ kind: 'changed', matchedBy: 'name', deltaEuros: 1000, deltaPercent: 33 });
	});

	it('does not match two different ids that share a name', () => {
		const diff = diffLines([line('Coaching', 1000, { id: 'a' })], [line('Coaching', 1000, { id: 'b' })]);
		expect(diff.lines.map((l) => l.kind)).toEqual(['removed', 'added']);
	});

	it('reports fte differences in hundredths and status changes', () => {
		const diff = diffLines([line('P', 100, { id: 'p', fte: 0.75, status: 'voorgesteld' })], [line('P', 100, { id: 'p', fte: 0.8 })]);
		expect(diff.lines[0]).toMatchObject({ kind: 'changed', aspects: ['fte', 'status'], oldFte: 75, newFte: 80, deltaFte: 5 });
		expect(diff.totals.deltaFte).toBe(5);
	});

	it('keeps a removed line next to where it stood', () => {
		const diff = diffLines([line('A', 1, { id: 'a' }), line('B', 2, { id: 'b' }), line('C', 3, { id: 'c' })], [line('A', 1, { id: 'a' }), line('C', 3, { id: 'c' })]);
		expect(diff.lines.map((l) => `${l.key}:${l.kind}`)).toEqual(['a:unchanged', 'b:removed', 'c:unchanged']);
	});

	it('compares two empty years', () => {
		expect(diffLines([], [])).toMatchObject({ lines: [], totals: { oldAmount: 0, newAmount: 0, deltaEuros: 0, deltaPercent: undefined } });
	});
});

const ids = ['participatiecoaching', 'jobcoaching', 'taalcoaching', 'restantbudget', 'schuldhulp', 'digitaal'];
const names = ['Participatiecoaching', 'Jobcoaching', 'Werkfit-coaching', 'Taalcoaching', 'Vervoer', 'Restant'];
const lineArb = fc.record(
	{
		id: fc.constantFrom(...ids),
		name: fc.constantFrom(...names),
		amount: fc.integer({ min: 0, max: 5_000_000 }),
		fte: fc.integer({ min: 0, max: 300 }).map((n) => n / 100),
		status: fc.constantFrom(...BUDGET_LINE_STATUSES),
		note: fc.constantFrom('toelichting', 'andere toelichting'),
	},
	{ requiredKeys: ['name', 'amount', 'status'] },
);
/** A year's lines: keys (id, or name when there is none) are unique, as the content check demands. */
const yearArb = fc.uniqueArray(lineArb, { maxLength: 6, selector: (l) => l.id ?? `naam:${l.name.toLowerCase()}` }).filter((lines) => {
	// A line without an id must not share its name with another line, or name matching is ambiguous.
	const named = lines.map((l) => l.name.toLowerCase());
	return new Set(named).size === named.length;
});

describe('diffLines, for any two years', () => {
	it('applying the diff to the old lines gives the new lines', () => {
		fc.assert(fc.property(yearArb, yearArb, (oldLines, newLines) => {
				expect(applyDiff(oldLines, diffLines(oldLines, newLines))).toEqual(newLines);
			}),
		);;
	});
	it('the differences add up to the difference of the totals', () => {
		fc.assert(
			fc.property(yearArb, yearArb, (oldLines, newLines) => {
				const diff = diffLines(oldLines, newLines);
				const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
				expect(sum(diff.lines.map((l) => l.deltaEuros))).toBe(diff.totals.newAmount - diff.totals.oldAmount);
				expect(diff.totals.deltaEuros).toBe(sum(newLines.map((l) => l.amount)) - sum(oldLines.map((l) => l.amount)));
				expect(sum(diff.lines.map((l) => l.deltaFte ?? 0))).toBe(diff.totals.deltaFte);
			}),
		);
	});
	it('accounts for every line exactly once and compares a year with itself as unchanged', () => {
		fc.assert(
			fc.property(yearArb, yearArb, (oldLines, newLines) => {
				const diff = diffLines(oldLines, newLines);
				expect(diff.lines.filter((l) => l.old).map((l) => l.old)).toEqual(expect.arrayContaining(oldLines));
				expect(diff.lines.filter((l) => l.old)).toHaveLength(oldLines.length);
				expect(diff.lines.filter((l) => l.new).map((l) => l.new)).toEqual(newLines);
				expect(diffLines(oldLines, oldLines).lines.every((l) => l.kind === 'unchanged')).toBe(true);
			}),
		);
	});
	it('swapping old and new swaps added and removed and negates every difference', () => {
		fc.assert(
			fc.property(yearArb, yearArb, (oldLines, newLines) => {
				const forward = diffLines(oldLines, newLines);
				const backward = diffLines(newLines, oldLines);
				expect(backward.counts.added).toBe(forward.counts.removed);
				expect(backward.counts.removed).toBe(forward.counts.added);
				expect(backward.totals.deltaEuros + forward.totals.deltaEuros).toBe(0);
			}),
		);
	});
});
