/** The glossary schema: everyday words are optional, plain words, and explained in Dutch when wrong. */
import { describe, expect, it } from 'vitest';
import { glossarySchema } from './glossary.ts';

const term = { id: 'participatiecoaching', term: 'Participatiecoaching', definition: 'Begeleiding.' };

describe('glossary schema', () => {
	it('accepts a term with and without everyday words', () => {
		const parsed = glossarySchema.parse([term, { ...term, id: 'b', everydayWords: ['jobcoach', 'burgemeester en wethouders', 'concept-dvo'] }]);
		expect(parsed[0]!.everydayWords).toBeUndefined();
		expect(parsed[1]!.everydayWords).toEqual(['jobcoach', 'burgemeester en wethouders', 'concept-dvo']);
	});

	it('refuses an everyday word with digits or punctuation, saying what to write', () => {
		const result = glossarySchema.safeParse([{ ...term, everydayWords: ['job!coach', '2026'] }]);
		expect(result.success).toBe(false);
		expect(result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
			'0.everydayWords.0: schrijf alleen letters, met een spatie of streepje tussen woorden (geen cijfers of leestekens)',
			'0.everydayWords.1: schrijf alleen letters, met een spatie of streepje tussen woorden (geen cijfers of leestekens)',
		]);
	});
});
