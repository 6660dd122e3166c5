import { describe, expect, it } from 'vitest';
import type { BudgetLine } from '../../schemas/dvo.ts';
import { diffLines } from './compare.ts';
import { describeCounts, describeLineChange, diffView } from './describe.ts';

/** Intl writes a no-break space after €; compare the words, not the spaces. */
const plain = (value: unknown) => JSON.parse(JSON.stringify(value).replace(/\\u00a0|\u00a0/g, ' '));
const line = (over: Partial<BudgetLine>): BudgetLine => ({ id: 'coaching', name: 'Coaching', amount: 81000, status: 'toegekend', ...over }) as BudgetLine;

describe('a money comparison in plain Dutch', () => {
	it('says what changed from what to what', () => {
		const diff = diffLines([line({ status: 'voorgesteld', fte: 0.9 })], [line({ amount: 91000, fte: 1, name: 'Participatiecoaching' })]);
		expect(plain(describeLineChange(diff.lines[0]!))).toBe('Gewijzigd: naam was Coaching; bedrag € 81.000 → € 91.000; formatie 0,9 fte → 1 fte; status voorgesteld → toegekend');
	});

	it('marks a proposed amount inside the description too', () => {
		const diff = diffLines([line({ amount: 14000 })], [line({ amount: 24000, status: 'voorgesteld' })]);
		expect(plain(describeLineChange(diff.lines[0]!, { old: 'vastgesteld', new: 'vastgesteld' }))).toBe('Gewijzigd: bedrag € 14.000 → € 24.000 (voorstel); status toegekend → voorgesteld');
	});

	it('writes the counts in words and leaves out what did not happen', () => {
		expect(describeCounts({ added: 0, removed: 0, changed: 1, unchanged: 1 })).toBe('1 post gewijzigd en 1 post gelijk gebleven.');
		expect(describeCounts({ added: 2, removed: 1, changed: 0, unchanged: 3 })).toBe('2 posten nieuw, 1 post vervallen en 3 posten gelijk gebleven.');
		expect(describeCounts({ added: 0, removed: 0, changed: 0, unchanged: 0 })).toBe('Geen posten om te vergelijken.');
	});

	it('marks every proposed amount, and the sum when any of its lines is proposed', () => {
		const view = diffView(diffLines([line({ status: 'voorgesteld' }), line({ id: 'rest', name: 'Rest', amount: 14000 })], [line({}), line({ id: 'rest', name: 'Rest', amount: 14000 })]), { old: 'vastgesteld', new: 'vastgesteld' });
		expect(plain(view.rows.map((r) => [r.old.amount, r.new.amount]))).toEqual([
			['€ 81.000 (voorstel)', '€ 81.000'],
			['€ 14.000', '€ 14.000'],
		]);
		expect(plain(view.total)).toMatchObject({ label: 'Som van de posten in het archief', old: '€ 95.000 (voorstel)', new: '€ 95.000' });
		const draft = diffView(diffLines([line({})], [line({})]), { old: 'ontwerp', new: 'vastgesteld' });
		expect(plain(draft.rows[0]!.old.amount)).toBe('€ 81.000 (voorstel)');
	});

	it('never leaves an fte cell empty: a line without fte says so', () => {
		const view = diffView(diffLines([line({})], [line({ amount: 1000 })]), { old: 'vastgesteld', new: 'vastgesteld' });
		expect(view.rows[0]!.fteDelta).toBe('fte niet vermeld');
		expect(view.rows[0]!.old.fte).toBe('formatie niet vermeld');
	});
});
