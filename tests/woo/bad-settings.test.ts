/**
 * Wrong Woo settings and a document without a usable date stop the build, before anything is
 * published, with the file, the line, the field and the fix.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, repoRoot } from '../support/build-site.ts';

function edit(dir: string, file: string, change: (source: string) => string): void {
	const target = path.join(dir, file);
	const before = readFileSync(target, 'utf8');
	const after = change(before);
	if (after === before) throw new Error(`the change to ${file} did not apply`);
	writeFileSync(target, after);
}

describe('a build with wrong Woo input', () => {
	it('stops, and names each mistake with its fix', () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'aa-woo-bad-'));
		cpSync(path.join(repoRoot, 'content'), dir, { recursive: true });
		edit(dir, 'instellingen.yaml', (s) => s.replace('publisher: https://identifier.overheid.nl/tooi/id/gemeente/gm0252', 'publisher: Gemeente Heumen').replace('dvo: inspanningsverplichting', 'dvo: overeenkomsten'));
		edit(dir, 'adviezen/2025-dvo-2026-2027.mdx', (s) => s.replace('  meeting: 2025-09-19\n', ''));
		const result = buildSite(dir);
		expect(result.status).not.toBe(0);
		expect(result.output).toMatch(/FOUT \S*instellingen\.yaml:\d+ veld "woo → publisher": "Gemeente Heumen" is geen TOOI-identificatie van een overheidsorganisatie/);
		expect(result.output).toMatch(/FOUT \S*instellingen\.yaml:\d+ veld "woo → categories → dvo": "overeenkomsten" is geen informatiecategorie van de Woo/);
		expect(result.output).toMatch(/Oplossing: kies uit: .*adviezen, convenanten/);
		expect(result.output).toMatch(/FOUT \S*adviezen\/2025-dvo-2026-2027\.mdx:\d+ veld "dates": de Woo-index heeft een datum van het advies nodig/);
		expect(existsSync(path.join(result.outDir, 'robots.txt'))).toBe(false);
	});
});
