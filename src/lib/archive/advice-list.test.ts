import { describe, expect, it } from 'vitest';
import { addresseeInSentence, adviceListPlan, groupAdviceByYear } from './advice-list.ts';

const advice = (id: string, year: number) => ({ id, data: { year, title: id, dates: {} } });

describe('the advice list page', () => {
	it('shows every advice of a small archive, grouped by year, newest first', () => {
		const plan = adviceListPlan([advice('a', 2021), advice('b', 2023), advice('c', 2023)]);
		expect(plan.complete).toBe(true);
		expect(plan.groups.map((g) => [g.year, g.items.map((i) => i.id)])).toEqual([
			[2023, ['c', 'b']],
			[2021, ['a']],
		]);
	});

	it('shows whole newest years up to the limit in a large archive, and lists every year', () => {
		const many = Array.from({ length: 2500 }, (_, i) => advice(`a${i}`, 1990 + (i % 110)));
		const plan = adviceListPlan(many, 30);
		expect(plan.complete).toBe(false);
		expect(plan.groups.reduce((n, g) => n + g.items.length, 0)).toBeLessThanOrEqual(30);
		expect(plan.groups[0]!.year).toBe(2099);
		expect(plan.years).toHaveLength(110);
		expect(plan.years.reduce((n, y) => n + y.count, 0)).toBe(2500);
	});

	it('always shows the newest year, even when it alone is over the limit', () => {
		const plan = adviceListPlan(Array.from({ length: 5 }, (_, i) => advice(`x${i}`, 2025)), 2);
		expect(plan.groups.map((g) => g.items.length)).toEqual([5]);
		expect(groupAdviceByYear([]).length).toBe(0);
	});
});

describe('the addressee in a sentence', () => {
	it('starts with a lower-case letter and keeps the rest as written', () => {
		expect(addresseeInSentence('College van burgemeester en wethouders van Heumen')).toBe('college van burgemeester en wethouders van Heumen');
	});
});
