import { describe, expect, it } from 'vitest';
import { responseSchema } from '../../schemas/response.ts';
import { adviceResponseFloor, inlineFollowUpIssues, responseDocumentIssues } from './rules.ts';
import { advice, response } from './test-fixtures.ts';

const point = (id: string, followUp?: Record<string, unknown>) => ({ id, kind: 'vraag', topic: 't', text: 'Vraag?', ...(followUp ? { followUp } : {}) });

describe('status rules for inline follow-up', () => {
	it('accepts open points without a response and answered points with one', () => {
		const a = advice('a', { dates: { letter: '2023-10-02' }, points: [point('p'), point('q', { status: 'beantwoord', response: 'Ja.', responseDate: '2023-10-02' })] });
		expect(inlineFollowUpIssues(a.data)).toEqual([]);
	});

	it('rejects a response on an open point', () => {
		const a = advice('a', { points: [point('p', { status: 'open', response: 'Het college zegt ja.' })] });
		const issues = inlineFollowUpIssues(a.data);
		expect(issues).toHaveLength(1);
		expect(issues[0]).toMatchObject({ severity: 'error', path: ['points', 0, 'followUp', 'status'] });
		expect(issues[0]!.message).toContain('status open');
	});

	it('warns when a decided point has no response text', () => {
		const issues = inlineFollowUpIssues(advice('a', { points: [point('p', { status: 'overgenomen' })] }).data);
		expect(issues).toEqual([expect.objectContaining({ severity: 'warning', path: ['points', 0, 'followUp', 'response'] })]);
	});

	it('rejects a response dated before the advice', () => {
		const a = advice('a', { dates: { letter: '2023-10-02' }, points: [point('p', { status: 'beantwoord', response: 'Ja.', responseDate: '2023-10-01' })] });
		const issues = inlineFollowUpIssues(a.data);
		expect(issues).toEqual([expect.objectContaining({ severity: 'error', path: ['points', 0, 'followUp', 'responseDate'] })]);
		expect(issues[0]!.message).toContain('2 oktober 2023');
	});

	it('dates an advice by its letter, else its meeting, else its year', () => {
		expect(adviceResponseFloor(advice('a', { dates: { letter: '2023-10-02', meeting: '2023-09-01' } }).data)).toEqual(new Date(Date.UTC(2023, 9, 2)));
		expect(adviceResponseFloor(advice('a', { dates: { meeting: '2023-09-01', committee: '2023-10-12' } }).data)).toEqual(new Date(Date.UTC(2023, 8, 1)));
		expect(adviceResponseFloor(advice('a', { year: 2021 }).data)).toEqual(new Date(Date.UTC(2021, 0, 1)));
	});
});

describe('status rules for response documents', () => {
	const a = advice('2023-a', { dates: { meeting: '2023-09-19' }, points: [point('p'), point('q')] });

	it('accepts a response to known points after the advice', () => {
		const r = response('r', { advice: '2023-a', date: '2023-12-01', points: [{ point: 'p', status: 'beantwoord', response: 'Ja.' }] });
		expect(responseDocumentIssues(r.data, a.data, ['2023-a'])).toEqual([]);
	});

	it('rejects an unknown advice, an unknown point, a repeated point and an early date', () => {
		const r = response('r', {
			advice: '2023-a',
			date: '2023-09-18',
			points: [
				{ point: 'p', status: 'beantwoord', response: 'Ja.' },
				{ point: 'p', status: 'overgenomen', response: 'Ja.' },
				{ point: 'onbekend', status: 'beantwoord', response: 'Ja.' },
			],
		});
		const issues = responseDocumentIssues(r.data, a.data, ['2023-a']);
		expect(issues.map((i) => i.path)).toEqual([['date'], ['points', 1, 'point'], ['points', 2, 'point']]);
		expect(issues[2]!.message).toContain('geen punt "onbekend"');
		expect(issues[2]!.fix).toContain('p, q');
		const unknownAdvice = responseDocumentIssues({ ...r.data, advice: '2030-x' }, undefined, ['2023-a']);
		expect(unknownAdvice).toEqual([expect.objectContaining({ path: ['advice'], message: 'er is geen advies "2030-x"' })]);
	});

	it('does not accept "open" as the status of a response', () => {
		const result = responseSchema.safeParse({ advice: 'a', date: '2024-01-01', source: { title: 'Brief' }, points: [{ point: 'p', status: 'open', response: 'x' }] });
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.message).toContain('laat een punt waarop het college (nog) niet reageert weg');
	});
});
