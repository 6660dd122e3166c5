/**
 * Wrong or hostile input never publishes: each case below breaks a copy of the real archive in
 * one way, and the build must stop with the file, the line, the field and a Dutch message an
 * editor understands, with no English banner or empty stack trace around it, and the previous
 * site in the output folder untouched (so nothing unsafe reaches it).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, repoRoot } from '../support/build-site.ts';
import { parsePage } from '../support/html.ts';
import { lineContaining } from '../support/documents.ts';

const ADVICE = 'adviezen/2025-dvo-2026-2027.mdx';
const DVO = 'dvo/2026-2027/ontwerp.mdx';

interface Case {
	name: string;
	/** The file the report must name, relative to the archive. */
	file: string;
	/** Breaks the archive in `dir`; returns the text of `file` after the change (for the line), if it is text. */
	setup: (dir: string) => string | undefined;
	/** A piece of the changed line, to find the line the report must name; or the line itself. */
	line?: string | number;
	expected: string[];
	/** More to check after the build stopped: what the hostile input tried must not have happened. */
	after?: (dir: string, output: string) => void;
}

/** Changes one file of the archive with `change`; the change must apply. */
function edit(file: string, change: (source: string) => string): (dir: string) => string {
	return (dir) => {
		const target = path.join(dir, file);
		const before = readFileSync(target, 'utf8');
		const after = change(before);
		if (after === before) throw new Error(`the change to ${file} did not apply`);
		writeFileSync(target, after);
		return after;
	};
}

/** Appends a paragraph to the advice letter (a new, unlocked advice would do the same). */
const appendToLetter = (text: string) => edit(ADVICE, (s) => `${s.trimEnd()}\n\n${text}\n`);

const aliasBomb = ['advice: 2025-dvo-2026-2027', 'date: 2025-12-01', 'a: &a ["x","x","x","x","x","x","x","x","x","x"]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]', ''].join('\n');

