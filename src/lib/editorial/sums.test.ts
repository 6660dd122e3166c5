import { describe, expect, it } from 'vitest';
import { dvoFields } from '../../../tests/support/documents.ts';
import { dvoSchema } from '../../schemas/dvo.ts';
import { formatProblem } from '../content/problems.ts';
import { isShareOf, sumProblems } from './sums.ts';

const dvo = (year: Record<string, unknown>, sharePercent?: number) =>
	dvoSchema.parse(dvoFields({ period: { firstYear: 2026, lastYear: 2026 }, localChoices: { sharePercent, years: [{ year: 2026, ...year }] } }));
const noLine = () => undefined;

describe('sums check', () => {
	it('reports lines that add up to more than the stated total, with the amounts in Dutch notation', () => {
		const data = dvo({ total: 90000, lines: [{ name: 'A', amount: 81000, status: 'toegekend' }, { name: 'B', amount: 14000, status: 'nog-niet-ingevuld' }] });
		const problems = sumProblems(data, 'dvo/2026/ontwerp.mdx', (path) => (path.at(-1) === 'total' ? 17 : undefined));
		expect(problems).toHaveLength(1);
		const text = formatProblem(problems[0]!);
		expect(text).toContain('FOUT dvo/2026/ontwerp.mdx:17');
		expect(text).toContain('€\u00a095.000, meer dan het totaal van €\u00a090.000');
		expect(text).toContain('Oplossing: controleer de bedragen');
	});

	it('accepts lines up to the total, and a year without a stated total', () => {
		expect(sumProblems(dvo({ total: 95000, lines: [{ name: 'A', amount: 81000, status: 'toegekend' }, { name: 'B', amount: 14000, status: 'toegekend' }] }), 'f', noLine)).toEqual([]);
		expect(sumProblems(dvo({ lines: [{ name: 'A', amount: 81000, status: 'toegekend' }] }), 'f', noLine)).toEqual([]);
	});

	it('reports a stated share that does not match the available budget', () => {
		const problems = sumProblems(dvo({ total: 95000, availableBudget: 500000, lines: [] }, 15), 'f', noLine);
		expect(problems).toHaveLength(1);
		expect(problems[0]!.message).toContain('19% van het beschikbare budget');
		expect(problems[0]!.message).toContain('niet de 15%');
	});

	it('accepts a share that matches when rounded to a whole percent', () => {
		expect(sumProblems(dvo({ total: 95000, availableBudget: 633333, lines: [] }, 15), 'f', noLine)).toEqual([]);
		expect(isShareOf(15, 100, 15)).toBe(true);
		expect(isShareOf(16, 100, 15)).toBe(false);
		expect(isShareOf(0, 0, 15)).toBe(true);
	});
});
