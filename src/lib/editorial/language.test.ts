import { describe, expect, it } from 'vitest';
import { languageGuideSchema } from '../../schemas/language-guide.ts';
import { findAvoidedWords, maskQuotations } from './language.ts';

const guide = languageGuideSchema.parse([
	{ id: 'zorgjongeren', avoid: ['zorgjongere'], instead: 'jongeren voor wie niet zomaar passende werkgelegenheid voorhanden is', reason: 'label', source: '2025-dvo-2026-2027' },
	{ id: 'eigenwaarde', avoid: ['eigenwaarde'], instead: 'zelfredzaamheid', reason: 'bedoeld is zelfredzaamheid' },
	{ id: 'doelgroep', avoid: ['moeilijk bemiddelbare'], instead: 'mensen die meer steun nodig hebben', reason: 'label' },
]);

describe('language check', () => {
	it('finds word forms in any case, with the line they are on', () => {
		const found = findAvoidedWords('Eerste regel.\nDe Zorgjongeren en één zorgjongere.\nHun eigenwaarde groeit.', guide);
		expect(found.map((m) => [m.word, m.line, m.entry.id])).toEqual([
			['Zorgjongeren', 2, 'zorgjongeren'],
			['zorgjongere', 2, 'zorgjongeren'],
			['eigenwaarde', 3, 'eigenwaarde'],
		]);
	});

	it('finds phrases across a line break, but not a word inside another word', () => {
		const found = findAvoidedWords('Voor moeilijk\nbemiddelbare mensen. Jeugdzorgjongeren is geen treffer.', guide);
		expect(found.map((m) => m.word)).toEqual(['moeilijk\nbemiddelbare']);
	});

	it('skips quotations and blockquotes: the DVO quoted is not the advice speaking', () => {
		const text = [
			'De DVO spreekt over ‘Zorgjongeren’ en over “eigenwaarde”.',
			'Ook "zorgjongeren" en \'zorgjongeren\' staan er.',
			'> De kandidaat groeit in eigenwaarde.',
		].join('\n');
		expect(findAvoidedWords(text, guide)).toEqual([]);
		expect(maskQuotations('auto’s en ‘zorgjongeren’ hier')).toBe('auto’s en                hier');
	});

	it('skips a sentence that names the alternative, and the advice that made the remark', () => {
		expect(findAvoidedWords('Schrijf liever zelfredzaamheid dan eigenwaarde.', guide)).toEqual([]);
		expect(findAvoidedWords('Zijn dit wel zorgjongeren?', guide, '2025-dvo-2026-2027')).toEqual([]);
		expect(findAvoidedWords('Zijn dit wel zorgjongeren?', guide, '2026-dvo-2027')).toHaveLength(1);
	});
});
