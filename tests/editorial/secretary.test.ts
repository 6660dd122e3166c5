/**
 * The secretary's tasks end to end, as a secretary would do them, on a copy of the real archive:
 * import a Word letter (numbered and bulleted lists, a footnote, a table, an image, a comment, a
 * tracked change) and finish its data, undo an import, add the final DVO version, record a college
 * response, correct a published text with an erratum, and publish. Every command is the real
 * `npm run …` without a terminal (so flags, no questions); after each, `npm run check`; at the end
 * the published site is inspected. Every example text the tools print is parsed as printed.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { erratumListSchema } from '../../src/schemas/errata.ts';
import { responseSchema } from '../../src/schemas/response.ts';
import { buildSite, repoRoot } from '../support/build-site.ts';
import { normalizeSpace, parsePage, visibleText } from '../support/html.ts';
import { wordLetter } from '../support/word-letter.ts';

interface Run {
	status: number;
	stdout: string;
	stderr: string;
	output: string;
}

const work = mkdtempSync(path.join(tmpdir(), 'aa-secretary-'));
const content = path.join(work, 'content');
const site = path.join(work, 'dist');

function npm(script: string, ...args: string[]): Run {
	const result = spawnSync('npm', ['run', '--silent', script, '--', ...args, '--content', content], {
		cwd: repoRoot,
		encoding: 'utf8',
		env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ADVIESARCHIEF_OUT: site, ADVIESARCHIEF_CACHE: `${site}.cache`, ASTRO_TELEMETRY_DISABLED: '1' },
		maxBuffer: 64 * 1024 * 1024,
	});
	return { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr, output: `${result.stdout}\n${result.stderr}` };
}

const file = (relative: string) => path.join(content, relative);
const edit = (relative: string, change: (text: string) => string) => {
	const before = readFileSync(file(relative), 'utf8');
	const after = change(before);
	expect(after, `edit of ${relative} changed nothing`).not.toBe(before);
	writeFileSync(file(relative), after);
};
const frontmatterOf = (relative: string) => yaml.load(readFileSync(file(relative), 'utf8').split(/^---$/m)[1]!, { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>;
const warnings = (run: Run) => run.output.split('\n').filter((line) => line.startsWith('LET OP'));
const ENGLISH_PARSER = /bad indentation|mapping entry|end of the stream|scalar|YAMLException/i;
const BUNDLER_WARNING = /\[WARN\] \[vite\]|MODULE_LEVEL_DIRECTIVE|@charset|\[vite:/i;

const letter = path.join(work, 'Advies BAR ontwerp-DVO 2026-2027.docx');
const advice = 'adviezen/2026-dvo-2026-2027.mdx';

describe('the secretary at work', { timeout: 300_000 }, () => {
	beforeAll(async () => {
		cpSync(path.join(repoRoot, 'content'), content, { recursive: true });
		writeFileSync(letter, await wordLetter());
	});

	it('imports the Word letter, names what the page cannot show, and check is quiet once the proposals are checked', () => {
		const run = npm('import', letter);
		expect(run.status, run.output).toBe(0);
		expect(run.stdout).toContain('Ingelezen (docx)');
		expect(run.stdout).toMatch(/LET OP: een afbeelding \("Logo van de BAR"\) na de alinea die begint met "Zie de bijlage\[1\]/);
		expect(run.stdout).toMatch(/LET OP: een opmerking \(Word-opmerking\) in de alinea die begint met "€ 81.000"/);
		expect(run.stdout).toMatch(/LET OP: bijgehouden wijzigingen .* in de alinea die begint met "Meet de kwaliteit/);
		expect(run.stdout).toContain('npm run verwijder-import -- 2026-dvo-2026-2027');

		const check = npm('check');
		expect(check.status, check.output).toBe(0);
		expect(warnings(check).filter((w) => w.includes('voorstel')).length).toBeGreaterThanOrEqual(5);

		// The secretary checks every proposal and removes its comment, and adds the points.
		edit(advice, (text) =>
			text
				.replace(/ # VOORSTEL:.*$/gm, '')
				.replace('points: []', 'points:\n  - id: restantbudget\n    kind: aanbeveling\n    topic: restantbudget\n    text: "Maak afspraken over het restantbudget."'),
		);
		const after = npm('check');
		expect(after.status, after.output).toBe(0);
		expect(warnings(after).filter((w) => w.includes(advice.split('/')[1]!))).toEqual([expect.stringContaining('nog niet vastgelegd als gepubliceerd')]);
	});

	it('explains a YAML slip in Dutch, on its line, with the fix', () => {
		const before = readFileSync(file(advice), 'utf8');
		edit(advice, (text) => text.replace(/^points:$/m, 'points: []').replace(/^verdictSummary: .*$/m, 'verdictSummary: De BAR is positief: met drie aanbevelingen.'));
		const run = npm('check');
		writeFileSync(file(advice), before);
		expect(run.status).toBe(1);
		const errors = run.output.split('\n').filter((line) => line.startsWith('FOUT'));
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatch(/FOUT .*2026-dvo-2026-2027\.mdx:\d+ de gegevens bovenaan het bestand zijn geen geldige YAML: de tekst bij "verdictSummary" bevat een dubbele punt/);
		expect(run.output).toContain('Oplossing: zet de hele tekst tussen dubbele aanhalingstekens, zo: verdictSummary: "De BAR is positief: met drie aanbevelingen."');
		expect(run.output).not.toMatch(ENGLISH_PARSER);

		edit(advice, (text) => text.replace(/^points:$/m, 'points: []'));
		const list = npm('check');
		writeFileSync(file(advice), before);
		expect(list.output).toMatch(/FOUT .*2026-dvo-2026-2027\.mdx:\d+ .*onder "points: \[\]" staan nog regels/);
		expect(list.output).toContain('Oplossing: haal "[]" weg, zodat er alleen "points:" staat');
		expect(list.output).not.toMatch(ENGLISH_PARSER);
	});

	it('undoes an import that was not published, and refuses a published one', () => {
		const text = path.join(work, 'extra-brief.txt');
		writeFileSync(text, 'Geacht college,\n\nDit is een brief die per ongeluk is ingelezen.\n\nMet vriendelijke groet,\nDe BAR\n');
		const imported = npm('import', text, '--out', file('adviezen/2026-per-ongeluk.mdx'));
		expect(imported.status, imported.output).toBe(0);
		const removed = npm('verwijder-import', '2026-per-ongeluk');
		expect(removed.status, removed.output).toBe(0);
		expect(removed.stdout).toMatch(/^Verwijderd: .*2026-per-ongeluk\.mdx en .*bronnen\/extra-brief\.txt\./);
		expect(existsSync(file('adviezen/2026-per-ongeluk.mdx'))).toBe(false);
		expect(existsSync(file('bronnen/extra-brief.txt'))).toBe(false);

		const refused = npm('verwijder-import', '2025-dvo-2026-2027');
		expect(refused.status).toBe(1);
		expect(refused.stderr).toContain('is gepubliceerd en wordt niet verwijderd');
		expect(existsSync(file('adviezen/2025-dvo-2026-2027.mdx'))).toBe(true);
	});

	it('makes the final DVO version from the draft, marked for review, and check points out the draft wording', () => {
		const run = npm('nieuwe-versie', '2026-2027/vastgesteld', '--datum', '2026-01-20');
		expect(run.status, run.output).toBe(0);
		expect(run.stdout).toContain('Nieuwe DVO-versie gemaakt');
		const data = frontmatterOf('dvo/2026-2027/vastgesteld.mdx');
		expect(data).toMatchObject({ title: 'DVO WerkBedrijf 2026-2027', version: 'vastgesteld', versionDate: '2026-01-20' });

		const check = npm('check');
		expect(check.status, check.output).toBe(0);
		const mine = warnings(check).filter((w) => w.includes('vastgesteld.mdx'));
		expect(mine.filter((w) => w.includes('voorstel (van npm run import of npm run nieuwe-versie)')).length).toBeGreaterThanOrEqual(10);

		// Reviewed, but the draft's words left in: still pointed out.
		edit('dvo/2026-2027/vastgesteld.mdx', (text) => text.replace(/ # VOORSTEL:.*$/gm, '').replace(/^# VOORSTEL:.*\n/m, ''));
		const reviewed = warnings(npm('check')).filter((w) => w.includes('vastgesteld.mdx'));
		expect(reviewed.filter((w) => w.includes('heeft nog de status "voorgesteld" uit het ontwerp, maar dit is een vastgestelde versie'))).toHaveLength(2);
		expect(reviewed.filter((w) => w.includes('spreekt nog van "Voorstel"'))).toHaveLength(2);
		expect(reviewed.some((w) => w.includes('voorstel (van npm run'))).toBe(false);

		edit('dvo/2026-2027/vastgesteld.mdx', (text) => text.replaceAll('status: "voorgesteld"', 'status: "toegekend"').replaceAll('Voorstel van het college, 0,9 formatieplaats. De BAR adviseert positief.', '0,9 formatieplaats.'));
		expect(warnings(npm('check')).filter((w) => w.includes('vastgesteld.mdx'))).toEqual([expect.stringContaining('nog niet vastgelegd als gepubliceerd')]);
	});

	it('records a college response; the example it prints works as printed', () => {
		const none = npm('reactie', '2025-dvo-2026-2027', '--datum', '2025-12-02');
		expect(none.status).toBe(1);
		expect(none.stderr).toContain('Er is niets geschreven');
		const example = /^\s+(npm run reactie -- .*)$/m.exec(none.stderr)?.[1];
		expect(example).toBeDefined();
		const args = [...example!.replace(/^npm run reactie -- /, '').matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
		const run = npm('reactie', ...args, '--punt', 'analyse-klantenbestand=beantwoord: De analyse: 40 nieuwe trajecten.');
		expect(run.status, run.output).toBe(0);
		expect(run.stdout).toMatch(/Reactie geschreven: .*reacties\/2025-dvo-2026-2027\.yaml \(2 punten; 5 blijven open\)/);
		const written = yaml.load(readFileSync(file('reacties/2025-dvo-2026-2027.yaml'), 'utf8'), { schema: yaml.CORE_SCHEMA });
		const parsed = responseSchema.parse(written);
		expect(parsed.points.map((p) => [p.point, p.status, p.response])).toEqual([
			['taal-zorgjongeren', 'overgenomen', 'In het kort wat het college antwoordt.'],
			['analyse-klantenbestand', 'beantwoord', 'De analyse: 40 nieuwe trajecten.'],
		]);
		expect(npm('check').status).toBe(0);
	});

	it('refuses an uncorrected change with a valid example erratum, then records the erratum and the lock', () => {
		edit('dvo/2026-2027/ontwerp.mdx', (text) => text.replace('amount: 24000', 'amount: 25000'));
		const check = npm('check');
		expect(check.status).toBe(1);
		expect(check.output).toContain('dit document is gepubliceerd en de tekst is veranderd zonder erratum');
		// The example as printed, indentation and all, is valid YAML and a valid erratum list.
		const lines = check.output.split('\n');
		const start = lines.findIndex((line) => line.trim() === 'errata:');
		const block = lines.slice(start, start + 4).join('\n');
		expect(erratumListSchema.parse((yaml.load(block, { schema: yaml.CORE_SCHEMA }) as { errata: unknown }).errata)).toHaveLength(1);

		const run = npm('erratum', '2026-2027/ontwerp', '--beschrijving', 'Bedrag 2027: € 25.000 in plaats van € 24.000.', '--reden', 'Typefout # bij het overnemen.');
		expect(run.status, run.output).toBe(0);
		expect(run.stdout).toContain('Vastgelegd in');
		expect(frontmatterOf('dvo/2026-2027/ontwerp.mdx').errata).toEqual([expect.objectContaining({ description: 'Bedrag 2027: € 25.000 in plaats van € 24.000.', reason: 'Typefout # bij het overnemen.' })]);
		const after = npm('check');
		expect(after.status, after.output).toBe(0);
		expect(after.output).not.toContain('2026-2027/ontwerp.mdx dit document');
	});

	it('says, after correcting the letter, that the archived source stays the original', () => {
		const unchanged = npm('erratum', '2025-dvo-2026-2027', '--beschrijving', 'x', '--reden', 'y');
		expect(unchanged.status).toBe(1);
		expect(unchanged.stderr).toContain('is nog niet veranderd');
		// A word in the letter itself (below the data), not in the data above it.
		edit('adviezen/2025-dvo-2026-2027.mdx', (text) => {
			const bodyStart = text.indexOf('\n---\n', 4) + 5;
			return text.slice(0, bodyStart) + text.slice(bodyStart).replace('participatiecoaching', 'participatie-coaching');
		});
		const run = npm('erratum', '2025-dvo-2026-2027', '--beschrijving', 'Spelling: participatie-coaching.', '--reden', 'Schrijfwijze van de gemeente.');
		expect(run.status, run.output).toBe(0);
		expect(run.stdout).toContain('de tekst op de site wijkt nu af van de brief zoals die binnenkwam (bronnen/advies-bar-dvo-2026-2027.txt)');
		expect(run.stdout).toContain('Die brief blijft het origineel');
	});

	it('publishes: check, build, lock, and where the site is and what to copy where', () => {
		const run = npm('publiceer');
		expect(run.status, run.output).toBe(0);
		expect(run.stdout).toContain('Stap 1 van 3, controle: geen fouten');
		expect(run.stdout).toMatch(/Stap 2 van 3, vastleggen: .*adviezen\/2026-dvo-2026-2027\.mdx \(nieuw\).*dvo\/2026-2027\/vastgesteld\.mdx \(nieuw\)/);
		expect(run.stdout).toContain(`De site staat klaar in de map`);
		expect(run.stdout).toContain('git add');
		expect(run.stdout).toContain('git commit -m "Gepubliceerd:');
		expect(run.stdout).toContain('baseUrl');
		expect(run.output.split('\n').filter((line) => BUNDLER_WARNING.test(line))).toEqual([]);
		// Locked before the build, so the build has nothing to warn about.
		expect(run.output).not.toContain('[WARN]');
		const lock = JSON.parse(readFileSync(file('gepubliceerd.lock.json'), 'utf8')) as { documents: Record<string, unknown> };
		expect(Object.keys(lock.documents).sort()).toEqual(['adviezen/2025-dvo-2026-2027.mdx', 'adviezen/2026-dvo-2026-2027.mdx', 'dvo/2026-2027/ontwerp.mdx', 'dvo/2026-2027/vastgesteld.mdx']);
		const check = npm('check');
		expect(check.status).toBe(0);
		expect(check.output).toContain('Geen problemen gevonden.');
	});

	it('shows the Word letter word for word, with its list numbers, bullets, footnote and table text', () => {
		const text = normalizeSpace(visibleText(parsePage(site, '/adviezen/2026-dvo-2026-2027/')));
		for (const expected of ['1. Maak afspraken over het restantbudget.', '2. Meet de kwaliteit van de participatiecoaching.', '3. Betrek de BAR bij de evaluatie.', '• de werkgeversbenadering', '• de lokale binding', 'Zie de bijlage[1] voor de cijfers.', '[1] De bijlage is de begroting 2026 van het WerkBedrijf.', 'Participatiecoaching € 81.000']) {
			expect(text).toContain(expected);
		}
		expect(text).toContain('De brief zoals ontvangen (Word-bestand)');
		const dvo = normalizeSpace(visibleText(parsePage(site, '/dvo/2026-2027/ontwerp/')));
		expect(dvo).toContain('Bedrag 2027: € 25.000 in plaats van € 24.000.');
		expect(existsSync(path.join(site, 'dvo/2026-2027/vastgesteld/index.html'))).toBe(true);
		const old = normalizeSpace(visibleText(parsePage(site, '/adviezen/2025-dvo-2026-2027/')));
		expect(old).toContain('De analyse: 40 nieuwe trajecten.');
	});
});

describe('the build of the real archive', () => {
	it('prints no bundler warnings', () => {
		const result = buildSite('content');
		expect(result.status, result.output).toBe(0);
		expect(result.output.split('\n').filter((line) => BUNDLER_WARNING.test(line))).toEqual([]);
	}, 300_000);
});
