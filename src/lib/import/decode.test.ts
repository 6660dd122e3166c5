import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeLetter, ImportError } from './decode.ts';

const letter = 'Geacht college,\r\n\r\nWe adviseren positief over €81.000 voor ‘participatiecoaching’ en één café.\r\n';
const expected = 'Geacht college,\n\nWe adviseren positief over €81.000 voor ‘participatiecoaching’ en één café.\n';

describe('decoding a plain-text letter', () => {
	it('reads UTF-8 with and without a byte-order mark, and Windows-1252, with CRLF line ends', () => {
		expect(decodeLetter(Buffer.from(letter, 'utf8'))).toEqual({ text: expected, encoding: 'utf-8' });
		expect(decodeLetter(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(letter, 'utf8')]))).toEqual({ text: expected, encoding: 'utf-8 met BOM' });
		expect(decodeLetter(iconv.encode(letter, 'windows-1252'))).toEqual({ text: expected, encoding: 'windows-1252' });
		expect(decodeLetter(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(letter, 'utf-16le')])).text).toBe(expected);
	});

	it('reads a file that mixes UTF-8 and Windows-1252 lines', () => {
		const mixed = Buffer.concat([Buffer.from('Eerst ‘UTF-8’ met €.\n', 'utf8'), iconv.encode('Dan “Windows” met € en é.\n', 'windows-1252')]);
		expect(decodeLetter(mixed)).toEqual({ text: 'Eerst ‘UTF-8’ met €.\nDan “Windows” met € en é.\n', encoding: 'gemengd (utf-8 en windows-1252)' });
	});

	it('refuses empty, blank, binary and non-text files with a clear message', () => {
		const message = (bytes: Uint8Array) => {
			try {
				decodeLetter(bytes);
			} catch (error) {
				expect(error).toBeInstanceOf(ImportError);
				return (error as Error).message;
			}
			return 'geen fout';
		};
		expect(message(new Uint8Array())).toBe('het bestand is leeg');
		expect(message(Buffer.from(' \r\n\t\n'))).toBe('het bestand bevat geen tekst');
		expect(message(Buffer.from([0x47, 0x00, 0x01, 0x02, 0xff, 0x00]))).toContain('geen tekstbestand');
		expect(message(Buffer.from('%PDF-1.7 ...'))).toContain('PDF-bestand');
		expect(message(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14]))).toContain('.docx');
		expect(message(Buffer.from('Regel een\nRegel \u0007twee\n'))).toContain('stuurteken op regel 2');
	});
});
