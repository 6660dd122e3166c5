import { describe, expect, it } from 'vitest';
import { cleanExcerpt, cleanText, firstMarkedWord, highlightUrl } from './excerpt.ts';

describe('cleanExcerpt', () => {
	it('takes the extra words out and highlights the word they belong to', () => {
		expect(cleanExcerpt('De participatiecoaching ⟦participatie <mark>coaching⟧</mark> kost geld.')).toBe('De <mark>participatiecoaching</mark> kost geld.');
	});

	it('keeps punctuation that followed the extra words', () => {
		expect(cleanExcerpt('het restantbudget ⟦restant <mark>budget⟧.</mark> Verder')).toBe('het <mark>restantbudget.</mark> Verder');
	});

	it('drops a group of extra words cut off at the start or end of the excerpt', () => {
		expect(cleanExcerpt('coaching⟧ kost geld. De restantbudgetten ⟦restant')).toBe('kost geld. De restantbudgetten');
	});

	it('leaves a plain excerpt as it is', () => {
		const excerpt = 'Het <mark>budget</mark> voor 2026 is € 81.000.';
		expect(cleanExcerpt(excerpt)).toBe(excerpt);
	});
});

describe('result titles and links', () => {
	it('removes extra words from titles', () => {
		expect(cleanText('Budget voor participatiecoaching ⟦participatie coaching⟧')).toBe('Budget voor participatiecoaching');
	});

	it('links to the first found word with a text fragment', () => {
		const excerpt = cleanExcerpt('de <mark>participatiecoaching.</mark>');
		expect(firstMarkedWord(excerpt)).toBe('participatiecoaching');
		expect(highlightUrl('/adviezen/a/', 'participatiecoaching')).toBe('/adviezen/a/#:~:text=participatiecoaching');
		expect(highlightUrl('/adviezen/a/#kopje', 'ontwerp-DVO')).toBe('/adviezen/a/#kopje:~:text=ontwerp%2DDVO');
		expect(highlightUrl('/adviezen/a/', undefined)).toBe('/adviezen/a/');
	});
});
