/**
 * Reading the content folder refuses what could escape the archive or crash the build, each
 * as a Dutch problem naming the file (and line): a symbolic link, a file that is too large, bytes
 * that are not UTF-8, a special file. `npm run check` and the build read through here.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adviceDocument, dvoDocument, settingsFile } from '../../../tests/support/documents.ts';
import { checkArchive } from './check-archive.ts';
import { formatProblem } from './problems.ts';
import { readArchive } from './read-archive.ts';
import { firstInvalidUtf8Byte } from './safe-read.ts';

/** A small valid archive on disk. */
function archiveOnDisk(): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'aa-read-'));
	mkdirSync(path.join(dir, 'adviezen'));
	mkdirSync(path.join(dir, 'dvo/2026-2027'), { recursive: true });
	writeFileSync(path.join(dir, 'instellingen.yaml'), settingsFile().source);
	writeFileSync(path.join(dir, 'adviezen/2025-advies.mdx'), adviceDocument().source);
	writeFileSync(path.join(dir, 'dvo/2026-2027/ontwerp.mdx'), dvoDocument().source);
	return dir;
}

async function errorsOf(dir: string): Promise<string[]> {
	return checkArchive(await readArchive(dir, dir)).problems.filter((p) => p.severity === 'error').map(formatProblem);
}

describe('readArchive', () => {
	it('reads a valid archive without problems', async () => {
		expect(await errorsOf(archiveOnDisk())).toEqual([]);
	});

	it('refuses a symbolic link to a file outside the archive, and does not read it', async () => {
		const dir = archiveOnDisk();
		const outside = path.join(mkdtempSync(path.join(tmpdir(), 'aa-outside-')), 'geheim.mdx');
		writeFileSync(outside, adviceDocument({ id: '2025-geheim' }).source);
		symlinkSync(outside, path.join(dir, 'adviezen/2025-link.mdx'));
		symlinkSync('/etc/hostname', path.join(dir, 'bronnen-link'));
		const archive = await readArchive(dir, dir);
		expect(archive.documents.map((d) => d.id)).toEqual(['2025-advies', '2026-2027/ontwerp']);
		expect(await errorsOf(dir)).toEqual([
			'FOUT adviezen/2025-link.mdx dit is een snelkoppeling (symbolische link) naar een ander bestand; die worden niet gelezen of gepubliceerd\n    Oplossing: vervang de snelkoppeling door een kopie van het bestand zelf',
			'FOUT bronnen-link dit is een snelkoppeling (symbolische link) naar een ander bestand; die worden niet gelezen of gepubliceerd\n    Oplossing: vervang de snelkoppeling door een kopie van het bestand zelf',
		]);
	});

	it('refuses files that are not documents in the advice and DVO folders, each by name', async () => {
		const dir = archiveOnDisk();
		writeFileSync(path.join(dir, 'adviezen/plaatje.mjs'), 'process.exit(1)');
		writeFileSync(path.join(dir, 'adviezen/evil.svg'), '<svg><script>alert(1)</script></svg>');
		writeFileSync(path.join(dir, 'dvo/2026-2027/pagina.html'), '<script></script>');
		writeFileSync(path.join(dir, 'dvo/los.mdx'), dvoDocument().source);
		mkdirSync(path.join(dir, 'adviezen/map'));
		writeFileSync(path.join(dir, 'adviezen/map/code.ts'), 'export {}');
		const errors = await errorsOf(dir);
		expect(errors.map((e) => e.split(' ')[1])).toEqual(['adviezen/evil.svg', 'adviezen/map', 'adviezen/plaatje.mjs', 'dvo/2026-2027/pagina.html', 'dvo/los.mdx']);
		expect(errors[2]).toBe(
			"FOUT adviezen/plaatje.mjs dit bestand is geen document (.mdx); in de map adviezen/ staan alleen documenten (adviezen/<naam>.mdx), geen programma's, afbeeldingen of andere bestanden\n    Oplossing: haal het bestand of de map hier weg. Een afbeelding hoort in public/, een ontvangen brief in bronnen/",
		);
		expect(errors[1]).toContain('deze map hoort niet in de map adviezen/');
	});

	it('names the byte and the line of text that is not UTF-8', async () => {
		const dir = archiveOnDisk();
		const text = adviceDocument().source.replace('Tekst.', 'Caf\u0000 tekst.');
		const bytes = Buffer.from(text, 'utf8');
		const at = bytes.indexOf(0);
		bytes[at] = 0xe9;
		writeFileSync(path.join(dir, 'adviezen/2025-advies.mdx'), bytes);
		const line = text.split('\n').findIndex((l) => l.includes('Caf')) + 1;
		// The one problem: the file is not read, so nothing else is said about it.
		expect(await errorsOf(dir)).toEqual([expect.stringContaining(`FOUT adviezen/2025-advies.mdx:${line} het bestand is geen UTF-8-tekst: byte ${at + 1} (0xe9) is geen geldig teken`)]);
	});

	it('refuses a file above the size limit, and a special file', async () => {
		const dir = archiveOnDisk();
		writeFileSync(path.join(dir, 'adviezen/2025-groot.mdx'), 'x'.repeat(2 * 1024 * 1024 + 1));
		execFileSync('mkfifo', [path.join(dir, 'adviezen/2025-pijp.mdx')]);
		expect(await errorsOf(dir)).toEqual([
			expect.stringMatching(/^FOUT adviezen\/2025-groot\.mdx het bestand is te groot \(2 MB\); de grens is 2 MB per document/),
			'FOUT adviezen/2025-pijp.mdx dit is geen gewoon bestand\n    Oplossing: zet hier een gewoon tekstbestand neer',
		]);
	});
});

describe('firstInvalidUtf8Byte', () => {
	it('finds bad, overlong, surrogate and truncated sequences, and accepts valid text', () => {
		expect(firstInvalidUtf8Byte(Buffer.from('€ café 𝄞', 'utf8'))).toBe(-1);
		expect(firstInvalidUtf8Byte(Uint8Array.from([0x61, 0xe9, 0x62]))).toBe(1);
		expect(firstInvalidUtf8Byte(Uint8Array.from([0xc0, 0xaf]))).toBe(0);
		expect(firstInvalidUtf8Byte(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0);
		expect(firstInvalidUtf8Byte(Uint8Array.from([0x61, 0xe2, 0x82]))).toBe(1);
	});
});
