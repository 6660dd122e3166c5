import { describe, expect, it } from 'vitest';
import { buildFollowUpItems } from './overview.ts';
import { allSelections, applySelection, countSelection, countsView, describeSelection, filterGroups, MAX_POINTS_ON_PAGE, nearestNonEmpty, pointListView, selectionParam, selectionTitle } from './selection.ts';
import { topicOptions, yearOptions } from './overview.ts';
import { FOLLOW_UP_STATUSES } from '../../schemas/advice.ts';
import type { FollowUpItem } from './overview.ts';
import type { FollowUpSelection } from '../routes.ts';

/** What a selection means, said plainly: the answer every lookup must agree with. */
function inSelection(item: FollowUpItem, selection: FollowUpSelection): boolean {
	return (selection.year === undefined || item.year === selection.year) && (selection.topic === undefined || item.topicSlug === selection.topic) && (selection.status === undefined || item.followUp.status === selection.status);
}
import { followUpSelectionPath } from '../routes.ts';
import { advice } from './test-fixtures.ts';

const items = buildFollowUpItems(
	[
		advice('2021-a', { year: 2021, points: [{ id: 'binding', kind: 'aanbeveling', topic: 'lokale binding', text: 'Ken het dorp.', followUp: { status: 'overgenomen', response: 'Ja.' } }] }),
		advice('2023-c', {
			year: 2023,
			points: [
				{ id: 'binding', kind: 'zorg', topic: 'lokale binding', text: 'Nog steeds.' },
				{ id: 'vraag', kind: 'vraag', topic: 'restantbudget', text: 'Wat met het restant?' },
			],
		}),
	],
	[],
);

describe('follow-up filters that combine', () => {
	it('makes a page for each combination that holds points, and for each status, nothing else', () => {
		const paths = allSelections(items).map(followUpSelectionPath);
		expect(paths).toContain('/opvolging/jaar/2023/onderwerp/lokale-binding/status/open/');
		expect(paths).toContain('/opvolging/status/beantwoord/');
		expect(paths).not.toContain('/opvolging/jaar/2021/status/open/');
		// 2 years + 2 topics + 5 statuses + year×topic 3 + year×status 2 + topic×status 3 + all three 3
		expect(paths).toHaveLength(20);
		expect(selectionParam({ year: 2023, status: 'open' })).toBe('jaar/2023/status/open');
	});

	it('keeps the other choices in every link, and counts what the link would show', () => {
		const groups = filterGroups(items, { year: 2023 });
		const topics = groups.find((g) => g.id === 'filter-onderwerp')!.options;
		expect(topics).toEqual([
			{ text: 'Alle onderwerpen', count: 2, current: true, href: '/opvolging/jaar/2023/' },
			{ text: 'lokale binding', count: 1, current: false, href: '/opvolging/jaar/2023/onderwerp/lokale-binding/' },
			{ text: 'restantbudget', count: 1, current: false, href: '/opvolging/jaar/2023/onderwerp/restantbudget/' },
		]);
		const statuses = groups.find((g) => g.id === 'filter-status')!.options;
		expect(statuses.find((o) => o.text === 'Overgenomen')).toEqual({ text: 'Overgenomen', count: 0, current: false });
		expect(groups[0]!.options[0]).toMatchObject({ text: 'Alle jaren', href: '/opvolging/', count: 3 });
	});

	it('finds the nearest selection with points for an empty one', () => {
		expect(applySelection(items, { status: 'beantwoord' })).toEqual([]);
		expect(nearestNonEmpty(items, { status: 'beantwoord' })).toEqual({ selection: {}, count: 3 });
		expect(nearestNonEmpty(items, { year: 2021, status: 'open' })).toEqual({ selection: { year: undefined, status: 'open' }, count: 2 });
	});

	it('titles a selection in words', () => {
		expect(selectionTitle({ year: 2023, topic: 'lokale-binding', status: 'open' }, items)).toBe('Opvolging: adviezen uit 2023, onderwerp lokale binding, stand: geen reactie in het archief');
	});

	it('counts each selection (looked up once per build) exactly as filtering the points does, and the counts table likewise', () => {
		for (const selection of [{}, ...allSelections(items), { year: 1999 }, { status: 'overgenomen' as const, topic: 'geen' }]) {
			expect(countSelection(items, selection), JSON.stringify(selection)).toBe(applySelection(items, selection).length);
			const shown = applySelection(items, selection);
			const view = countsView(items, selection);
			expect(view.total).toBe(shown.length);
			expect(view.totals).toEqual(view.columns.map((c) => shown.filter((i) => i.followUp.status === c.status).length));
			for (const row of view.rows) expect(row.counts).toEqual(view.columns.map((c) => shown.filter((i) => i.year === row.year && i.followUp.status === c.status).length));
		}
	});
});