const cases: Case[] = [
	{ name: 'missing required field', file: ADVICE, setup: edit(ADVICE, (s) => s.replace(/^verdict: .*\n/m, '')), expected: ['veld "verdict": dit verplichte veld ontbreekt', 'Oplossing: voeg "verdict:" toe'] },
	{ name: 'malformed date', file: ADVICE, setup: edit(ADVICE, (s) => s.replace('meeting: 2025-09-19', 'meeting: 19-09-2025')), line: 'meeting: 19-09-2025', expected: ['veld "dates → meeting": "19-09-2025" is geen datum; schrijf jaar-maand-dag'] },
	{ name: 'negative amount', file: DVO, setup: edit(DVO, (s) => s.replace('amount: 14000', 'amount: -14000')), line: 'amount: -14000', expected: ['veld "localChoices → years → 1 → lines → 2 → amount": -14000 is negatief'] },
	{ name: 'fractional amount', file: DVO, setup: edit(DVO, (s) => s.replace('amount: 24000', 'amount: 24000.5')), line: 'amount: 24000.5', expected: ['veld "localChoices → years → 2 → lines → 2 → amount": 24000.5 is geen heel bedrag'] },
	{ name: 'amount with a Dutch thousands separator', file: DVO, setup: edit(DVO, (s) => s.replace('amount: 14000', 'amount: 14.000')), line: 'amount: 14.000', expected: ['veld "amount": "14.000" wordt gelezen als 14 euro', 'Oplossing: schrijf het bedrag zonder punt: 14000'] },
	{ name: 'an implausible amount (1e15)', file: DVO, setup: edit(DVO, (s) => s.replace('amount: 14000', 'amount: 1000000000000000')), line: 'amount: 1000000000000000', expected: ['is geen bedrag uit een begroting van een gemeente'] },
	{ name: 'an amount above ten million without confirmation', file: DVO, setup: edit(DVO, (s) => s.replace('amount: 14000', 'amount: 14000000')), line: 'amount: 14000000', expected: ['€ 14.000.000 is meer dan € 10.000.000 (tien miljoen)', 'amountConfirmed: true'] },
	{ name: 'unknown version label', file: DVO, setup: edit(DVO, (s) => s.replace('version: ontwerp', 'version: concept')), line: 'version: concept', expected: ['veld "version": "concept" is geen toegestane waarde; kies uit: ontwerp, vastgesteld, gewijzigd'] },
	{ name: 'duplicate point id', file: ADVICE, setup: edit(ADVICE, (s) => s.replace('  - id: taal-zelfredzaamheid', '  - id: taal-zorgjongeren')), line: 30, expected: ['veld "points → 2 → id": de code "taal-zorgjongeren" komt al voor bij punt 1'] },
	{ name: 'unknown DVO reference', file: ADVICE, setup: edit(ADVICE, (s) => s.replace('dvo: 2026-2027/ontwerp', 'dvo: 2026-2027/vastgesteld')), line: 'dvo: 2026-2027/vastgesteld', expected: ['veld "dvo": er is geen DVO-versie "2026-2027/vastgesteld"', 'Oplossing: schrijf periode/versie van een bestaande DVO-versie: 2026-2027/ontwerp'] },
	{
		name: 'a wrong follow-up status in a nested list (point 5)',
		file: ADVICE,
		setup: edit(ADVICE, (s) => s.replace('    section: budget-voor-participatiecoaching\n    text: Wat is de rol', '    section: budget-voor-participatiecoaching\n    followUp:\n      status: afgehandeld\n    text: Wat is de rol')),
		line: 'status: afgehandeld',
		expected: ['veld "points → 5 → followUp → status": "afgehandeld" is geen toegestane waarde'],
	},
	{ name: 'MDX syntax error in the body', file: ADVICE, setup: edit(ADVICE, (s) => s.replace('Tot slot', 'Tot slot {')), line: 'Tot slot {', expected: ['veld "tekst": de tekst kan niet gelezen worden (MDX)', 'backslash'] },
	{ name: 'an import in the body', file: ADVICE, setup: appendToLetter('import fs from "node:fs"'), line: 'import fs', expected: ['veld "tekst": de tekst bevat een import of export (programmacode)'] },
	{ name: 'a JavaScript expression reading a file', file: ADVICE, setup: appendToLetter('De host is {require("node:fs").readFileSync("/etc/hostname","utf8")}.'), line: 'De host is', expected: ['de tekst bevat programmacode tussen accolades { }', 'Oplossing: bedoelt u een accolade als gewoon teken? Schrijf dan \\{ en \\}'] },
	{ name: 'process.exit in an expression', file: ADVICE, setup: appendToLetter('{process.exit(1)}'), line: '{process.exit(1)}', expected: ['programmacode tussen accolades'] },
	{ name: 'a script element', file: ADVICE, setup: appendToLetter('<script>alert(1)</script>'), line: '<script>', expected: ['de tekst bevat het element <script>'] },
	{ name: 'an iframe', file: ADVICE, setup: appendToLetter('<iframe src="https://evil.example"></iframe>'), line: '<iframe', expected: ['de tekst bevat het element <iframe>'] },
	{ name: 'an event handler on an allowed element', file: ADVICE, setup: appendToLetter('x<sup onmouseover="alert(1)">1</sup>'), line: '<sup onmouseover', expected: ['het element <sup> heeft attributen'] },
	{ name: 'a javascript: link', file: ADVICE, setup: appendToLetter('Zie [hier](javascript:alert(1)).'), line: '[hier](javascript', expected: ['de link "javascript:alert(1)" gebruikt een schema (javascript:)'] },
	{ name: 'an entity-obfuscated link in a reference definition', file: ADVICE, setup: appendToLetter('Zie [hier][x].\n\n[x]: &#x6A;ava&#x09;script:alert(1)'), line: '[x]: &#x6A;', expected: ['gebruikt een schema (javascript:)'] },
	{ name: 'a javascript: address in a source url', file: DVO, setup: edit(DVO, (s) => s.replace(/^source:\n/m, 'source:\n  url: javascript:alert(1)\n')), line: 'url: javascript', expected: ['veld "source → url": "javascript:alert(1)" is geen geldig webadres'] },
	{
		name: 'an image next to the letter that is a script (Astro would import and run it)',
		file: ADVICE,
		setup: (dir) => {
			writeFileSync(path.join(dir, 'adviezen/plaatje.mjs'), `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(path.join(dir, 'GERAAKT'))}, 'ja');\n`);
			return appendToLetter('![x](./plaatje.mjs)')(dir);
		},
		line: '![x](./plaatje.mjs)',
		expected: ['veld "tekst": de afbeelding "./plaatje.mjs" is geen pad naar een afbeelding in de map public/ van deze site', 'Oplossing: zet de afbeelding (png, jpg, gif, webp of avif) in de map public/', 'adviezen/plaatje.mjs dit bestand is geen document (.mdx)'],
		after: (dir) => expect(existsSync(path.join(dir, 'GERAAKT'))).toBe(false),
	},
	{ name: 'an SVG outside the archive as an image', file: ADVICE, setup: appendToLetter('![x](../../evil.svg)'), line: '![x](../../evil.svg)', expected: ['de afbeelding "../../evil.svg" is geen pad naar een afbeelding in de map public/'] },
	{ name: 'a file of the build machine as an image', file: ADVICE, setup: appendToLetter('![z](../../../../etc/x.png)'), line: '![z](', expected: ['de afbeelding "../../../../etc/x.png" is geen pad naar een afbeelding in de map public/'] },
	{
		name: 'a file of the build machine read with ?raw',
		file: ADVICE,
		setup: appendToLetter('![a](../../../../etc/hostname?raw)'),
		line: '![a](',
		expected: ['de afbeelding "../../../../etc/hostname?raw" is geen pad naar een afbeelding in de map public/'],
		after: (_dir, output) => {
			const hostname = existsSync('/etc/hostname') ? readFileSync('/etc/hostname', 'utf8').trim() : '';
			if (hostname.length > 3) expect(output).not.toContain(hostname);
		},
	},
	{ name: 'a relative image by reference definition', file: ADVICE, setup: appendToLetter('Zie ![plaatje][p].\n\n[p]: ./plaatje.svg'), line: 'Zie ![plaatje]', expected: ['de afbeelding "./plaatje.svg" is geen pad naar een afbeelding in de map public/'] },
	{
		name: 'a stray HTML page in a DVO folder',
		file: 'dvo/2026-2027/pagina.html',
		setup: (dir) => {
			writeFileSync(path.join(dir, 'dvo/2026-2027/pagina.html'), '<script>alert(1)</script>');
			return undefined;
		},
		expected: ['dit bestand is geen document (.mdx); in de map dvo/ staan alleen documenten', 'Oplossing: haal het bestand of de map hier weg'],
	},
	{
		name: 'a copy of the advice under another name',
		file: 'adviezen/2025-kopie.mdx',
		setup: (dir) => {
			const copy = readFileSync(path.join(dir, ADVICE), 'utf8').replace(/^published:\n.*\n.*\n/m, '');
			writeFileSync(path.join(dir, 'adviezen/2025-kopie.mdx'), copy);
			return copy;
		},
		line: 'Geacht college,',
		expected: ['veld "tekst": dit advies heeft dezelfde tekst als'],
	},
	{
		name: 'the lock file deleted and an amount changed',
		file: DVO,
		setup: (dir) => {
			rmSync(path.join(dir, 'gepubliceerd.lock.json'));
			return edit(DVO, (s) => s.replace('amount: 24000', 'amount: 42000'))(dir);
		},
		line: 'published:',
		expected: ['veld "published": dit document is gepubliceerd (published: 2026-11-30), maar staat niet in', 'bovendien is de tekst sindsdien veranderd'],
	},
	{
		name: 'a lock entry removed',
		file: ADVICE,
		setup: (dir) => {
			edit('gepubliceerd.lock.json', (s) => JSON.stringify({ ...JSON.parse(s), documents: { 'dvo/2026-2027/ontwerp.mdx': JSON.parse(s).documents['dvo/2026-2027/ontwerp.mdx'] } }))(dir);
			return readFileSync(path.join(dir, ADVICE), 'utf8');
		},
		line: 'published:',
		expected: ['veld "published": dit document is gepubliceerd'],
	},
	{ name: 'a quiet rewrite of the verdict of a published advice', file: ADVICE, setup: edit(ADVICE, (s) => s.replace('verdict: positief-met-opmerkingen', 'verdict: negatief')), expected: ['dit document is gepubliceerd en de tekst is veranderd zonder erratum'] },
	{
		name: 'the archived source letter of a published advice replaced',
		file: ADVICE,
		setup: (dir) => {
			writeFileSync(path.join(dir, 'bronnen/advies-bar-dvo-2026-2027.txt'), 'Een andere brief.\n');
			return undefined;
		},
		expected: ['dit document is gepubliceerd en de tekst is veranderd zonder erratum', 'de bronbrief in bronnen/'],
	},
	{
		name: 'a published advice deleted together with its lock entry',
		file: 'gepubliceerd.lock.json',
		setup: (dir) => {
			rmSync(path.join(dir, ADVICE));
			rmSync(path.join(dir, 'reacties'), { recursive: true, force: true });
			edit('gepubliceerd.lock.json', (s) => JSON.stringify({ ...JSON.parse(s), documents: { 'dvo/2026-2027/ontwerp.mdx': JSON.parse(s).documents['dvo/2026-2027/ontwerp.mdx'] } }))(dir);
			return undefined;
		},
		expected: ['het gepubliceerde document adviezen/2025-dvo-2026-2027.mdx is verdwenen', 'uit documents en uit history'],
	},
	{
		name: 'a published advice without seal and lock entry',
		file: ADVICE,
		setup: (dir) => {
			edit('gepubliceerd.lock.json', (s) => JSON.stringify({ ...JSON.parse(s), documents: { 'dvo/2026-2027/ontwerp.mdx': JSON.parse(s).documents['dvo/2026-2027/ontwerp.mdx'] } }))(dir);
			return edit(ADVICE, (s) => s.replace(/^published:\n.*\n.*\n/m, ''))(dir);
		},
		expected: ['dit document is gepubliceerd geweest (het staat in history'],
	},
	{
		name: 'a YAML alias bomb in a response',
		file: 'reacties/2025-dvo-2026-2027.yaml',
		setup: (dir) => {
			mkdirSync(path.join(dir, 'reacties'), { recursive: true });
			writeFileSync(path.join(dir, 'reacties/2025-dvo-2026-2027.yaml'), aliasBomb);
			return aliasBomb;
		},
		line: 'b: &b',
		expected: ['de gegevens gebruiken te veel verwijzingen (*naam)'],
	},
	{
		name: 'a symbolic link to a file outside the archive',
		file: 'adviezen/2025-link.mdx',
		setup: (dir) => {
			const outside = path.join(mkdtempSync(path.join(tmpdir(), 'aa-outside-')), 'geheim.mdx');
			writeFileSync(outside, readFileSync(path.join(dir, ADVICE), 'utf8').replace('Geacht college,', 'Geheim.'));
			symlinkSync(outside, path.join(dir, 'adviezen/2025-link.mdx'));
			return undefined;
		},
		expected: ['dit is een snelkoppeling (symbolische link) naar een ander bestand'],
	},
	{
		name: 'bytes that are not UTF-8',
		file: ADVICE,
		setup: (dir) => {
			const target = path.join(dir, ADVICE);
			const text = readFileSync(target, 'utf8').replace('Geacht college,', 'Geacht coll\u0000ge,');
			const bytes = Buffer.from(text, 'utf8');
			bytes[bytes.indexOf(0)] = 0xe9; // é in Windows-1252
			writeFileSync(target, bytes);
			return text;
		},
		line: 'Geacht coll',
		expected: ['het bestand is geen UTF-8-tekst: byte', '(0xe9) is geen geldig teken', 'sla het bestand op als UTF-8'],
	},
	{
		name: 'a document above the size limit',
		file: ADVICE,
		setup: appendToLetter('Heel lang. '.repeat(220_000)),
		expected: ['het bestand is te groot', 'de grens is 2 MB per document'],
	},
];

