/**
 * `npm run import` end to end: letters (the seed, a Word document made from it, hostile letters
 * in several encodings) are imported into a fresh archive with the real command, the archive is
 * built, and every page shows exactly the letter's text. Bad input writes nothing.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, repoRoot, type BuildResult } from '../support/build-site.ts';
import { normalizeSpace, parsePage, visibleText } from '../support/html.ts';
import { sentencesOf } from '../support/sentences.ts';

const seedFile = path.join(repoRoot, 'content/bronnen/advies-bar-dvo-2026-2027.txt');
const seed = readFileSync(seedFile, 'utf8');
const seedHeadings = ['Advies', 'Taalgebruik:', 'Advies over Lokale keuzes DVO 2026-2027', 'Budget voor participatiecoaching', 'Restant budgetten in 2026 en 2027', 'Tot slot'];

function runImport(contentDir: string, ...args: string[]) {
	const result = spawnSync('npm', ['run', '--silent', 'import', '--', ...args, '--content', contentDir], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
	return { status: result.status ?? 1, output: `${result.stdout}\n${result.stderr}` };
}

/** A fresh archive with the real settings and DVO version, but no advice yet. */
function freshArchive(): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'aa-import-'));
	for (const file of ['instellingen.yaml', 'begrippen.yaml', 'taalwijzer.yaml']) cpSync(path.join(repoRoot, 'content', file), path.join(dir, file));
	cpSync(path.join(repoRoot, 'content/dvo'), path.join(dir, 'dvo'), { recursive: true });
	// No lock in this archive: the DVO version is not published here, so it carries no seal either.
	const dvo = path.join(dir, 'dvo/2026-2027/ontwerp.mdx');
	writeFileSync(dvo, readFileSync(dvo, 'utf8').replace(/^published:\n(?: {2}.*\n)+/m, ''));
	return dir;
}

/** The seed letter as a Word document: the letter's headings in heading styles, its lines as line breaks. */
async function seedAsDocx(): Promise<Buffer> {
	const paragraphs = seed
		.trim()
		.split(/\n\s*\n/)
		.flatMap((block) => {
			const lines = block.split('\n');
			if (lines[0] === 'Tot slot') return [new Paragraph({ text: 'Tot slot', heading: HeadingLevel.HEADING_1 }), new Paragraph({ children: lines.slice(1).map((l, i) => new TextRun({ text: l, break: i > 0 ? 1 : 0 })) })];
			if (seedHeadings.includes(block.trim())) return [new Paragraph({ text: block.trim(), heading: block.trim() === 'Advies' || block.startsWith('Advies over') ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2 })];
			return [new Paragraph({ children: lines.map((l, i) => new TextRun({ text: l.trim(), break: i > 0 ? 1 : 0 })) })];
		});
	return Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] }));
}

/** An ordinary letter with a web address with a query string and an e-mail address (issue: refused before). */
const addressLetter = [
	'Geacht college,',
	'',
	'Zie https://www.heumen.nl/zoeken?q=dvo&jaar=2026#uitslag en www.werkbedrijfrvn.nl/over_ons voor de stukken.',
	'Vragen kunt u mailen naar secretaris@bar-heumen.nl of jan_de_vries@example.nl.',
	'',
	'Met vriendelijke groet,',
	'',
].join('\n');

const hostileLetter = [
	'Geacht college,',
	'',
	'Over het budget {2026} schrijven we <script>alert("x")</script> en <b>vet</b> en <Onderdeel waarde={1} />.',
	'import Brief from "./brief.mdx"',
	'export default function Pagina() {}',
	'',
	'# Dit is geen kop maar een regel met een hekje',
	'> Dit is geen citaat',
	'- Dit is geen lijst',
	'* En dit ook niet, met *sterren* en _lage_ streepjes',
	'1. Geen genummerde lijst',
	'',
	'\tIngesprongen met een tab,\tmet een tab midden in de regel.',
	'    En vier spaties ervoor, wat in Markdown code zou zijn.',
	'',
	'===',
	'',
	'Een tabel? | kolom | kolom |',
	'|---|---|',
	'Kosten &euro; 5 en &amp; en een backslash \\ en `code` en [een link](https://example.org) en ![plaatje](x.png) en ~~doorgehaald~~.',
	'',
	`Een heel lange regel: ${'participatiecoaching en lokale verankering '.repeat(120).trim()}.`,
	'',
	'{/* geen commentaar */} <!-- ook geen commentaar -->',
	'',
	'Met vriendelijke groet,',
	'Burgeradviesraad Heumen',
	'',
].join('\n');

interface Imported {
	/** The route of the page. */
	route: string;
	/** The text the page must show. */
	text: string;
}

