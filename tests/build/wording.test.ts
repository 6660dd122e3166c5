/** Every sentence true to the record: no page of either archive says a sentence from the shared list of wrong ones. */
import { describe, expect, inject, it } from 'vitest';
import { findWrongSentences, pageInterfaceText, WRONG_SENTENCES } from '../support/wording.ts';

describe.each([
	['real archive', () => inject('realSite')],
	['example archive', () => inject('exampleSite')],
])('the interface text of the %s', (_name, site) => {
	it('contains none of the sentences that claim more than the archive holds', () => {
		expect(findWrongSentences(site())).toEqual([]);
	});
});

describe('the check itself', () => {
	it('finds a wrong sentence on a page, in the text and in the meta description', () => {
		// The home page of the real archive, with the list extended by a sentence it does say.
		const site = inject('realSite');
		expect(pageInterfaceText(site, '/')).toContain('Dit archief bevat');
		expect(findWrongSentences(site, [...WRONG_SENTENCES, { text: 'Dit archief bevat', why: 'test' }])).toContain('/: Dit archief bevat');
		expect(findWrongSentences(site, [{ text: 'die in dit archief staan, de nieuwste eerst', why: 'test' }])).toEqual(['/adviezen/: die in dit archief staan, de nieuwste eerst']);
	});
});
