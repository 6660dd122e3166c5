import { describe, expect, it } from 'vitest';
import { concernView, listYears, MAX_CONCERN_POINTS, MAX_NAMED_YEARS, recurringIntro } from './recurring-view.ts';
import type { FollowUpItem } from './overview.ts';
import type { Concern } from './recurring.ts';

const item = (year: number, id: string): FollowUpItem => ({ ref: `a${year}#${id}`, adviceId: `a${year}`, adviceTitle: `Advies ${year}`, year, point: { id, kind: 'zorg', topic: 'lokale binding', text: `Punt ${id}`, related: [] }, topicSlug: 'lokale-binding', followUp: { status: 'open', history: [] }, earlier: [], later: [] }) as unknown as FollowUpItem;

describe('recurring concerns in words', () => {
	it('names the advisory council, never "de raad" (the gemeenteraad in the letters)', () => {
		const claim = item(2025, 'binding');
		const concern: Concern<FollowUpItem> = { key: 'lokale binding', topics: ['lokale binding'], points: [claim], years: [2025], claimedEarlierBy: [claim], recurring: true };
		const view = concernView(concern, 'BAR');
		expect(view.claimSentence).toBe('Volgens het advies uit 2025 wees de BAR in eerdere jaren ook op dit onderwerp. Die eerdere adviezen staan niet in dit archief. Dat staat bij:');
		expect(view.others).toEqual([]);
		expect(recurringIntro(1, 'BAR')).not.toMatch(/de raad\b/);
	});
	it('lists the years of the archive in Dutch', () => {
		expect(listYears([2021, 2023, 2025])).toBe('2021, 2023 en 2025');
		const concern: Concern<FollowUpItem> = { key: 'k', topics: ['a', 'b'], points: [item(2021, 'x'), item(2023, 'y')], years: [2021, 2023], claimedEarlierBy: [], recurring: true };
		expect(concernView(concern, 'BAR')).toMatchObject({ heading: 'a, b', yearsSentence: 'In het archief genoemd in 2021 en 2023.', claimSentence: '' });
	});

	it('shows the latest points of a concern that spans decades, names the span, and links to its topics for the rest', () => {
		const points = Array.from({ length: 30 }, (_, i) => item(1990 + i, `p${i}`));
		const years = points.map((p) => p.year);
		const concern: Concern<FollowUpItem> = { key: 'lokale binding', topics: ['lokale binding', 'Sociale kaart'], points, years, claimedEarlierBy: [], recurring: true };
		const view = concernView(concern, 'BAR');
		expect(view.others).toEqual(points.slice(-MAX_CONCERN_POINTS));
		expect(view.yearsSentence).toBe('In het archief genoemd in 30 jaren, van 1990 tot en met 2019.');
		expect(view.more).toEqual({
			total: 30,
			shown: MAX_CONCERN_POINTS,
			topics: [
				{ text: 'lokale binding', href: '/opvolging/onderwerp/lokale-binding/' },
				{ text: 'Sociale kaart', href: '/opvolging/onderwerp/sociale-kaart/' },
			],
		});
		// A concern of a few years is shown whole, as before.
		const small = concernView({ ...concern, points: points.slice(0, MAX_NAMED_YEARS), years: years.slice(0, MAX_NAMED_YEARS) }, 'BAR');
		expect(small.more).toBeUndefined();
		expect(small.others).toHaveLength(MAX_NAMED_YEARS);
		expect(small.yearsSentence).toBe(`In het archief genoemd in ${listYears(years.slice(0, MAX_NAMED_YEARS))}.`);
	});
});
