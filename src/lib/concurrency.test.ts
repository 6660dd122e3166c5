import { describe, expect, it } from 'vitest';
import { forEachConcurrently } from './concurrency.ts';

describe('forEachConcurrently', () => {
	it('does every item once, never more than the limit at a time, and knows each item’s place', async () => {
		let active = 0;
		let most = 0;
		const seen: [string, number][] = [];
		await forEachConcurrently(['a', 'b', 'c', 'd', 'e'], 2, async (item, index) => {
			active++;
			most = Math.max(most, active);
			await new Promise((resolve) => setTimeout(resolve, 5));
			seen.push([item, index]);
			active--;
		});
		expect(most).toBe(2);
		expect(seen.sort()).toEqual([['a', 0], ['b', 1], ['c', 2], ['d', 3], ['e', 4]]);
	});

	it('fails with the failure of an item, and does nothing for an empty list', async () => {
		await expect(forEachConcurrently([1, 2, 3], 2, async (n) => { if (n === 2) throw new Error('twee'); })).rejects.toThrow('twee');
		let called = false;
		await forEachConcurrently([], 4, async () => { called = true; });
		expect(called).toBe(false);
	});
});
