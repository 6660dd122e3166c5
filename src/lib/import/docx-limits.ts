/**
 * A limit on what a .docx may unpack to, checked before mammoth unpacks it. A .docx is a zip
 * file; a small one can unpack to gigabytes (a "zip bomb") and run the import out of memory.
 *
 * The zip's central directory is read with jszip (the zip reader mammoth itself uses), which
 * lists the entries without unpacking them. The sizes it states are added up; then, because a
 * central directory can lie, each compressed entry is inflated with Node's zlib under a hard
 * output limit (`maxOutputLength`), so no more than the limit is ever held in memory.
 */
import { inflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { ImportError } from './decode.ts';

/** 50 MB unpacked: a long letter with pictures is a few MB; the limit leaves ample room. */
export const MAX_DOCX_UNPACKED_BYTES = 50 * 1024 * 1024;

/** jszip's private view of an entry as it is stored in the zip (see jszip's index.d.ts). */
interface StoredEntry {
	uncompressedSize: number;
	compressedContent?: Uint8Array;
	compression?: { magic?: string };
}

const megabytes = (bytes: number) => `${new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024))} MB`;

function tooLarge(size: string, limit: number): ImportError {
	return new ImportError(
		`dit Word-bestand pakt uit tot ${size}, meer dan de grens van ${megabytes(limit)}; zo groot is een brief niet. Open het in Word, verwijder grote afbeeldingen of sla de tekst op als .txt, en probeer het opnieuw`,
	);
}

/** Throws an ImportError when the .docx in `bytes` would unpack to more than `limit` bytes. */
export async function assertDocxUnpackedSize(bytes: Uint8Array, limit = MAX_DOCX_UNPACKED_BYTES): Promise<void> {
	let zip: JSZip;
	try {
		zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
	} catch (error) {
		throw new ImportError(`dit Word-bestand kan niet gelezen worden (${(error as Error).message.split('\n')[0]}); open het in Word en sla het opnieuw op als .docx`);
	}
	const entries = Object.values(zip.files).filter((file) => !file.dir);
	const stored = entries.map((file) => (file as unknown as { _data: StoredEntry })._data);
	const declared = stored.reduce((sum, entry) => sum + (entry?.uncompressedSize ?? 0), 0);
	if (declared > limit) throw tooLarge(megabytes(declared), limit);
	// The stated sizes may be false: inflate each entry with a hard ceiling on what it yields.
	let unpacked = 0;
	for (const entry of stored) {
		const content = entry?.compressedContent;
		if (!content) continue;
		const deflated = entry.compression?.magic === '\x08\x00';
		if (!deflated) {
			unpacked += content.length;
		} else {
			try {
				unpacked += inflateRawSync(content, { maxOutputLength: Math.max(1, limit - unpacked) }).length;
			} catch (error) {
				if (error instanceof RangeError || (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(`meer dan ${megabytes(limit)}`, limit);
				throw new ImportError(`dit Word-bestand is beschadigd (${(error as Error).message}); open het in Word en sla het opnieuw op als .docx`);
			}
		}
		if (unpacked > limit) throw tooLarge(`meer dan ${megabytes(limit)}`, limit);
	}
}
