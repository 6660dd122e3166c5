import { describe, expect, it } from 'vitest';
import { concernView, listYears, recurringIntro } from './recurring-view.ts';
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
});
