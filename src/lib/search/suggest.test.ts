/** Suggestions from the archive's own words: typos, d/t, ei/ij, split and joined words, everyday words; none for nonsense. */
import { describe, expect, it } from 'vitest';
import { createSuggester, dutchKey, maxEdits, searchForm } from './suggest.ts';
import { createVocabulary, wordsOf } from './vocabulary.ts';

const vocabulary = createVocabulary([
	{ word: 'jobcoach', term: 'Participatiecoaching' },
	{ word: 'werkcoach', term: 'Participatiecoaching' },
	{ word: 'begroting', term: 'Budget' },
	{ word: 'burgemeester en wethouders', term: 'College' },
]);
vocabulary.addRecord('De participatiecoaching kost € 81.000 per jaar; het restantbudget is € 14.000. Eigenwaarde en zelfredzaamheid.');
vocabulary.addRecord('Lokale keuzes: participatiecoaching, budget, kwaliteit van de dienstverlening, wijkteam, Werkfit-coaching.');
vocabulary.addRecord('Het budget voor lokale keuzes en de coaching van de participatiecoaches.');
const suggester = createSuggester(vocabulary.data());
const first = (query: string) => suggester.suggest(query)[0]?.query;

describe('spelling suggestions', () => {
	it('fixes a missing, extra, swapped or wrong letter', () => {
		expect(first('participatiecoahing')).toBe('participatiecoaching');
		expect(first('participattiecoaching')).toBe('participatiecoaching');
		expect(first('bugdet')).toBe('budget');
		expect(first('kwalitiet')).toBe('kwaliteit');
		expect(first('budgat')).toBe('budget');
	});

	it('fixes d/t and ei/ij confusions, also in long words', () => {
		expect(first('restandbudget')).toBe('restantbudget');
		expect(first('restandbutget')).toBe('restantbudget');
		expect(first('eigenwaarte')).toBe('eigenwaarde');
		expect(first('weikteam')).toBe('wijkteam');
		expect(dutchKey('wijkteam')).toBe(dutchKey('weikteam'));
	});

	it('joins words written apart and drops a hyphen the archive does not write', () => {
		expect(first('eigen waarde')).toBe('eigenwaarde');
		expect(first('participatie-coaching')).toBe('participatiecoaching');
		expect(first('rest budget')).toBeUndefined();
		expect(suggester.suggest('wijk team')).toEqual([{ query: 'wijkteam', reason: 'joined' }]);
		// A pair written apart is one word to the visitor: its half is not swapped for a term.
		const council = createVocabulary([{ word: 'adviesraad', term: 'BAR' }]);
		council.addRecord('De burgeradviesraad ⟦burger adviesraad⟧ geeft advies.');
		expect(createSuggester(council.data()).suggest('burger adviesraad')).toEqual([{ query: 'burgeradviesraad', reason: 'joined' }]);
	});

	it('splits words written together that the archive writes apart', () => {
		expect(suggester.suggest('lokalekeuzes')).toEqual([{ query: 'lokale keuzes', reason: 'split' }]);
	});

	it('ignores capitals and punctuation around the words', () => {
		expect(first('Participatiecoahing?')).toBe('participatiecoaching');
		expect(first('“restandbudget”')).toBe('restantbudget');
	});

	it('corrects only the unknown word of a longer query', () => {
		expect(first('budgat lokale keuzes')).toBe('budget lokale keuzes');
		expect(first('participatiecoahing 2026')).toBe('participatiecoaching 2026');
	});

	it('offers the glossary term for an everyday word, alone or in a query', () => {
		expect(suggester.suggest('jobcoach')).toEqual([{ query: 'participatiecoaching', reason: 'everyday' }]);
		expect(first('Werkcoach 2026')).toBe('participatiecoaching 2026');
		expect(first('burgemeester en wethouders')).toBe('college');
		expect(first('begroting')).toBe('budget');
		expect(first('jobcoah')).toBe('participatiecoaching');
	});

	it('gives no suggestion for nonsense, for short words or for words the archive holds', () => {
		for (const query of ['xqzvbn', 'asdfgh', 'qwerty', 'zzz', 'blauwbessen', 'kat']) expect(suggester.suggest(query), query).toEqual([]);
		expect(suggester.suggest('participatiecoaching')).toEqual([]);
		expect(suggester.suggest('Budget 2027')).toEqual([]);
		expect(suggester.suggest('')).toEqual([]);
		expect(suggester.knows('werkfit-coaching')).toBe(true);
	});

	it('allows more edits in longer words only', () => {
		expect([3, 4, 7, 8, 20].map(maxEdits)).toEqual([0, 1, 1, 2, 2]);
	});
});

describe('the vocabulary', () => {
	it('keeps words lower case without accents, hyphenated words whole and in parts', () => {
		expect([...wordsOf('Financiën, Werkfit-coaching en 81.000')]).toEqual(['financien', 'werkfit-coaching', 'werkfit', 'coaching', 'en']);
	});

	it('finds the same words piece by piece as in the whole text at once (the pieces are cached)', () => {
		const wholeText = (text: string) => {
			const words = new Set<string>();
			for (const [word] of searchForm(text).matchAll(/\p{L}+(?:-\p{L}+)*/gu)) {
				if (word.length >= 2) words.add(word);
				if (word.includes('-')) for (const part of word.split('-')) if (part.length >= 2) words.add(part);
			}
			return words;
		};
		const texts = [
			'Financiën, Werkfit-coaching en 81.000',
			'“Coördinatie” - en -werk- of werk-\u00a0fit; E\u0301E\u0301N  twee\tregels\nhier IJsselmonde ΟΔΟΣ',
			'a-b -c d- ‘e’ „f” «g» 2026-2027 x—y',
		];
		for (const text of texts) {
			expect([...wordsOf(text)].sort()).toEqual([...wholeText(text)].sort());
			// Asked again, from the cache.
			expect([...wordsOf(text)].sort()).toEqual([...wholeText(text)].sort());
		}
	});

	it('counts in how many records a word appears and writes the everyday words lower case', () => {
		const data = vocabulary.data();
		expect(data.n[data.w.indexOf('participatiecoaching')]).toBe(2);
		expect(data.n[data.w.indexOf('budget')]).toBe(2);
		expect(data.w).toEqual([...data.w].sort());
		expect(data.e).toMatchObject({ jobcoach: ['participatiecoaching'], begroting: ['budget'] });
	});
});
