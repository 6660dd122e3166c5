/** An erratum is added to the data without touching anything else, in every form the list can have. */
import { describe, expect, it } from 'vitest';
import { appendErratum } from './erratum.ts';
import { fromYaml } from './yaml-text.ts';

const item = { date: '2026-12-01', description: 'Bedrag: € 24.000 in plaats van € 42.000.', reason: 'Typefout # bij overnemen.' };

describe('appendErratum', () => {
	it('adds a list at the end when there is none, keeping comments and the rest as written', () => {
		const before = '# commentaar van de redactie\ntitle: Advies\npoints:\n  - id: a # een opmerking\n    text: x\n';
		const after = appendErratum(before, item)!;
		expect(after.startsWith(before.trimEnd())).toBe(true);
		expect((fromYaml(after) as { errata: unknown }).errata).toEqual([item]);
	});

	it('replaces an empty list', () => {
		const after = appendErratum('title: Advies\nerrata: [] # nog geen\nyear: 2025\n', item)!;
		expect(fromYaml(after)).toEqual({ title: 'Advies', errata: [item], year: 2025 });
	});

	it('adds below the last erratum of an existing list, in its indentation, before the next field', () => {
		for (const indent of ['  ', '']) {
			const before = `title: Advies\nerrata:\n${indent}- date: 2026-01-01\n${indent}  description: Eerste.\n${indent}  reason: Reden.\n\n# daarna\nyear: 2025\n`;
			const after = appendErratum(before, item)!;
			expect(fromYaml(after)).toEqual({ title: 'Advies', errata: [{ date: '2026-01-01', description: 'Eerste.', reason: 'Reden.' }, item], year: 2025 });
			expect(after).toContain('# daarna\nyear: 2025');
		}
	});

	it('gives up on a list written between brackets, rather than guess', () => {
		expect(appendErratum('errata: [{date: 2026-01-01, description: a, reason: b}]\n', item)).toBeUndefined();
	});
});
