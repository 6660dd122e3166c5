import { describe, expect, it } from 'vitest';
import { encodingLabel, formatFileSize, letterParagraphs, readSourceLetter } from './source-letter.ts';

const utf8 = new TextEncoder().encode('Geacht college,\r\n\r\n‘Zorgjongeren’ kost €81.000.\r\n');

describe('readSourceLetter', () => {
	it('reads a UTF-8 letter and names its character set for the reader', async () => {
		const letter = await readSourceLetter(utf8, 'brief.txt');
		expect(letter.text).toBe('Geacht college,\n\n‘Zorgjongeren’ kost €81.000.\n');
		expect(letter).toMatchObject({ fileName: 'brief.txt', format: 'platte tekst', encoding: 'UTF-8', byteLength: utf8.length });
	});

	it('reads a Windows-1252 letter without garbling it', async () => {
		const cp1252 = Uint8Array.from([0x91, 0x5a, 0x6f, 0x72, 0x67, 0x92, 0x20, 0x80, 0x38, 0x31]);
		const letter = await readSourceLetter(cp1252, 'oud.txt');
		expect(letter.text).toBe('‘Zorg’ €81');
		expect(letter.encoding).toBe('Windows-1252 (West-Europees)');
	});

	it('stops with the file name when the file is not a letter', async () => {
		await expect(readSourceLetter(Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d]), 'scan.txt', 'content/bronnen/scan.txt')).rejects.toThrow(/content\/bronnen\/scan\.txt: .*PDF/);
	});
});

describe('encodingLabel and formatFileSize', () => {
	it('speak the reader’s language', () => {
		expect(encodingLabel('utf-8 met BOM')).toBe('UTF-8 (met BOM)');
		expect(formatFileSize(850)).toBe('850 bytes');
		expect(formatFileSize(4210)).toBe('4,2 kB');
		expect(formatFileSize(1_300_000)).toBe('1,3 MB');
	});
});

describe('letterParagraphs', () => {
	it('splits at blank lines and keeps every line of a paragraph as written', () => {
		expect(letterParagraphs(' Geacht college,\n\nU heeft ons gevraagd advies uit te brengen over de ontwerp\nDVO.\n \n\n\nAdvies\n')).toEqual([' Geacht college,', 'U heeft ons gevraagd advies uit te brengen over de ontwerp\nDVO.', 'Advies']);
	});
});
