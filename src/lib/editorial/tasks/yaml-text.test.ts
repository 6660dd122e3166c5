/** What the commands write is valid YAML with the data they mean, marks included. */
import { describe, expect, it } from 'vitest';
import { fromYaml, toYaml, toYamlWithMarks } from './yaml-text.ts';

const tricky = ['Bedrag: € 24.000', 'Punt #3', '"citaat" en meer', "it's", '- geen lijst', '@gemeente', 'ja', 'null', '2026-01-20 is de datum', 'regel 1\nregel 2'];

describe('toYaml', () => {
	it('writes texts that read back exactly, whatever they contain', () => {
		for (const text of tricky) expect(fromYaml(toYaml({ description: text }))).toEqual({ description: text });
	});

	it('writes dates as the guide shows them, and they stay the same text', () => {
		expect(toYaml({ date: '2026-01-20', title: 'x' })).toBe('date: 2026-01-20\ntitle: "x"\n');
		expect(fromYaml(toYaml({ date: '2026-01-20' }))).toEqual({ date: '2026-01-20' });
	});
});

describe('toYamlWithMarks', () => {
	it('adds a VOORSTEL comment on exactly the marked lines, nested list items included', () => {
		const data = { title: 'DVO: 2027', years: [{ year: 2026, lines: [{ id: 'a', status: 'voorgesteld' }, { id: 'b', status: 'toegekend' }] }, { year: 2027, lines: [{ id: 'a', status: 'voorgesteld' }] }] };
		const text = toYamlWithMarks(data, [
			{ path: ['title'], note: 'controleer' },
			{ path: ['years', 1, 'lines', 0, 'status'], note: 'kies de status' },
		], ['Gemaakt door een test.']);
		expect(fromYaml(text)).toEqual(data);
		const lines = text.split('\n');
		expect(lines[0]).toBe('# Gemaakt door een test.');
		expect(lines.filter((line) => line.includes('# VOORSTEL:'))).toEqual(['title: "DVO: 2027" # VOORSTEL: controleer', '        status: "voorgesteld" # VOORSTEL: kies de status']);
		// The marked status is the one of 2027, not the first "status" in the file.
		expect(lines.findIndex((line) => line.includes('kies de status'))).toBeGreaterThan(lines.findIndex((line) => line.includes('year: 2027')));
	});

	it('refuses a mark on a field that is not there', () => {
		expect(() => toYamlWithMarks({ a: 1 }, [{ path: ['b'], note: 'x' }])).toThrow();
	});
});
