/** The records of the pages besides documents: sentences that read as text, proposals marked, each at the page that answers. */
import { describe, expect, it } from 'vitest';
import { budgetLineSentence, comparisonRecords, followUpRecords, glossaryRecords, lineDiffSentence, localChoicesRecord } from './records.ts';
import type { DvoDocument } from '../local-choices/sources.ts';
import type { FollowUpItem } from '../follow-up/overview.ts';

const version = (id: string, firstYear: number, lastYear: number, years: { year: number; lines: { id: string; name: string; amount: number; fte?: number; status: 'voorgesteld' | 'toegekend' | 'nog-niet-ingevuld' }[] }[]): DvoDocument =>
	({
		id,
		data: { title: `DVO ${id}`, period: { firstYear, lastYear }, version: 'ontwerp', parties: ['a', 'b'], source: { description: 's' }, fullText: false, localChoices: { years } },
		body: '',
	}) as unknown as DvoDocument;

const versions = [
	version('2026-2027/ontwerp', 2026, 2027, [
		{ year: 2026, lines: [{ id: 'pc', name: 'Participatiecoaching', amount: 81000, fte: 0.9, status: 'voorgesteld' }, { id: 'rest', name: 'Restantbudget', amount: 14000, status: 'nog-niet-ingevuld' }] },
		{ year: 2027, lines: [{ id: 'pc', name: 'Participatiecoaching', amount: 81000, fte: 0.9, status: 'voorgesteld' }, { id: 'rest', name: 'Restantbudget', amount: 24000, status: 'nog-niet-ingevuld' }] },
	]),
];

describe('budget lines as sentences', () => {
	it('reads a table row as a sentence and marks a proposal as one', () => {
		expect(budgetLineSentence({ name: 'Participatiecoaching', amount: 81000, fte: 0.9, status: 'voorgesteld' }, 2026)).toBe('Participatiecoaching 2026: € 81.000, 0,9 fte, voorgesteld (een voorstel).');
		expect(budgetLineSentence({ name: 'Restantbudget', amount: 14000, status: 'nog-niet-ingevuld', note: 'Nog geen invulling' }, 2026)).toBe('Restantbudget 2026: € 14.000, nog niet ingevuld. Nog geen invulling.');
	});
});

describe('records of the other pages', () => {
	it('indexes the local-choices overview with every year and line, under its kind and years', () => {
		const record = localChoicesRecord(versions)!;
		expect(record.url).toBe('/lokale-keuzes/');
		expect(record.content).toContain('Participatiecoaching 2027: € 81.000, 0,9 fte, voorgesteld (een voorstel).');
		expect(record.content).toContain('Samen 2027 (opgeteld): € 105.000');
		expect(record.filters).toMatchObject({ 'Soort document': ['Lokale keuzes'], 'Over DVO-jaren': ['2026', '2027'] });
		expect(localChoicesRecord([])).toBeUndefined();
	});

	it('writes the money part of a comparison as sentences with the change and how the total was computed', () => {
		const [record] = comparisonRecords(versions);
		expect(record!.url).toBe('/vergelijk/2026/2027/');
		expect(record!.content).toContain('Restantbudget: 2026 € 14.000, 2027 € 24.000, nog niet ingevuld; € 10.000 meer (+71%).');
		expect(record!.content).toContain('Samen (opgeteld): 2026 € 95.000, 2027 € 105.000; € 10.000 meer (+11%).');
		expect(record!.filters).toMatchObject({ 'Soort document': ['Vergelijking'], 'Over DVO-jaren': ['2026', '2027'] });
		expect(lineDiffSentence({ key: 'x', kind: 'removed', name: 'Jobcoaching', aspects: [], oldAmount: 20000, newAmount: 0, deltaEuros: -20000, deltaPercent: -100 }, 2023, 2024)).toBe('Jobcoaching: vervallen in 2024; in 2023 € 20.000.');
	});

	it('makes each follow-up point findable with its status right after it, one record per advice, saying what this archive holds', () => {
		const point = (id: string, text: string, status: string, response?: string) =>
			({ ref: `a#${id}`, adviceId: 'a', adviceTitle: 'Advies A', year: 2025, point: { id, kind: 'vraag', topic: 'lokale verankering', text }, topicSlug: 'lokale-verankering', followUp: { status, history: [], ...(response ? { current: { status, response } } : {}) }, earlier: [], later: [] }) as unknown as FollowUpItem;
		const records = followUpRecords([point('p', 'Waarop baseert het college dat?', 'open'), point('q', 'Hoeveel coaches zijn er?', 'beantwoord', 'Twee.')], () => '2025-09-19');
		expect(records).toHaveLength(1);
		const [record] = records;
		expect(record!.url).toBe('/opvolging/#opvolging-a-p');
		expect(record!.content).toBe('Opvolging van de punten uit Advies A (2025). Vraag: Waarop baseert het college dat? Opvolging: geen reactie in het archief. Onderwerp: lokale verankering. Vraag: Hoeveel coaches zijn er? Opvolging: beantwoord. Reactie van het college: Twee. Onderwerp: lokale verankering.');
		expect(record!.status).toBe('2 punten: 1 geen reactie in het archief, 1 beantwoord');
		expect(record!.filters).toMatchObject({ 'Soort document': ['Opvolging'], 'Jaar van het advies': ['2025'], Opvolging: ['Geen reactie in het archief', 'Beantwoord'] });
	});

	it('indexes each glossary term at its place on /begrippen/, with its everyday words', () => {
		const [record] = glossaryRecords([{ id: 'participatiecoaching', term: 'Participatiecoaching', definition: 'Begeleiding.', everydayWords: ['jobcoach', 'werkcoach'] }]);
		expect(record).toMatchObject({ url: '/begrippen/#participatiecoaching', title: 'Participatiecoaching', content: 'Participatiecoaching: Begeleiding. Ook wel: jobcoach, werkcoach.' });
	});
});
