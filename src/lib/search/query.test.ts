import { describe, expect, it } from 'vitest';
import { normalizeQuery } from './query.ts';

describe('normalizeQuery', () => {
	it('drops accents, typographic quotes and surplus spaces', () => {
		expect(normalizeQuery('  ‘financiën’   één ')).toBe('financien een');
		expect(normalizeQuery('participatiecoaching')).toBe('participatiecoaching');
	});
});
