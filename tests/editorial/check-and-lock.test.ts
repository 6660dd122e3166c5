/**
 * `npm run check`, `npm run lock` and the build on archives with one thing wrong: a published
 * text changed without an erratum (fails check and build), the same change with an erratum
 * (passes, erratum on the page), sums that do not add up, and words from the language guide.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, repoRoot } from '../support/build-site.ts';
import { parsePage, visibleText } from '../support/html.ts';

/**
 * Runs a script on a content folder. The real archive's baseUrl is the localhost placeholder, which
 * the check warns about; SITE_URL gives these runs a real address unless a test passes its own.
 */
function run(script: 'check' | 'lock', contentDir: string, ...args: string[]) {
	return runWith({ SITE_URL: 'https://bar.example' }, script, contentDir, ...args);
}

function runWith(env: Record<string, string>, script: 'check' | 'lock', contentDir: string, ...args: string[]) {
	const result = spawnSync('npm', ['run', '--silent', script, '--', ...args, '--content', contentDir], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
	return { status: result.status ?? 1, output: `${result.stdout}\n${result.stderr}` };
}

/**
 * A copy of the real archive; `unpublished` leaves out the lock, the documents' seals
 * (`published:`) and their errata, as before the first publication.
 */
function copyOfContent(options: { unpublished?: boolean } = {}): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'aa-check-'));
	cpSync(path.join(repoRoot, 'content'), dir, { recursive: true });
	if (options.unpublished) {
		rmSync(path.join(dir, 'gepubliceerd.lock.json'));
		for (const file of [adviceFile(dir), dvoFile(dir)]) edit(file, (text) => text.replace(/^published:\n(?: {2}.*\n)+/m, ''));
		// Errata mean a document was published; before the first publication there are none.
		edit(adviceFile(dir), (text) => text.replace(/^errata:\n(?: {2}.*\n)+/m, ''));
	}
	return dir;
}

function edit(file: string, change: (text: string) => string) {
	const before = readFileSync(file, 'utf8');
	const after = change(before);
	expect(after).not.toBe(before);
	writeFileSync(file, after);
}

const adviceFile = (dir: string) => path.join(dir, 'adviezen/2025-dvo-2026-2027.mdx');
const dvoFile = (dir: string) => path.join(dir, 'dvo/2026-2027/ontwerp.mdx');

describe('npm run check', () => {
	it('passes the real archive, which is locked', () => {
		const result = run('check', path.join(repoRoot, 'content'));
		expect(result.status, result.output).toBe(0);
		expect(result.output).toContain('Geen problemen gevonden.');
	});

	it('warns, without failing, that the real archive still has the localhost placeholder as its address', () => {
		const result = runWith({ SITE_URL: '' }, 'check', path.join(repoRoot, 'content'));
		expect(result.status, result.output).toBe(0);
		const warnings = result.output.split('\n').filter((line) => line.startsWith('LET OP'));
		expect(warnings).toEqual([expect.stringMatching(/^LET OP content\/instellingen\.yaml:\d+ veld "baseUrl": de site wordt gebouwd voor "http:\/\/localhost:4321"/)]);
		expect(result.output).toContain('schrijf vóór het publiceren bij baseUrl het echte adres van de site');
	});

	it('fails on lines that add up to more than the year total, naming file, line and fix', () => {
		const dir = copyOfContent({ unpublished: true });
		edit(dvoFile(dir), (text) => text.replace('    - year: 2026\n', '    - year: 2026\n      total: 90000\n'));
		const result = run('check', dir);
		expect(result.status).toBe(1);
		expect(result.output).toMatch(/FOUT .*dvo\/2026-2027\/ontwerp\.mdx:\d+ veld "localChoices → years → 1 → total": de posten van 2026 tellen op tot €\s95\.000, meer dan het totaal van €\s90\.000/);
		expect(result.output).toContain('Oplossing: controleer de bedragen');
	});

	it('warns, without failing, on a word the council asked to avoid, but not on a quotation', () => {
		const dir = copyOfContent({ unpublished: true });
		edit(dvoFile(dir), (text) => `${text}\nDe DVO noemt ‘zorgjongeren’. Wij begeleiden zorgjongeren naar werk.\n`);
		const result = run('check', dir);
		expect(result.status, result.output).toBe(0);
		const warnings = result.output.split('\n').filter((line) => line.startsWith('LET OP') && line.includes('"zorgjongeren"'));
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toMatch(/dvo\/2026-2027\/ontwerp\.mdx:\d+/);
		expect(result.output).toContain('schrijf liever: jongeren voor wie niet zomaar passende werkgelegenheid voorhanden is');
	});
});

