import { describe, expect, it } from 'vitest';
import { createDecompounder } from './decompound.ts';
import { extraWords, withExtraWords, withoutAccents } from './index-text.ts';

const decompounder = createDecompounder(new Set(['participatie', 'coaching', 'financien', 'budget', 'werk']));

describe('extra index words', () => {
	it('adds the parts of a compound after it, between markers', () => {
		expect(withExtraWords('De participatiecoaching gaat door.', decompounder)).toBe('De participatiecoaching ⟦participatie coaching⟧ gaat door.');
	});

	it('adds words without their accents', () => {
		expect(withoutAccents('financiën')).toBe('financien');
		expect(withoutAccents('budget')).toBeUndefined();
		expect(extraWords('Financiën', decompounder)).toEqual(['financien']);
	});

	it('splits each half of a hyphenated word', () => {
		expect(extraWords('participatiecoaching-budget', decompounder)).toEqual(['participatie', 'coaching']);
	});

	it('leaves text without compounds or accents as it is', () => {
		const text = 'Het budget is € 81.000 voor 0,9 fte.';
		expect(withExtraWords(text, decompounder)).toBe(text);
	});
});
