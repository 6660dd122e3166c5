/**
 * Publishing stops at the first problem and leaves nothing half done: content errors stop it
 * before anything is recorded, a failed build puts the previous lock back; a good run says where
 * the site is and writes out the copy and git steps.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { publish } from './publish.ts';

const repoRoot = path.resolve(import.meta.dirname, '../../../..');
function copyWithNewVersion(): { dir: string; lockFile: string; lockBefore: string } {
	const dir = mkdtempSync(path.join(tmpdir(), 'aa-publish-'));
	cpSync(path.join(repoRoot, 'content'), dir, { recursive: true });
	// A new version has no seal of its own (the draft's `published:` block is left out).
	const draft = readFileSync(path.join(dir, 'dvo/2026-2027/ontwerp.mdx'), 'utf8').replace(/^published:\n(?: {2}.*\n)*/m, '');
	writeFileSync(path.join(dir, 'dvo/2026-2027/vastgesteld.mdx'), draft.replace('version: ontwerp', 'version: vastgesteld').replace('title: Ontwerp-DVO', 'title: DVO').replaceAll('status: voorgesteld', 'status: toegekend'));
	const lockFile = path.join(dir, 'gepubliceerd.lock.json');
	return { dir, lockFile, lockBefore: readFileSync(lockFile, 'utf8') };
}

describe('publish', () => {
	it('records the new version, builds, and says what to copy where and how to keep it in git', async () => {
		const { dir, lockFile } = copyWithNewVersion();
		const outDir = path.join(dir, 'site');
		const result = await publish({
			contentDir: dir,
			outDir,
			cwd: dir,
			build: async () => {
				mkdirSync(outDir, { recursive: true });
				writeFileSync(path.join(outDir, 'index.html'), '<!doctype html>');
				return 0;
			},
		});
		expect(result.code, result.stderr).toBe(0);
		expect(result.stdout).toContain('Stap 2 van 3, vastleggen: dvo/2026-2027/vastgesteld.mdx (nieuw) in gepubliceerd.lock.json.');
		expect(result.stdout).toContain('Stap 3 van 3, bouwen: klaar, 1 bestanden in site/.');
		expect(result.stdout).toContain('kopieer alles in site/');
		expect(result.stdout).toContain('baseUrl in instellingen.yaml is nog http://localhost:4321');
		expect(result.stdout).toContain('     git add .\n');
		expect(JSON.parse(readFileSync(lockFile, 'utf8')).documents).toHaveProperty(['dvo/2026-2027/vastgesteld.mdx']);
	});

	it('puts the lock back when the build fails', async () => {
		const { dir, lockFile, lockBefore } = copyWithNewVersion();
		const result = await publish({ contentDir: dir, outDir: path.join(dir, 'site'), build: async () => 1 });
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('de bouw is mislukt');
		expect(result.stderr).toContain('het vastleggen is teruggedraaid');
		expect(readFileSync(lockFile, 'utf8')).toBe(lockBefore);
	});

	it('does not build or record anything while the content has errors', async () => {
		const { dir, lockFile, lockBefore } = copyWithNewVersion();
		writeFileSync(path.join(dir, 'dvo/2026-2027/vastgesteld.mdx'), readFileSync(path.join(dir, 'dvo/2026-2027/vastgesteld.mdx'), 'utf8').replace('version: vastgesteld', 'version: definitief'));
		let built = false;
		const result = await publish({ contentDir: dir, outDir: path.join(dir, 'site'), build: async () => ((built = true), 0) });
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/^Stap 1 van 3, controle: er zijn fouten; er is niets gepubliceerd\.\nFOUT .*vastgesteld\.mdx:\d+ veld "version"/);
		expect(built).toBe(false);
		expect(readFileSync(lockFile, 'utf8')).toBe(lockBefore);
	});
});