describe('the lock on published texts', () => {
	it('fails check and build when a published text changes without an erratum, and says how to add one', () => {
		const dir = copyOfContent();
		edit(adviceFile(dir), (text) => text.replace('een budget van €24.000', 'een budget van €42.000'));
		const check = run('check', dir);
		expect(check.status).toBe(1);
		expect(check.output).toContain('2025-dvo-2026-2027.mdx dit document is gepubliceerd en de tekst is veranderd zonder erratum');
		expect(check.output).toMatch(/errata:\n\s+- date: \d{4}-\d{2}-\d{2}\n\s+description: .+\n\s+reason: .+/);
		const lock = run('lock', dir);
		expect(lock.status).toBe(1);
		const build = buildSite(dir);
		expect(build.status).not.toBe(0);
		expect(build.output).toContain('de tekst is veranderd zonder erratum');
	});

	it('accepts the change with an erratum, shows the erratum on the page, and locks the new text', () => {
		const dir = copyOfContent();
		edit(adviceFile(dir), (text) =>
			text
				.replace('een budget van €24.000', 'een budget van € 24.000')
				.replace('published:\n', '  - date: 2026-12-01\n    description: In de alinea over restantbudgetten staat nu een spatie na het euroteken.\n    reason: Gelijk gemaakt met de andere bedragen.\npublished:\n'),
		);
		// An erratum on the DVO version too, for a note that changes nothing in its text.
		edit(dvoFile(dir), (text) => text.replace('fullText: false', 'fullText: false\nerrata:\n  - date: 2026-10-01\n    description: Een toelichting is toegevoegd.\n    reason: Vraag van een raadslid.'));
		const check = run('check', dir);
		expect(check.status, check.output).toBe(0);
		expect(check.output).toContain('nog niet vastgelegd');
		const build = buildSite(dir);
		expect(build.status, build.output).toBe(0);
		const errata = parsePage(build.outDir, '/adviezen/2025-dvo-2026-2027/').querySelector('.aa-errata');
		// Newest first: the new correction, then the one the real archive already has.
		expect(visibleText(errata!)).toBe(
			'Correcties Deze tekst is na publicatie verbeterd. Dit is er veranderd: 1 december 2026: In de alinea over restantbudgetten staat nu een spatie na het euroteken. Reden: Gelijk gemaakt met de andere bedragen. 1 december 2026: De samenvatting van het eerste punt (over ‘zorgjongeren’) noemde alleen pagina 13. Nu staat er ‘pagina 13/20 etc.’, zoals in de brief. Reden: De samenvatting was niet gelijk aan de brief.',
		);
		expect(visibleText(parsePage(build.outDir, '/dvo/2026-2027/ontwerp/').querySelector('.aa-errata')!)).toContain('1 oktober 2026: Een toelichting is toegevoegd. Reden: Vraag van een raadslid.');
		// The period's overview says the version was corrected and links to the correction.
		expect(visibleText(parsePage(build.outDir, '/dvo/2026-2027/').querySelector('a[href="/dvo/2026-2027/ontwerp/#correcties"]')!)).toBe('1 correctie na publicatie');
		const lock = run('lock', dir);
		expect(lock.status, lock.output).toBe(0);
		expect(lock.output).toContain('Vastgelegd (gecorrigeerd): adviezen/2025-dvo-2026-2027.mdx');
		expect(run('check', dir).output).toContain('Geen problemen gevonden.');
	});

	it('does not unlock a published document when the lock file or its entry is deleted', () => {
		const dir = copyOfContent();
		rmSync(path.join(dir, 'gepubliceerd.lock.json'));
		edit(adviceFile(dir), (text) => text.replace('een budget van €24.000', 'een budget van €42.000'));
		const check = run('check', dir);
		expect(check.status).toBe(1);
		expect(check.output).toMatch(/FOUT .*adviezen\/2025-dvo-2026-2027\.mdx:\d+ veld "published": dit document is gepubliceerd \(published: 2026-11-30\), maar staat niet in .*gepubliceerd\.lock\.json; bovendien is de tekst sindsdien veranderd/);
		// npm run lock will not record the changed text as if it were new.
		const lock = run('lock', dir);
		expect(lock.status).toBe(1);
		expect(lock.output).toContain('staat niet meer in het slot, en de tekst verschilt van wat gepubliceerd is');
	});
});
