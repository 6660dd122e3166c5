/**
 * Reads one content file the safe way: never through a symbolic link, never more than a
 * plausible size, and only when it is UTF-8. Each refusal is a Dutch problem naming the file
 * (and for bad bytes the byte position and line), so `npm run check` and the build, which both
 * read through here, give the same answer before Astro reads anything.
 */
import { lstat, readFile } from 'node:fs/promises';
import type { ContentProblem } from './problems.ts';

/** The largest content file read: 2 MB is about 300,000 words, far beyond any letter or DVO. */
export const MAX_CONTENT_FILE_BYTES = 2 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; problem: ContentProblem };

/**
 * The offset of the first byte that is not part of valid UTF-8, or -1 when all of `bytes` is
 * valid UTF-8 (overlong forms, surrogates and values above U+10FFFF are invalid).
 */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i]!;
		if (b < 0x80) {
			i++;
			continue;
		}
		let need: number;
		let min: number;
		if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
		else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
		else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
		else return i;
		let value = b & (0xff >> (need + 2));
		for (let k = 1; k <= need; k++) {
			const c = bytes[i + k];
			if (c === undefined || (c & 0xc0) !== 0x80) return i;
			value = (value << 6) | (c & 0x3f);
		}
		if (value < min || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) return i;
		i += need + 1;
	}
	return -1;
}

/** Decodes UTF-8 or returns a problem naming the first bad byte and its line. */
export function decodeUtf8(bytes: Uint8Array, displayPath: string): ReadResult {
	const bad = firstInvalidUtf8Byte(bytes);
	if (bad === -1) return { ok: true, text: new TextDecoder('utf-8').decode(bytes) };
	let line = 1;
	for (let i = 0; i < bad; i++) if (bytes[i] === 0x0a) line++;
	return {
		ok: false,
		problem: {
			severity: 'error',
			file: displayPath,
			line,
			message: `het bestand is geen UTF-8-tekst: byte ${bad + 1} (0x${bytes[bad]!.toString(16).padStart(2, '0')}) is geen geldig teken`,
			fix: 'sla het bestand op als UTF-8 (in Kladblok: Opslaan als, codering UTF-8), of lees de brief in met npm run import, dat andere coderingen omzet',
		},
	};
}

/** Reads `file` as UTF-8 text, refusing symbolic links and files above the size limit. */
export async function readContentFile(file: string, displayPath: string, maxBytes = MAX_CONTENT_FILE_BYTES): Promise<ReadResult> {
	const info = await lstat(file);
	if (info.isSymbolicLink()) return { ok: false, problem: symlinkProblem(displayPath) };
	if (!info.isFile()) return { ok: false, problem: { severity: 'error', file: displayPath, message: 'dit is geen gewoon bestand', fix: 'zet hier een gewoon tekstbestand neer' } };
	if (info.size > maxBytes) {
		return {
			ok: false,
			problem: {
				severity: 'error',
				file: displayPath,
				message: `het bestand is te groot (${formatMegabytes(info.size)}); de grens is ${formatMegabytes(maxBytes)} per document`,
				fix: 'controleer of dit het goede bestand is; een brief of DVO is veel kleiner. Splits een heel lange tekst in meer documenten',
			},
		};
	}
	return decodeUtf8(await readFile(file), displayPath);
}

/** The problem for a symbolic link anywhere under the content folder. */
export function symlinkProblem(displayPath: string): ContentProblem {
	return {
		severity: 'error',
		file: displayPath,
		message: 'dit is een snelkoppeling (symbolische link) naar een ander bestand; die worden niet gelezen of gepubliceerd',
		fix: 'vervang de snelkoppeling door een kopie van het bestand zelf',
	};
}

function formatMegabytes(bytes: number): string {
	return `${new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024))} MB`;
}