describe('the build stops on wrong or hostile input, and the previous site stays', () => {
	it.each(cases)('$name', ({ file, setup, line, expected, after }) => {
		const dir = mkdtempSync(path.join(tmpdir(), 'aa-bad-'));
		cpSync(path.join(repoRoot, 'content'), dir, { recursive: true });
		const text = setup(dir);
		const outDir = path.join(mkdtempSync(path.join(tmpdir(), 'aa-out-')), 'dist');
		mkdirSync(outDir);
		writeFileSync(path.join(outDir, 'index.html'), '<p>vorige site</p>');

		const result = buildSite(dir, outDir);
		expect(result.status).not.toBe(0);
		expect(result.output).toContain('De inhoud bevat fouten; de site is niet gebouwd.');
		const where = line === undefined ? '' : `:${typeof line === 'number' ? line : lineContaining(text!, line)}`;
		expect(result.output).toContain(`FOUT ${path.join(dir, file)}${where} `);
		for (const piece of expected) expect(result.output).toContain(piece);
		// A secretary reads only Dutch: no English hook banner, no stack trace.
		expect(result.output).not.toMatch(/unhandled error|Stack trace|at .*\.(?:ts|js|mjs):\d+/i);
		// The previous site is exactly as it was, and nothing else was written next to it.
		expect(readdirSync(outDir)).toEqual(['index.html']);
		expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('<p>vorige site</p>');
		expect(readdirSync(path.dirname(outDir))).toEqual(['dist']);
		after?.(dir, result.output);
	});
});

