/** A final DVO version that still speaks as the draft is pointed out; a draft is not. */
import { describe, expect, it } from 'vitest';
import { draftWordingWarnings } from './draft-wording.ts';

const version = (label: 'ontwerp' | 'vastgesteld' | 'gewijzigd', title = 'DVO 2026-2027') => ({
	displayPath: 'content/dvo/2026-2027/x.mdx',
	data: {
		title,
		version: label,
		localChoices: { years: [{ year: 2026, lines: [{ name: 'Coaching', amount: 1, status: 'voorgesteld' as const, note: 'Voorstel van het college.' }, { name: 'Rest', amount: 2, status: 'toegekend' as const, note: 'Besloten.' }] }] },
	},
});

describe('draftWordingWarnings', () => {
	it('warns about a "voorgesteld" status, a proposal in a note and "ontwerp" in the title of a final version', () => {
		const warnings = draftWordingWarnings(version('vastgesteld', 'Ontwerp-DVO 2026-2027'), (path) => path.length);
		expect(warnings.map((w) => [w.field, w.line, w.severity])).toEqual([
			['title', 1, 'warning'],
			['Coaching 2026 → status', 6, 'warning'],
			['Coaching 2026 → note', 6, 'warning'],
		]);
		expect(warnings[1]!.message).toBe('Coaching (2026) heeft nog de status "voorgesteld" uit het ontwerp, maar dit is een vastgestelde versie');
		expect(warnings[2]!.message).toContain('spreekt nog van "Voorstel"');
	});

	it('leaves a draft alone', () => {
		expect(draftWordingWarnings(version('ontwerp', 'Ontwerp-DVO 2026-2027'), () => undefined)).toEqual([]);
	});
});
