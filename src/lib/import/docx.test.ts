/**
 * The Word reader keeps what a reader of the letter sees: list numbers and bullets, footnotes,
 * table cells; and names in a warning, with where it was, what it cannot show (an image, a
 * comment, a tracked change).
 */
import { describe, expect, it } from 'vitest';
import { WORD_LETTER_TEXTS, wordLetter } from '../../../tests/support/word-letter.ts';
import { blocksText } from './blocks.ts';
import { listMarker, readDocx, roman } from './docx.ts';

describe('readDocx', () => {
	it('keeps every visible text in order, with "1.", "2.", "3." and the bullets, the footnote and the table cells', async () => {
		const { blocks } = await readDocx(await wordLetter());
		const texts = blocks.map((block) => (block.kind === 'heading' ? block.text : block.lines.join(' ')));
		expect(texts).toEqual([...WORD_LETTER_TEXTS]);
		expect(blocks.filter((b) => b.kind === 'heading').map((b) => b.kind === 'heading' && b.text)).toEqual(['Aanbevelingen', 'Wat goed gaat', 'Budget']);
		expect(blocksText(blocks)).toContain('1. Maak afspraken over het restantbudget. 2. Meet de kwaliteit');
	});

	it('names the image, the comment, the tracked change, the table and the letterhead, each with where it was', async () => {
		const { warnings } = await readDocx(await wordLetter());
		expect(warnings).toHaveLength(5);
		expect(warnings).toContainEqual('de koptekst van het Word-bestand ("Burgeradviesraad Heumen, Postbus 1, Mald…") staat niet op de pagina; zet wat lezers daarvan moeten weten in de brief zelf');
		expect(warnings).toContainEqual(expect.stringMatching(/^een afbeelding \("Logo van de BAR"\) na de alinea die begint met "Zie de bijlage\[1\] voor de cijfers\." staat niet op de pagina/));
		expect(warnings).toContainEqual(expect.stringMatching(/^een opmerking \(Word-opmerking\) in de alinea die begint met "€ 81.000" staat niet op de pagina/));
		expect(warnings).toContainEqual(expect.stringMatching(/^bijgehouden wijzigingen \(ingevoegd en verwijderd\) in de alinea die begint met "Meet de kwaliteit van de participatiecoa…": de pagina toont de tekst alsof alle wijzigingen zijn geaccepteerd/));
		expect(warnings).toContainEqual(expect.stringMatching(/^een tabel die begint met "Post" staat op de pagina als gewone tekst/));
	});

	it('numbers lists as Word does by default', () => {
		expect([1, 2, 3].map((n) => listMarker(true, 0, n))).toEqual(['1.', '2.', '3.']);
		expect([1, 2, 27].map((n) => listMarker(true, 1, n))).toEqual(['a.', 'b.', 'aa.']);
		expect([1, 4, 9].map((n) => listMarker(true, 2, n))).toEqual(['i.', 'iv.', 'ix.']);
		expect(listMarker(false, 0, 5)).toBe('•');
		expect(roman(2026)).toBe('mmxxvi');
	});
});
