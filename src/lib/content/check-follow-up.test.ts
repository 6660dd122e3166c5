import { describe, expect, it } from 'vitest';
import { checkedAdvice, lineContaining } from '../../../tests/support/documents.ts';
import { checkFollowUp } from './check-follow-up.ts';
import { formatProblem } from './problems.ts';

const a = checkedAdvice('2023-a', {
	year: 2023,
	dates: { letter: '2023-10-02' },
	points: [
		{ id: 'vraag', kind: 'vraag', topic: 't', text: 'Vraag?', followUp: { status: 'open', response: 'Het college zegt ja.' } },
		{ id: 'zorg', kind: 'zorg', topic: 't', text: 'Zorg.' },
	],
});

const responseDoc = (id: string, source: string) => ({ id, displayPath: `content/reacties/${id}.yaml`, source });

describe('the follow-up content check', () => {
	it('reports a response on an open point with file, line and field', () => {
		const { problems } = checkFollowUp([a], []);
		expect(problems.map(formatProblem)).toEqual([
			expect.stringMatching(new RegExp(`^FOUT adviezen/2023-a\\.mdx:${lineContaining(a.source, 'status: open')} veld "points → 1 → followUp → status": het punt "vraag" heeft de status open`)),
		]);
	});

	it('accepts a valid response document and returns it', () => {
		const doc = responseDoc('2023-a', 'advice: 2023-a\ndate: 2023-12-01\nsource:\n  title: Brief van het college\npoints:\n  - point: zorg\n    status: beantwoord\n    response: Wij delen de zorg.\n');
		const result = checkFollowUp([{ ...a, data: { ...a.data, points: [a.data.points[1]!] } }], [doc]);
		expect(result.problems).toEqual([]);
		expect(result.responses.map((r) => r.id)).toEqual(['2023-a']);
	});

	it('fails a response that names an unknown point, on the line of that point', () => {
		const doc = responseDoc('2023-a', 'advice: 2023-a\ndate: 2023-12-01\nsource:\n  title: Brief\npoints:\n  - point: zorg\n    status: beantwoord\n    response: Ja.\n  - point: bestaat-niet\n    status: overgenomen\n    response: Ja.\n');
		const { problems, responses } = checkFollowUp([a], [doc]);
		const own = problems.filter((p) => p.file === doc.displayPath);
		expect(own).toEqual([expect.objectContaining({ severity: 'error', line: 9, field: 'points → 2 → point', message: 'het advies "2023-a" heeft geen punt "bestaat-niet"' })]);
		expect(responses).toEqual([]);
	});

	it('fails a response to an advice that does not exist, or with a wrong date or status', () => {
		const unknown = responseDoc('x', 'advice: 2099-x\ndate: 2023-12-01\nsource:\n  title: Brief\npoints:\n  - point: zorg\n    status: beantwoord\n    response: Ja.\n');
		const badDate = responseDoc('y', 'advice: 2023-a\ndate: 2023-09-31\nsource:\n  title: Brief\npoints:\n  - point: zorg\n    status: open\n    response: Ja.\n');
		const { problems } = checkFollowUp([a], [unknown, badDate]);
		const messages = problems.filter((p) => p.file.includes('reacties')).map((p) => `${p.file}:${p.line} ${p.field} ${p.message}`);
		expect(messages).toEqual([
			'content/reacties/x.yaml:1 advice er is geen advies "2099-x"',
			expect.stringContaining('content/reacties/y.yaml:2 date "2023-09-31" is geen datum'),
			expect.stringContaining('content/reacties/y.yaml:7 points → 1 → status een reactie kan niet de status "open" hebben'),
		]);
	});

	it('tells a missing field from one with a wrong value', () => {
		const doc = responseDoc('z', 'advice: 2023-a\ndate: 2023-12-01\nsource: 2023\npoints:\n  - status: beantwoord\n    response: Ja.\n');
		const { problems } = checkFollowUp([a], [doc]);
		const byField = new Map(problems.filter((p) => p.file.includes('reacties')).map((p) => [p.field, p.message]));
		expect(byField.get('points → 1 → point')).toBe('dit verplichte veld ontbreekt');
		expect(byField.get('source')).toBe('Ongeldige invoer: verwacht object, ontving getal');
	});

	it('does not report a response twice when its advice has errors of its own', () => {
		const doc = responseDoc('r', 'advice: 2023-kapot\ndate: 2023-12-01\nsource:\n  title: Brief\npoints:\n  - point: zorg\n    status: beantwoord\n    response: Ja.\n');
		const { problems } = checkFollowUp([], [doc], new Set(['2023-kapot']));
		expect(problems).toEqual([]);
	});
});
