/**
 * The import proves what the site shows: for any letter, the body it writes passes the content
 * check's body-safety rule and renders, with the site's processor, to exactly the letter's text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkBodySafety } from '../content/body-safety.ts';
import { blocksFromText, blocksText } from './blocks.ts';
import { letterBody, mdxVisibleText } from './letter-to-mdx.ts';

/** Words a council letter could contain, including every character Markdown or MDX gives a meaning. */
const word = fc.oneof(
	fc.constantFrom('advies', 'DVO', '€81.000', '0,9', 'fte', '2026-2027', 'BAR', 'college', 'artikel', '‘zorgjongeren’', '—', '…'),
	fc.constantFrom('https://www.heumen.nl/zoeken?q=dvo&jaar=2026', 'http://example.org/a_b_c', 'www.werkbedrijfrvn.nl/over-ons', 'secretaris@bar-heumen.nl', 'jan_de_vries@example.nl', '(zie https://x.nl/pagina).', 'https://x.nl/{id}', '<https://x.nl>', '[link](https://x.nl)'),
	fc.stringMatching(/^[-a-z0-9{}<>\\`*_[\]()#|~&!:@.=+^$%;"'/?]{1,8}$/),
	fc.constantFrom('import', 'export', '-', '+', '*', '1.', '2)', '#', '>', '|', '---', '===', '&amp;', '&#123;', '{/*', '*/}', '<script>', '</script>', '<!--', '-->', '[^1]', '\\'),
);
const line = fc.array(word, { minLength: 1, maxLength: 12 }).map((words) => words.join(' '));
const letter = fc.array(fc.array(line, { minLength: 1, maxLength: 4 }).map((lines) => lines.join('\n')), { minLength: 1, maxLength: 5 }).map((paragraphs) => paragraphs.join('\n\n'));

describe('letterBody', () => {
	it('accepts any letter, and what it writes is safe and shows the letter word for word', () => {
		fc.assert(
			fc.property(letter, (text) => {
				const blocks = blocksFromText(text);
				const body = letterBody(blocks);
				expect(checkBodySafety(body)).toEqual([]);
				expect(mdxVisibleText(body)).toBe(blocksText(blocks));
			}),
			{ numRuns: 300 },
		);
	});

	it('keeps plain web and e-mail addresses as links, with a query string and underscores', () => {
		const body = letterBody(blocksFromText('Zie https://www.heumen.nl/zoeken?q=dvo&jaar=2026 of mail jan_de_vries@bar-heumen.nl.'));
		expect(body).toContain('https://www.heumen.nl/zoeken?q=dvo&jaar=2026');
		expect(mdxVisibleText(body)).toBe('Zie https://www.heumen.nl/zoeken?q=dvo&jaar=2026 of mail jan_de_vries@bar-heumen.nl.');
	});
});
