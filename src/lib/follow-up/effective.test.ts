import { describe, expect, it } from 'vitest';
import { adviceFollowUps, effectiveFollowUp } from './effective.ts';
import { advice, response } from './test-fixtures.ts';

const a = advice('2023-a', {
	dates: { letter: '2023-10-02' },
	points: [
		{ id: 'inline', kind: 'vraag', topic: 't', text: 'Vraag?', followUp: { status: 'beantwoord', response: 'Antwoord.', responseDate: '2023-12-01' } },
		{ id: 'open', kind: 'vraag', topic: 't', text: 'Nog open?' },
		{ id: 'undated', kind: 'aanbeveling', topic: 't', text: 'Doe dit.', followUp: { status: 'deels-overgenomen', response: 'Deels.' } },
	],
});

describe('effective follow-up', () => {
	it('is open when nobody responded', () => {
		const result = effectiveFollowUp(a.data.points[1]!);
		expect(result).toEqual({ status: 'open', history: [] });
	});

	it('uses the inline follow-up when there is no response document', () => {
		const result = adviceFollowUps(a, []).get('inline')!;
		expect(result.status).toBe('beantwoord');
		expect(result.current?.response).toBe('Antwoord.');
		expect(result.current?.origin).toEqual({ kind: 'advies' });
	});

	it('lets a later response document decide, keeping the inline answer as history', () => {
		const later = response('2023-a-2', { advice: '2023-a', date: '2024-06-10', source: { title: 'Brief juni', url: 'https://example.org/b' }, points: [{ point: 'inline', status: 'overgenomen', response: 'Toch overgenomen.' }] });
		const result = adviceFollowUps(a, [later]).get('inline')!;
		expect(result.status).toBe('overgenomen');
		expect(result.current?.source).toEqual({ title: 'Brief juni', url: 'https://example.org/b' });
		expect(result.current?.origin).toEqual({ kind: 'reactie', id: '2023-a-2' });
		expect(result.history.map((h) => h.status)).toEqual(['beantwoord']);
	});

	it('keeps a newer inline answer over an older response document', () => {
		const older = response('2023-a', { advice: '2023-a', date: '2023-11-01', points: [{ point: 'inline', status: 'niet-overgenomen', response: 'Nee.' }] });
		const result = adviceFollowUps(a, [older]).get('inline')!;
		expect(result.status).toBe('beantwoord');
		expect(result.history[0]?.status).toBe('niet-overgenomen');
	});

	it('counts an undated inline answer as older than any dated response', () => {
		const dated = response('r', { advice: '2023-a', date: '2023-10-03', points: [{ point: 'undated', status: 'overgenomen', response: 'Ja.' }] });
		expect(adviceFollowUps(a, [dated]).get('undated')!.status).toBe('overgenomen');
	});

	it('prefers the response document on the same date, and answers an open point', () => {
		const same = response('r', {
			advice: '2023-a',
			date: '2023-12-01',
			points: [
				{ point: 'inline', status: 'niet-overgenomen', response: 'Nee.' },
				{ point: 'open', status: 'beantwoord', response: 'Nu wel.' },
			],
		});
		const result = adviceFollowUps(a, [same]);
		expect(result.get('inline')!.status).toBe('niet-overgenomen');
		expect(result.get('open')!.status).toBe('beantwoord');
		expect(result.get('open')!.current?.date).toEqual(new Date(Date.UTC(2023, 11, 1)));
	});

	it('ignores responses to other advice', () => {
		const other = response('r', { advice: '2024-b', date: '2024-01-01', points: [{ point: 'open', status: 'beantwoord', response: 'x' }] });
		expect(adviceFollowUps(a, [other]).get('open')!.status).toBe('open');
	});
});
