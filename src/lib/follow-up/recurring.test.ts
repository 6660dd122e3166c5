import { describe, expect, it } from 'vitest';
import { groupConcerns, recurringConcerns, type RecurringInputPoint } from './recurring.ts';

const p = (adviceId: string, year: number, id: string, topic: string, related: string[] = [], raisedEarlier: string[] = []): RecurringInputPoint => ({
	adviceId,
	year,
	point: { id, topic, related, raisedEarlier },
});

describe('recurring concerns', () => {
	it('groups the same topic across years, ignoring case and spaces', () => {
		const concerns = recurringConcerns([p('2021-a', 2021, 'x', 'Lokale binding'), p('2023-c', 2023, 'y', ' lokale  binding'), p('2023-c', 2023, 'z', 'taalgebruik')]);
		expect(concerns).toHaveLength(1);
		expect(concerns[0]).toMatchObject({ years: [2021, 2023], topics: ['Lokale binding'] });
		expect(concerns[0]!.points.map((i) => i.point.id)).toEqual(['x', 'y']);
	});

	it('joins points with different topics through related links, transitively and in both directions', () => {
		const items = [
			p('2021-a', 2021, 'kwartaal', 'kwaliteitsborging'),
			p('2022-b', 2022, 'rapport', 'rapportage', ['2021-a#kwartaal']),
			p('2023-c', 2023, 'monitoring', 'monitoring', ['2022-b#rapport']),
			p('2023-c', 2023, 'los', 'taalgebruik'),
		];
		const concerns = groupConcerns(items);
		expect(concerns).toHaveLength(2);
		expect(concerns[0]).toMatchObject({ recurring: true, years: [2021, 2022, 2023], topics: ['kwaliteitsborging', 'monitoring', 'rapportage'] });
		expect(concerns[1]).toMatchObject({ recurring: false, years: [2023], topics: ['taalgebruik'] });
	});

	it('does not call a topic recurring when all its points are from one year', () => {
		expect(recurringConcerns([p('2025-a', 2025, 'a', 'participatiecoaching'), p('2025-a', 2025, 'b', 'participatiecoaching')])).toEqual([]);
	});

	it('ignores related links to points that are not in the archive', () => {
		const concerns = groupConcerns([p('2025-a', 2025, 'a', 'x', ['2019-z#weg']), p('2025-a', 2025, 'b', 'y')]);
		expect(concerns).toHaveLength(2);
		expect(concerns.every((c) => !c.recurring)).toBe(true);
	});

	it('shows a claim of earlier years as a claim, without inventing earlier points', () => {
		const claim = p('2025-a', 2025, 'zorg', 'lokale binding', [], ['lokale binding', 'kwaliteitsborging']);
		const items = [claim, p('2025-a', 2025, 'vraag', 'lokale binding'), p('2025-a', 2025, 'rest', 'restantbudget', [], ['Kwaliteitsborging'])];
		const concerns = recurringConcerns(items);
		expect(concerns.map((c) => c.topics)).toEqual([['lokale binding'], ['kwaliteitsborging']]);
		const quality = concerns[1]!;
		expect(quality.points).toEqual([]);
		expect(quality.years).toEqual([]);
		expect(quality.claimedEarlierBy.map((i) => i.point.id)).toEqual(['zorg', 'rest']);
		const binding = concerns[0]!;
		expect(binding.points.map((i) => i.point.id)).toEqual(['zorg', 'vraag']);
		expect(binding.claimedEarlierBy.map((i) => i.point.id)).toEqual(['zorg']);
	});

	it('puts concerns spanning more years first', () => {
		const items = [p('2021', 2021, 'a', 'a'), p('2022', 2022, 'a', 'a'), p('2023', 2023, 'a', 'a'), p('2021', 2021, 'b', 'b'), p('2023', 2023, 'b', 'b')];
		expect(recurringConcerns(items).map((c) => c.key)).toEqual(['a', 'b']);
	});
});
