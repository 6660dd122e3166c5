/**
 * Turns the bytes of a letter saved as plain text into text: UTF-8 with or without a
 * byte-order mark, UTF-16 with a byte-order mark, Windows-1252 (what older Word versions on
 * Windows save as "plain text"), and files where the two are mixed (text pasted together from
 * several sources). Line ends become \n. Empty, binary or unreadable input is refused with a
 * message that says what the file seems to be.
 */
import iconv from 'iconv-lite';

export class ImportError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ImportError';
	}
}

export type TextEncodingName = 'utf-8' | 'utf-8 met BOM' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'gemengd (utf-8 en windows-1252)';

export interface DecodedText {
	text: string;
	encoding: TextEncodingName;
}

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((b, i) => bytes[i] === b);

const SIGNATURES: { bytes: number[]; message: string }[] = [
	{ bytes: [0x25, 0x50, 0x44, 0x46], message: 'dit is een PDF-bestand, geen tekst; sla de brief op als Word (.docx) of als platte tekst (.txt)' },
	{ bytes: [0x50, 0x4b, 0x03, 0x04], message: 'dit is een zip- of Word-bestand; geef een Word-bestand de extensie .docx' },
	{ bytes: [0xd0, 0xcf, 0x11, 0xe0], message: 'dit is een oud Word-bestand (.doc); open het in Word en sla het op als .docx' },
	{ bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], message: 'dit is een RTF-bestand; sla de brief op als Word (.docx) of als platte tekst (.txt)' },
	{ bytes: [0x89, 0x50, 0x4e, 0x47], message: 'dit is een afbeelding (PNG), geen tekst' },
	{ bytes: [0xff, 0xd8, 0xff], message: 'dit is een afbeelding (JPEG), geen tekst' },
];

/** Length of a valid UTF-8 multi-byte sequence at `i`, or 0 when there is none. */
function utf8Sequence(bytes: Uint8Array, i: number): number {
	const b0 = bytes[i]!;
	const cont = (k: number, lo = 0x80, hi = 0xbf) => {
		const b = bytes[i + k];
		return b !== undefined && b >= lo && b <= hi;
	};
	if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
	if (b0 === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
	if ((b0 >= 0xe1 && b0 <= 0xec) || b0 === 0xee || b0 === 0xef) return cont(1) && cont(2) ? 3 : 0;
	if (b0 === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
	if (b0 === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
	if (b0 >= 0xf1 && b0 <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
	if (b0 === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
	return 0;
}

/** Decodes byte by byte: valid UTF-8 sequences as UTF-8, every other byte as Windows-1252. */
function decodeMixed(bytes: Uint8Array): { text: string; sawUtf8: boolean } {
	let text = '';
	let sawUtf8 = false;
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i]!;
		if (b < 0x80) {
			text += String.fromCharCode(b);
			i++;
			continue;
		}
		const length = utf8Sequence(bytes, i);
		if (length > 0) {
			text += Buffer.from(bytes.subarray(i, i + length)).toString('utf8');
			sawUtf8 = true;
			i += length;
		} else {
			text += iconv.decode(Buffer.from([b]), 'windows-1252');
			i++;
		}
	}
	return { text, sawUtf8 };
}

function lineOfIndex(text: string, index: number): number {
	return text.slice(0, index).split('\n').length;
}

/** Decodes a plain-text letter; throws ImportError for input that is not a readable letter. */
export function decodeLetter(bytes: Uint8Array): DecodedText {
	if (bytes.length === 0) throw new ImportError('het bestand is leeg');
	for (const signature of SIGNATURES) if (startsWith(bytes, signature.bytes)) throw new ImportError(signature.message);

	let decoded: DecodedText;
	if (startsWith(bytes, [0xff, 0xfe])) decoded = { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), encoding: 'utf-16le' };
	else if (startsWith(bytes, [0xfe, 0xff])) decoded = { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), encoding: 'utf-16be' };
	else {
		const hasBom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
		const body = hasBom ? bytes.subarray(3) : bytes;
		if (body.includes(0)) throw new ImportError('dit is geen tekstbestand (er staan binaire gegevens in); sla de brief op als Word (.docx) of als platte tekst (.txt)');
		try {
			decoded = { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: hasBom ? 'utf-8 met BOM' : 'utf-8' };
		} catch {
			const mixed = decodeMixed(body);
			decoded = { text: mixed.text, encoding: mixed.sawUtf8 ? 'gemengd (utf-8 en windows-1252)' : 'windows-1252' };
		}
	}

	const text = decoded.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/\f/g, '\n');
	const unreadable = text.search(/[\uFFFD\u0000]/);
	if (unreadable !== -1) throw new ImportError(`het bestand bevat onleesbare tekens (regel ${lineOfIndex(text, unreadable)}); sla de brief opnieuw op als UTF-8 of als Word (.docx)`);
	const controls = text.match(/[\u0001-\u0008\u000B\u000E-\u001F\u007F-\u009F]/g) ?? [];
	if (controls.length > Math.max(3, text.length / 100)) throw new ImportError('dit lijkt geen tekstbestand (er staan veel stuurtekens in); sla de brief op als Word (.docx) of als platte tekst (.txt)');
	if (controls.length > 0) {
		const index = text.search(/[\u0001-\u0008\u000B\u000E-\u001F\u007F-\u009F]/);
		throw new ImportError(`het bestand bevat een onzichtbaar stuurteken op regel ${lineOfIndex(text, index)}; haal het weg of sla de brief opnieuw op`);
	}
	if (text.trim() === '') throw new ImportError('het bestand bevat geen tekst');
	return { text, encoding: decoded.encoding };
}
