/** npm run diff, end to end: the real content, the example archive, formats and errors. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

function diff(args: string[], content = 'content') {
	const result = spawnSync(process.execPath, ['scripts/diff.ts', ...args], {
		cwd: root,
		env: { ...process.env, ADVIESARCHIEF_CONTENT: content, NO_COLOR: '1' },
		encoding: 'utf8',
	});
	return { code: result.status, stdout: result.stdout.replace(/\u00a0/g, ' '), stderr: result.stderr };
}

describe('npm run diff on the real content', () => {
	it('shows 2026 → 2027: participatiecoaching unchanged, the rest budget + € 10.000 (+71%)', () => {
		const { code, stdout } = diff(['2026', '2027']);
		expect(code).toBe(0);
		const lines = stdout.split('\n');
		expect(lines.find((l) => l.startsWith('Participatiecoaching'))).toMatch(/^Participatiecoaching\s+€ 81\.000 \(voorstel\)\s+€ 81\.000 \(voorstel\)\s+€ 0\s+0%\s+0 fte\s+Gelijk$/);
		expect(lines.find((l) => l.startsWith('Restantbudget'))).toMatch(/^Restantbudget\s+€ 14\.000 \(voorstel\)\s+€ 24\.000 \(voorstel\)\s+\+ € 10\.000\s+\+71%\s+fte niet vermeld\s+Gewijzigd: bedrag € 14\.000 \(voorstel\) → € 24\.000 \(voorstel\)$/);
		expect(lines.find((l) => l.startsWith('Som van de posten in het archief'))).toMatch(/€ 95\.000 \(voorstel\)\s+€ 105\.000 \(voorstel\)\s+\+ € 10\.000\s+\+11%\s+0 fte\s+1 post gewijzigd en 1 post gelijk gebleven\.$/);
	});

	it('writes the same figures as JSON, CSV and Markdown', () => {
		const json = JSON.parse(diff(['2026', '2027', '--format', 'json']).stdout);
		expect(json.pairs[0].lines).toEqual([
			expect.objectContaining({ id: 'participatiecoaching', change: 'unchanged', oldAmount: 81000, newAmount: 81000, deltaEuros: 0, oldFte: 0.9, newFte: 0.9 }),
			expect.objectContaining({ id: 'restantbudget', change: 'changed', oldAmount: 14000, newAmount: 24000, deltaEuros: 10000, deltaPercent: 71 }),
		]);
		const csv = diff(['2026', '2027', '--format=csv']).stdout;
		expect(csv).toContain('2026;2027;restantbudget;Restantbudget;;gewijzigd;14000;24000;10000;71;;;;ja;ja\r\n');
		expect(diff(['2026', '2027', '-f', 'md']).stdout).toContain('| Restantbudget | € 14.000 (voorstel) | € 24.000 (voorstel) | + € 10.000 | +71% | fte niet vermeld | Gewijzigd: bedrag € 14.000 (voorstel) → € 24.000 (voorstel) |');
	});

	it('compares a version with itself year by year', () => {
		const { code, stdout } = diff(['dvo/2026-2027/ontwerp', '2026-2027/ontwerp']);
		expect(code).toBe(0);
		expect(stdout).toContain('2026 → 2026');
		expect(stdout).toContain('2027 → 2027');
	});

	it('fails with a list of what exists for an unknown year or version', () => {
		const year = diff(['2025', '2027']);
		expect(year.code).not.toBe(0);
		expect(year.stderr).toContain('"2025" is geen jaar en geen DVO-versie in het archief. Wel aanwezig: jaren: 2026, 2027; versies: 2026-2027/ontwerp');
		const version = diff(['2026-2027/ontwerp', 'dvo/2026-2027/vastgesteld']);
		expect(version.code).not.toBe(0);
		expect(version.stderr).toContain('"dvo/2026-2027/vastgesteld" is geen jaar en geen DVO-versie');
	});

	it('explains its use when the arguments are wrong', () => {
		for (const args of [['2026'], ['2026', '2027', '--format', 'xls'], ['2026', '2027', '--kleur']]) {
			const result = diff(args);
			expect(result.code, args.join(' ')).toBe(2);
			expect(result.stderr).toMatch(/Gebruik: npm run diff|Onbekend formaat/);
		}
	});
});

describe('npm run diff on the example archive', () => {
	it('compares the draft and the final version of 2024-2025', () => {
		const { code, stdout } = diff(['dvo/2024-2025/ontwerp', 'dvo/2024-2025/vastgesteld'], 'examples/fictief');
		expect(code).toBe(0);
		expect(stdout).toContain('2024 (ontwerp) → 2024 (vastgesteld)');
		expect(stdout).toMatch(/Restantbudget\s+€ 6\.000 \(voorstel\)\s+–\s+− € 6\.000\s+−100%\s+fte niet vermeld\s+Vervallen/);
		expect(stdout).toMatch(/Digitale vaardigheden\s+–\s+€ 6\.000\s+\+ € 6\.000\s+nieuw\s+fte niet vermeld\s+Nieuw/);
	});
	it('follows a renamed line and a line without id across years', () => {
		expect(diff(['2023', '2024'], 'examples/fictief').stdout).toMatch(/Werkfit-coaching\s+€ 20\.000\s+€ 22\.000\s+\+ € 2\.000\s+\+10%.*was Jobcoaching/);
		expect(diff(['2025', '2026'], 'examples/fictief').stdout).toMatch(/Vervoer naar werk\s+€ 3\.000\s+€ 4\.000 \(voorstel\)\s+\+ € 1\.000\s+\+33%.*status toegekend → voorgesteld/);
	});
	it('adds the text diff with --tekst, marked without colour', () => {
		const { code, stdout } = diff(['2024-2025/ontwerp', '2024-2025/vastgesteld', '--tekst'], 'examples/fictief');
		expect(code).toBe(0);
		expect(stdout).toContain('begeleidt [−zorgjongeren−][+jongeren voor wie niet zomaar passend werk is+] naar een opleiding.');
		expect(stdout).toContain('== Artikel 3 Kwaliteit en klachten ==\n(gewijzigd; nieuwe kop, was "Artikel 3 Kwaliteit")');
		const json = JSON.parse(diff(['2024-2025/ontwerp', '2024-2025/vastgesteld', '--tekst', '--format', 'json'], 'examples/fictief').stdout);
		expect(json.text.map((s: { kind: string }) => s.kind)).toEqual(['changed', 'changed', 'added', 'changed']);
	});
});
