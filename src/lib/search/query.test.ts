import { describe, expect, it } from 'vitest';
import { isStopWord, normalizeQuery, prepareQuery } from './query.ts';

describe('normalizeQuery', () => {
	it('drops accents, typographic quotes and surplus spaces', () => {
		expect(normalizeQuery('  ‘financiën’   één ')).toBe('financien een');
		expect(normalizeQuery('participatiecoaching')).toBe('participatiecoaching');
	});
});

describe('prepareQuery', () => {
	it('leaves the stop words out when the query has other words, and says which', () => {
		expect(prepareQuery('participatie van de')).toEqual({ query: 'participatie van de', sent: 'participatie', leftOut: ['van', 'de'], onlyStopWords: false });
		expect(prepareQuery('De kosten van de Participatiecoaching')).toMatchObject({ sent: 'kosten Participatiecoaching', leftOut: ['de', 'van'] });
	});

	it('recognizes stop words whatever their capitals, accents or punctuation', () => {
		expect(prepareQuery('Het, budget')).toMatchObject({ sent: 'budget', leftOut: ['het'] });
		expect(prepareQuery('één  budget')).toMatchObject({ sent: 'budget', leftOut: ['een'] });
	});

	it('sends nothing for a query of stop words only', () => {
		expect(prepareQuery('van')).toEqual({ query: 'van', sent: '', leftOut: ['van'], onlyStopWords: true });
		expect(prepareQuery('van de de')).toMatchObject({ sent: '', leftOut: ['van', 'de'], onlyStopWords: true });
	});

	it('keeps a query without stop words, and an empty query, as they are', () => {
		expect(prepareQuery('restantbudget 2027')).toEqual({ query: 'restantbudget 2027', sent: 'restantbudget 2027', leftOut: [], onlyStopWords: false });
		expect(prepareQuery('   ')).toEqual({ query: '', sent: '', leftOut: [], onlyStopWords: false });
	});

	it('keeps the words the archive is about, also short ones', () => {
		for (const word of ['dvo', 'budget', 'advies', 'lokale', 'keuzes', 'opvolging', 'wmo', 'fte']) expect(isStopWord(word)).toBe(false);
		for (const word of ['de', 'het', 'een', 'van', 'en', 'in']) expect(isStopWord(word)).toBe(true);
	});
});
