/**
 * Wrong input never publishes: each case below breaks a copy of the real archive in one way,
 * and the build must stop with the file, the field and a message an editor understands.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, repoRoot } from '../support/build-site.ts';

const ADVICE = 'adviezen/2025-dvo-2026-2027.mdx';
const DVO = 'dvo/2026-2027/ontwerp.mdx';

function brokenArchive(file: string, change: (source: string) => string): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'aa-bad-'));
	cpSync(path.join(repoRoot, 'content'), dir, { recursive: true });
	const target = path.join(dir, file);
	const before = readFileSync(target, 'utf8');
	const after = change(before);
	if (after === before) throw new Error(`the change to ${file} did not apply`);
	writeFileSync(target, after);
	return dir;
}

const cases: { name: string; file: string; change: (s: string) => string; expected: string[] }[] = [
	{
		name: 'missing required field',
		file: ADVICE,
		change: (s) => s.replace(/^verdict: .*\n/m, ''),
		expected: ['veld "verdict": dit verplichte veld ontbreekt', 'Oplossing: voeg "verdict:" toe'],
	},
	{
		name: 'malformed date',
		file: ADVICE,
		change: (s) => s.replace('meeting: 2025-09-19', 'meeting: 19-09-2025'),
		expected: ['veld "dates → meeting": "19-09-2025" is geen datum; schrijf jaar-maand-dag'],
	},
	{
		name: 'negative amount',
		file: DVO,
		change: (s) => s.replace('amount: 14000', 'amount: -14000'),
		expected: ['veld "localChoices → years → 1 → lines → 2 → amount": -14000 is negatief'],
	},
	{
		name: 'fractional amount',
		file: DVO,
		change: (s) => s.replace('amount: 24000', 'amount: 24000.5'),
		expected: ['veld "localChoices → years → 2 → lines → 2 → amount": 24000.5 is geen heel bedrag'],
	},
	{
		name: 'amount with a Dutch thousands separator',
		file: DVO,
		change: (s) => s.replace('amount: 14000', 'amount: 14.000'),
		expected: ['veld "amount": "14.000" wordt gelezen als 14 euro', 'Oplossing: schrijf het bedrag zonder punt: 14000'],
	},
	{
		name: 'unknown version label',
		file: DVO,
		change: (s) => s.replace('version: ontwerp', 'version: concept'),
		expected: ['veld "version": "concept" is geen toegestane waarde; kies uit: ontwerp, vastgesteld, gewijzigd'],
	},
	{
		name: 'duplicate point id',
		file: ADVICE,
		change: (s) => s.replace('  - id: taal-zelfredzaamheid', '  - id: taal-zorgjongeren'),
		expected: ['veld "points → 2 → id": de code "taal-zorgjongeren" komt al voor bij punt 1'],
	},
	{
		name: 'unknown DVO reference',
		file: ADVICE,
		change: (s) => s.replace('dvo: 2026-2027/ontwerp', 'dvo: 2026-2027/vastgesteld'),
		expected: ['veld "dvo": er is geen DVO-versie "2026-2027/vastgesteld"', 'Oplossing: schrijf periode/versie van een bestaande DVO-versie: 2026-2027/ontwerp'],
	},
	{
		name: 'MDX syntax error in the body',
		file: ADVICE,
		change: (s) => s.replace('Tot slot', 'Tot slot {'),
		expected: ['veld "tekst": de tekst kan niet gelezen worden (MDX)', 'backslash'],
	},
];

describe('the build stops on wrong input', () => {
	it.each(cases)('$name', ({ file, change, expected }) => {
		const dir = brokenArchive(file, change);
		const result = buildSite(dir);
		expect(result.status).not.toBe(0);
		expect(result.output).toContain('De inhoud bevat fouten; de site is niet gebouwd.');
		expect(result.output).toContain(`FOUT ${path.join(dir, file)}`);
		for (const text of expected) expect(result.output).toContain(text);
		expect(existsSync(path.join(result.outDir, 'index.html'))).toBe(false);
	});
});
