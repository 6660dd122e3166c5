import { describe, expect, it } from 'vitest';
import { createDecompounder } from './decompound.ts';
import { extraWords, synonymsOf, withExtraWords, withoutAccents } from './index-text.ts';

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

describe('everyday words of glossary terms', () => {
	const synonyms = synonymsOf([
		{ word: 'jobcoach', term: 'Participatiecoaching' },
		{ word: 'werkcoach', term: 'Participatiecoaching' },
		{ word: 'eigen keuzes', term: 'Lokale keuzes' },
	]);

	it('adds them after the first use of a one-word term on a page, not after every use', () => {
		const used = new Set<string>();
		expect(withExtraWords('Participatiecoaching kost geld.', decompounder, synonyms, used)).toBe('Participatiecoaching ⟦jobcoach werkcoach participatie coaching⟧ kost geld.');
		expect(withExtraWords('Nog eens participatiecoaching.', decompounder, synonyms, used)).toBe('Nog eens participatiecoaching ⟦participatie coaching⟧.');
	});

	it('adds them again on the next page: what a word gets does not depend on the pages before', () => {
		for (let page = 0; page < 3; page++) {
			const used = new Set<string>();
			expect(withExtraWords('Participatiecoaching en participatiecoaching.', decompounder, synonyms, used)).toBe('Participatiecoaching ⟦jobcoach werkcoach participatie coaching⟧ en participatiecoaching ⟦participatie coaching⟧.');
			expect(used).toEqual(new Set(['participatiecoaching']));
		}
	});

	it('adds them after a term of several words, also when its words have extra words of their own', () => {
		expect(withExtraWords('De lokale keuzes van 2026.', decompounder, synonyms)).toBe('De lokale keuzes ⟦eigen keuzes⟧ van 2026.');
		expect(withExtraWords('Geen lokale binding.', decompounder, synonyms)).toBe('Geen lokale binding.');
	});
});