describe('what the check allows publishes nothing that runs or loads from elsewhere', () => {
	it('builds a letter with every allowed construct, and its page has no script, handler, frame or unsafe link', () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'aa-allowed-'));
		cpSync(path.join(repoRoot, 'content'), dir, { recursive: true });
		const letter = [
			'Geacht college,',
			'',
			'## Wat mag',
			'',
			'Een [link](https://www.heumen.nl/?a=1&b=2 "titel"), [mail](mailto:bar@heumen.nl), [bel](tel:+31241234567), [pagina](/dvo/) en [anker](#wat-mag).',
			'Een adres https://www.heumen.nl/zoeken?q=dvo en secretaris@bar-heumen.nl, x<sup>2</sup>, H<sub>2</sub>O en een regel<br />verder.',
			'Tekens als gewone tekst: \\{ \\} \\< \\> en &lt;script&gt;alert(1)&lt;/script&gt;.',
			'',
			'| a | b |',
			'|---|---|',
			'| [x][r] | ~~y~~ |',
			'',
			'[r]: https://example.org/pagina',
			'',
			'Een voetnoot[^1].',
			'',
			'[^1]: Met een [link](https://example.org/).',
			'',
		].join('\n');
		writeFileSync(path.join(dir, 'adviezen/2025-toegestaan.mdx'), `---\ntitle: Toegestane opmaak\nyear: 2025\ncouncil: BAR\naddressee: College\ndvo: 2026-2027/ontwerp\nverdict: positief\nverdictSummary: Proef.\n---\n\n${letter}`);
		const result = buildSite(dir);
		expect(result.status, result.output).toBe(0);
		const prose = parsePage(result.outDir, '/adviezen/2025-toegestaan/').querySelector('.aa-prose')!;
		expect(prose.querySelectorAll('script, iframe, object, embed, svg, img, style, form, input, base, meta, link')).toHaveLength(0);
		for (const element of prose.querySelectorAll('*')) {
			expect(Object.keys(element.attributes).filter((name) => /^on|^style$|^srcdoc$|^formaction$/i.test(name)), element.outerHTML).toEqual([]);
		}
		const hrefs = prose.querySelectorAll('a').map((a) => a.getAttribute('href') ?? '');
		expect(hrefs.length).toBeGreaterThanOrEqual(8);
		for (const href of hrefs) expect(href, href).toMatch(/^(https?:|mailto:|tel:|\/|#)/);
		expect(prose.textContent).toContain('<script>alert(1)</script>');
	});
});

describe('astro build started directly', () => {
	it('stops on a content error with the Dutch report only, no English hook banner or stack trace', () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'aa-direct-'));
		cpSync(path.join(repoRoot, 'content'), dir, { recursive: true });
		const text = appendToLetter('<script>alert(1)</script>')(dir);
		const outDir = path.join(mkdtempSync(path.join(tmpdir(), 'aa-direct-out-')), 'dist');
		const result = spawnSync(process.execPath, [path.join(repoRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], {
			cwd: repoRoot,
			env: { ...process.env, ADVIESARCHIEF_CONTENT: dir, ADVIESARCHIEF_OUT: outDir, ADVIESARCHIEF_CACHE: `${outDir}.cache`, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
			encoding: 'utf8',
		});
		const output = `${result.stdout}\n${result.stderr}`;
		expect(result.status).toBe(1);
		expect(output).toContain('De inhoud bevat fouten; de site is niet gebouwd.');
		expect(output).toContain(`FOUT ${path.join(dir, ADVICE)}:${lineContaining(text, '<script>')} veld "tekst": de tekst bevat het element <script>`);
		expect(output).not.toMatch(/unhandled error|Stack trace/i);
		expect(existsSync(outDir)).toBe(false);
	});
});