describe('npm run import, then build', () => {
	const contentDir = freshArchive();
	const imported: Record<string, Imported> = {};
	let build: BuildResult;

	beforeAll(async () => {
		const inputs = mkdtempSync(path.join(tmpdir(), 'aa-letters-'));
		const write = (name: string, bytes: Uint8Array | string) => {
			const file = path.join(inputs, name);
			writeFileSync(file, bytes);
			return file;
		};
		const letters: [string, string, string[], string][] = [
			['seed', seedFile, [], seed],
			['docx', write('advies-bar-dvo-2026-2027.docx', await seedAsDocx()), ['--out', path.join(contentDir, 'adviezen/2025-word.mdx')], seed],
			['hostile-utf8', write('vijandig.txt', hostileLetter), ['--out', path.join(contentDir, 'adviezen/2025-vijandig-utf8.mdx'), '--dvo', '2026-2027/ontwerp'], hostileLetter],
			['hostile-bom-crlf', write('vijandig-bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${hostileLetter}Met BOM en CRLF.\n`.replace(/\n/g, '\r\n'))])), ['--out', path.join(contentDir, 'adviezen/2025-vijandig-bom.mdx'), '--dvo', '2026-2027/ontwerp'], `${hostileLetter}Met BOM en CRLF.`],
			['addresses', write('adressen.txt', addressLetter), ['--out', path.join(contentDir, 'adviezen/2025-adressen.mdx'), '--dvo', '2026-2027/ontwerp'], addressLetter],
			['hostile-1252', write('vijandig-1252.txt', iconv.encode(`${hostileLetter.replace(/\n/g, '\r\n')}Bedrag: € 14.000, ‘zo’ en “zo” – één café.\r\n`, 'windows-1252')), ['--out', path.join(contentDir, 'adviezen/2025-vijandig-1252.mdx'), '--dvo', '2026-2027/ontwerp'], `${hostileLetter}Bedrag: € 14.000, ‘zo’ en “zo” – één café.`],
			['hostile-mixed', write('vijandig-gemengd.txt', Buffer.concat([Buffer.from(`${hostileLetter}Eerst in UTF-8: € 81.000 en ‘lokale keuzes’.\n`), iconv.encode('Dan in Windows-1252: € 24.000 en “één” café.\n', 'windows-1252')])), ['--out', path.join(contentDir, 'adviezen/2025-vijandig-gemengd.mdx'), '--dvo', '2026-2027/ontwerp'], `${hostileLetter}Eerst in UTF-8: € 81.000 en ‘lokale keuzes’. Dan in Windows-1252: € 24.000 en “één” café.`],
		];
		for (const [key, file, args, text] of letters) {
			const result = runImport(contentDir, file, ...args);
			expect(result.status, result.output).toBe(0);
			const out = args.includes('--out') ? args[args.indexOf('--out') + 1]! : path.join(contentDir, 'adviezen/2025-dvo-2026-2027.mdx');
			imported[key] = { route: `/adviezen/${path.basename(out, '.mdx')}/`, text };
			// One letter imported several ways is one advice; give each copy its own title so the
			// duplicate rule (same title and date) lets this archive of variants build.
			if (key !== 'seed') writeFileSync(out, readFileSync(out, 'utf8').replace(/^title: .*$/m, `title: Advies, ingelezen als ${key}`));
		}
		build = buildSite(contentDir);
	}, 300_000);

	it('builds the archive of imported letters', () => {
		expect(build.status, build.output).toBe(0);
	});

	it('writes the seed letter to adviezen/<year>-dvo-<period>.mdx and keeps the letter in bronnen/', () => {
		expect(readdirSync(path.join(contentDir, 'adviezen'))).toContain('2025-dvo-2026-2027.mdx');
		expect(readFileSync(path.join(contentDir, 'bronnen/advies-bar-dvo-2026-2027.txt'), 'utf8')).toBe(seed);
		const page = parsePage(build.outDir, imported.seed!.route);
		expect(visibleText(page.querySelector('.aa-summary')!)).toContain('19 september 2025');
	});

	for (const key of ['seed', 'docx']) {
		it(`shows every sentence of the seed letter, in order, with its headings (${key})`, () => {
			const page = parsePage(build.outDir, imported[key]!.route);
			const text = visibleText(page.querySelector('.aa-prose')!);
			let position = 0;
			for (const sentence of sentencesOf(seed)) {
				const found = text.indexOf(sentence, position);
				expect(found, sentence).toBeGreaterThanOrEqual(position);
				position = found + sentence.length;
			}
			expect(page.querySelectorAll('.aa-prose h2, .aa-prose h3').map((h) => visibleText(h))).toEqual(seedHeadings);
		});
	}

	for (const key of ['hostile-utf8', 'hostile-bom-crlf', 'hostile-1252', 'hostile-mixed']) {
		it(`shows a hostile letter exactly as written (${key})`, () => {
			const page = parsePage(build.outDir, imported[key]!.route);
			expect(visibleText(page.querySelector('.aa-prose')!)).toBe(normalizeSpace(imported[key]!.text));
			expect(page.querySelectorAll('.aa-prose script, .aa-prose b, .aa-prose ul, .aa-prose ol, .aa-prose blockquote, .aa-prose table, .aa-prose code, .aa-prose img')).toHaveLength(0);
		});
	}

	it('shows a letter with web and e-mail addresses word for word, the addresses as links', () => {
		const page = parsePage(build.outDir, imported.addresses!.route);
		expect(visibleText(page.querySelector('.aa-prose')!)).toBe(normalizeSpace(addressLetter));
		expect(page.querySelectorAll('.aa-prose a').map((a) => a.getAttribute('href'))).toEqual([
			'https://www.heumen.nl/zoeken?q=dvo&jaar=2026#uitslag',
			'http://www.werkbedrijfrvn.nl/over_ons',
			'mailto:secretaris@bar-heumen.nl',
			'mailto:jan_de_vries@example.nl',
		]);
	});
});

describe('npm run import refuses bad input and never overwrites', () => {
	it('warns about a very long letter, and still imports it', () => {
		const contentDir = freshArchive();
		const letter = path.join(mkdtempSync(path.join(tmpdir(), 'aa-long-')), 'lang.txt');
		writeFileSync(letter, `Geacht college,\n\n${'Wij adviseren positief over de lokale keuzes. '.repeat(1500)}\n`);
		const result = runImport(contentDir, letter, '--dvo', '2026-2027/ontwerp');
		expect(result.status, result.output).toBe(0);
		expect(result.output).toContain('LET OP: de brief is erg lang (10.502 woorden); controleer of dit één brief is en of alles goed is ingelezen');
	});

	it('writes only inside the content folder, and refuses a .docx that unpacks to too much', async () => {
		const contentDir = freshArchive();
		const inputs = mkdtempSync(path.join(tmpdir(), 'aa-out-'));
		const letter = path.join(inputs, 'brief.txt');
		writeFileSync(letter, 'Geacht college,\n\nWij adviseren positief.\n');
		const outside = path.join(repoRoot, 'src/pages/kaping.mdx');
		const refused = runImport(contentDir, letter, '--out', outside);
		expect(refused.status).toBe(1);
		expect(refused.output).toContain(`--out moet een bestand in de inhoudsmap`);
		expect(refused.output).toContain('Er is niets geschreven.');
		expect(existsSync(outside)).toBe(false);
		const zip = new JSZip();
		zip.file('word/document.xml', 'a'.repeat(120 * 1024 * 1024));
		const bomb = path.join(inputs, 'bom.docx');
		writeFileSync(bomb, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
		const big = runImport(contentDir, bomb);
		expect(big.status).toBe(1);
		expect(big.output).toContain('dit Word-bestand pakt uit tot 120 MB, meer dan de grens van 50 MB');
		expect(readdirSync(contentDir).sort()).toEqual(['begrippen.yaml', 'dvo', 'instellingen.yaml', 'taalwijzer.yaml']);
	});

	it('writes nothing for an empty, a binary or an unreadable file, and says why', () => {
		const contentDir = freshArchive();
		const inputs = mkdtempSync(path.join(tmpdir(), 'aa-bad-'));
		const cases: [string, Uint8Array, string][] = [
			['leeg.txt', new Uint8Array(), 'het bestand is leeg'],
			['binair.txt', Uint8Array.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x10]), 'geen tekstbestand'],
			['kapot.docx', Buffer.from('dit is geen Word-bestand'), 'Word-bestand kan niet gelezen worden'],
			['scan.txt', Buffer.from('%PDF-1.4\n%âãÏÓ\n'), 'PDF-bestand'],
		];
		for (const [name, bytes, message] of cases) {
			const file = path.join(inputs, name);
			writeFileSync(file, bytes);
			const result = runImport(contentDir, file);
			expect(result.status, name).toBe(1);
			expect(result.output).toContain(message);
			expect(result.output).toContain('Er is niets geschreven.');
		}
		expect(readdirSync(contentDir).sort()).toEqual(['begrippen.yaml', 'dvo', 'instellingen.yaml', 'taalwijzer.yaml']);
	});

	it('does not overwrite an existing document without --force, and does with it', () => {
		const contentDir = freshArchive();
		mkdirSync(path.join(contentDir, 'adviezen'));
		const target = path.join(contentDir, 'adviezen/2025-dvo-2026-2027.mdx');
		writeFileSync(target, 'bestaand');
		const refused = runImport(contentDir, seedFile);
		expect(refused.status).toBe(1);
		expect(refused.output).toContain('bestaat al en wordt niet overschreven');
		expect(readFileSync(target, 'utf8')).toBe('bestaand');
		const forced = runImport(contentDir, seedFile, '--force');
		expect(forced.status, forced.output).toBe(0);
		expect(readFileSync(target, 'utf8')).toContain('Geacht college,');
	});
});
