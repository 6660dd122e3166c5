import { describe, expect, it } from 'vitest';
import { blocksFromText, isHeadingLike } from './blocks.ts';

describe('headings and paragraphs of a plain-text letter', () => {
	it('finds short lines without a full stop as headings, also with a colon or directly above text', () => {
		const text = [
			'Geacht college,',
			'',
			'Advies',
			'',
			'We adviseren positief over de voorliggende DVO over de basisdienstverlening, waarin afspraken.',
			'',
			'Taalgebruik:',
			'',
			'Bij de bestudering van de stukken viel ons op dat door woordgebruik mensen soms labels krijgen.',
			'',
			'Tot slot',
			'We vinden het positief dat u ons advies aan de raad doet toekomen, zodat de raad het meeneemt.',
			'',
			'Met vriendelijke groet',
			'',
			'Burgeradviesraad Heumen',
		].join('\n');
		const blocks = blocksFromText(text);
		expect(blocks.filter((b) => b.kind === 'heading').map((b) => (b.kind === 'heading' ? b.text : ''))).toEqual(['Advies', 'Taalgebruik:', 'Tot slot']);
		expect(blocks.at(-1)).toEqual({ kind: 'paragraph', lines: ['Burgeradviesraad Heumen'] });
	});

	it('does not take sentences, greetings or wrapped lines for headings', () => {
		expect(isHeadingLike('Geacht college,')).toBe(false);
		expect(isHeadingLike('Het is een DVO voor twee jaar.')).toBe(false);
		expect(isHeadingLike('werkgevers- als ook de werknemersbenadering')).toBe(false);
		expect(isHeadingLike('Met vriendelijke groet')).toBe(false);
		const wrapped = blocksFromText('Naast de inzet van de participatiecoaches\nWerkBedrijf en Heumen spreken we af dat het zo moet.');
		expect(wrapped).toHaveLength(1);
	});

	it('keeps a sentence broken by stray blank lines in one paragraph', () => {
		const blocks = blocksFromText('Je kunt beter spreken over jongeren\n\n\n\nvoor wie geen werk is.\n\nVolgende alinea.');
		expect(blocks).toEqual([
			{ kind: 'paragraph', lines: ['Je kunt beter spreken over jongeren', 'voor wie geen werk is.'] },
			{ kind: 'paragraph', lines: ['Volgende alinea.'] },
		]);
	});
});