describe('the follow-up lookups, worked out once per build', () => {
	// 60 advice over 7 years, 5 topics and every status, so that most combinations hold points and some do not.
	const topics = ['lokale binding', 'restantbudget', 'taalgebruik', 'Jobcoaching', 'digitalisering'];
	const many = buildFollowUpItems(
		Array.from({ length: 60 }, (_, a) =>
			advice(`${2019 + (a % 7)}-advies-${a}`, {
				year: 2019 + (a % 7),
				points: Array.from({ length: 1 + (a % 4) }, (_, p) => ({
					id: `p${p}`,
					kind: 'aanbeveling' as const,
					topic: topics[(a * 3 + p) % topics.length]!,
					text: `Punt ${p} van advies ${a}.`,
					...((a + p) % 3 === 0 ? {} : { followUp: { status: FOLLOW_UP_STATUSES[(a + p) % FOLLOW_UP_STATUSES.length]!, response: 'Reactie.' } }),
				})),
			}),
		),
		[],
	);

	it('gives every selection the points that filtering the whole list gives, in the same order', () => {
		const selections = [{}, ...allSelections(many), { year: 1999 }, { topic: 'geen' }, { year: 2020, topic: 'taalgebruik', status: 'beantwoord' as const }];
		expect(selections.length).toBeGreaterThan(100);
		for (const selection of selections) {
			const filtered = many.filter((item) => inSelection(item, selection));
			expect(applySelection(many, selection), JSON.stringify(selection)).toEqual(filtered);
			expect(countSelection(many, selection)).toBe(filtered.length);
		}
	});

	it('names topics and lists years and topics as the per-page code did', () => {
		const groups = filterGroups(many, { status: 'open' });
		expect(groups[0]!.options.slice(1).map((o) => Number(o.text))).toEqual(yearOptions(many).reverse());
		expect(groups[1]!.options.slice(1).map((o) => o.text)).toEqual(topicOptions(many).map((t) => t.label));
		for (const topic of topicOptions(many)) expect(describeSelection({ topic: topic.slug }, many)).toBe(`onderwerp ${topic.label}`);
	});

	it('answers for another list with that list, not with the first one asked about', () => {
		const fewer = many.filter((item) => item.year === 2019);
		expect(countSelection(fewer, {})).toBe(fewer.length);
		expect(countSelection(many, {})).toBe(many.length);
		expect(filterGroups(fewer, {})[0]!.options.map((o) => o.text)).toEqual(['Alle jaren', '2019']);
	});

	it('lists the years instead of the points when a selection across years has more than a page holds', () => {
		const more = [...many, ...many.map((item) => ({ ...item, adviceId: `${item.adviceId}-b` }))];
		expect(more.length).toBeGreaterThan(MAX_POINTS_ON_PAGE);
		const view = pointListView(more, { topic: 'taalgebruik' });
		if (countSelection(more, { topic: 'taalgebruik' }) <= MAX_POINTS_ON_PAGE) expect(view.kind).toBe('points');
		const all = pointListView(more, {});
		expect(all.kind).toBe('years');
		if (all.kind !== 'years') return;
		expect(all.total).toBe(more.length);
		expect(all.years.map((y) => y.year)).toEqual(yearOptions(more).reverse());
		expect(all.years.reduce((n, y) => n + y.count, 0)).toBe(more.length);
		expect(all.years[0]).toEqual({ year: 2025, count: countSelection(more, { year: 2025 }), href: '/opvolging/jaar/2025/' });
		// A year's page lists its points, however many.
		expect(pointListView(more, { year: 2025 })).toEqual({ kind: 'points', items: applySelection(more, { year: 2025 }) });
		// A small archive's pages list every point, as before.
		expect(pointListView(items, {})).toEqual({ kind: 'points', items: applySelection(items, {}) });
	});
});
