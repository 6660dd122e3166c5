import { describe, expect, it } from 'vitest';
import { allFilters, applyFilter, buildFollowUpItems, countsPerYear, groupByYear, topicOptions, topicSlug } from './overview.ts';
import { followUpFilterPath } from '../routes.ts';
import { advice, response } from './test-fixtures.ts';

const a2021 = advice('2021-a', {
	year: 2021,
	dates: { letter: '2021-11-20' },
	points: [
		{ id: 'binding', kind: 'aanbeveling', topic: 'Lokale binding', text: 'Ken Fictiefdorp.', followUp: { status: 'overgenomen', response: 'Ja.', responseDate: '2022-01-15' } },
		{ id: 'kwartaal', kind: 'aanbeveling', topic: 'kwaliteitsborging', text: 'Elk kwartaal.', followUp: { status: 'niet-overgenomen', response: 'Nee.' } },
	],
});
const a2022 = advice('2022-b', {
	year: 2022,
	points: [{ id: 'kwartaal', kind: 'aanbeveling', topic: 'kwaliteitsborging', text: 'Opnieuw elk kwartaal.', related: ['2021-a#kwartaal'] }],
});
const a2023 = advice('2023-c', {
	year: 2023,
	points: [
		{ id: 'binding', kind: 'zorg', topic: 'lokale binding', text: 'Nog steeds.', related: ['2021-a#binding'] },
		{ id: 'vraag', kind: 'vraag', topic: 'restantbudget', text: 'Wat met het restant?' },
	],
});
const late = response('2022-b', { advice: '2022-b', date: '2023-01-20', points: [{ point: 'kwartaal', status: 'overgenomen', response: 'Nu wel.' }] });
const items = buildFollowUpItems([a2023, a2021, a2022], [late]);

describe('the follow-up overview', () => {
	it('lists every point of every advice, oldest advice first', () => {
		expect(items.map((i) => i.ref)).toEqual(['2021-a#binding', '2021-a#kwartaal', '2022-b#kwartaal', '2023-c#binding', '2023-c#vraag']);
	});

	it('applies response documents', () => {
		expect(items[2]!.followUp.status).toBe('overgenomen');
		expect(items[2]!.followUp.current?.response).toBe('Nu wel.');
	});

	it('links related points both ways, as earlier and later', () => {
		const first = items[0]!;
		expect(first.earlier).toEqual([]);
		expect(first.later.map((l) => l.ref)).toEqual(['2023-c#binding']);
		const last = items[3]!;
		expect(last.earlier.map((l) => [l.ref, l.year, l.text])).toEqual([['2021-a#binding', 2021, 'Ken Fictiefdorp.']]);
		expect(last.later).toEqual([]);
	});

	it('counts points per status per year', () => {
		const { years, totals, total } = countsPerYear(items);
		expect(years.map((y) => [y.year, y.total])).toEqual([
			[2021, 2],
			[2022, 1],
			[2023, 2],
		]);
		expect(years[0]!.counts).toEqual({ open: 0, beantwoord: 0, overgenomen: 1, 'deels-overgenomen': 0, 'niet-overgenomen': 1 });
		expect(years[2]!.counts.open).toBe(2);
		expect(totals).toEqual({ open: 2, beantwoord: 0, overgenomen: 2, 'deels-overgenomen': 0, 'niet-overgenomen': 1 });
		expect(total).toBe(5);
	});

	it('filters by year, status and topic, with a page for each', () => {
		expect(applyFilter(items, { kind: 'jaar', year: 2021 }).map((i) => i.ref)).toEqual(['2021-a#binding', '2021-a#kwartaal']);
		expect(applyFilter(items, { kind: 'status', status: 'open' }).map((i) => i.ref)).toEqual(['2023-c#binding', '2023-c#vraag']);
		expect(applyFilter(items, { kind: 'onderwerp', slug: 'lokale-binding' }).map((i) => i.ref)).toEqual(['2021-a#binding', '2023-c#binding']);
		expect(topicOptions(items)).toEqual([
			{ slug: 'kwaliteitsborging', label: 'kwaliteitsborging', count: 2 },
			{ slug: 'lokale-binding', label: 'Lokale binding', count: 2 },
			{ slug: 'restantbudget', label: 'restantbudget', count: 1 },
		]);
		expect(allFilters(items).map(followUpFilterPath)).toEqual([
			'/opvolging/jaar/2021/',
			'/opvolging/jaar/2022/',
			'/opvolging/jaar/2023/',
			'/opvolging/status/open/',
			'/opvolging/status/beantwoord/',
			'/opvolging/status/overgenomen/',
			'/opvolging/status/deels-overgenomen/',
			'/opvolging/status/niet-overgenomen/',
			'/opvolging/onderwerp/kwaliteitsborging/',
			'/opvolging/onderwerp/lokale-binding/',
			'/opvolging/onderwerp/restantbudget/',
		]);
	});

	it('groups by year, newest first', () => {
		expect(groupByYear(items).map((g) => [g.year, g.items.length])).toEqual([
			[2023, 2],
			[2022, 1],
			[2021, 2],
		]);
	});

	it('makes URL-safe topic slugs', () => {
		expect(topicSlug('Lokale binding')).toBe('lokale-binding');
		expect(topicSlug('Taalgebruik: labels')).toBe('taalgebruik-labels');
	});
});
