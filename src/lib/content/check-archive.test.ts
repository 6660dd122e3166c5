/**
 * The content check on small archives built in memory (tests/support/documents.ts): each
 * problem names file, line and field, and every way around the checks in the issue on content
 * safety is refused with a Dutch message.
 */
import { describe, expect, it } from 'vitest';
import { adviceDocument, adviceFields, archiveOf, dvoDocument, dvoFields, lineContaining } from '../../../tests/support/documents.ts';
import { checkArchive } from './check-archive.ts';
import { formatProblem, type ContentProblem } from './problems.ts';
import type { ArchiveDocument } from './read-archive.ts';

const ADVICE_PATH = 'content/adviezen/2025-advies.mdx';
const DVO_PATH = 'content/dvo/2026-2027/ontwerp.mdx';

/** The archive with its advice (or DVO) text changed by `change`; the change must apply. */
function changed(kind: 'advice' | 'dvo', change: (source: string) => string): { doc: ArchiveDocument; errors: ContentProblem[] } {
	const original = kind === 'advice' ? adviceDocument() : dvoDocument();
	const doc = { ...original, source: change(original.source) };
	if (doc.source === original.source) throw new Error('the change did not apply');
	const documents = kind === 'advice' ? [doc, dvoDocument()] : [adviceDocument(), doc];
	return { doc, errors: checkArchive(archiveOf({ documents })).problems.filter((p) => p.severity === 'error') };
}

describe('checkArchive', () => {
	it('accepts a consistent archive and returns its typed documents', () => {
		const result = checkArchive(archiveOf());
		expect(result.problems).toEqual([]);
		expect(result.advice[0]?.data.dates.meeting?.toISOString().slice(0, 10)).toBe('2025-09-19');
		expect(result.dvo[0]?.data.localChoices?.years[0]?.lines[0]?.amount).toBe(81000);
	});

	it('names file, field and fix of a missing required field', () => {
		const { errors } = changed('advice', (s) => s.replace('verdict: positief\n', ''));
		expect(errors).toEqual([expect.objectContaining({ file: ADVICE_PATH, field: 'verdict', message: 'dit verplichte veld ontbreekt' })]);
		expect(errors[0]?.fix).toBe('voeg "verdict:" toe aan de gegevens bovenaan het bestand; kies uit: positief, positief-met-opmerkingen, gemengd, negatief');
	});

	it('reports a malformed date on its line, as one line an editor can act on', () => {
		const { doc, errors } = changed('advice', (s) => s.replace('meeting: 2025-09-19', 'meeting: 19-09-2025'));
		expect(errors.map(formatProblem)).toEqual([`FOUT ${ADVICE_PATH}:${lineContaining(doc.source, 'meeting:')} veld "dates → meeting": "19-09-2025" is geen datum; schrijf jaar-maand-dag, bijvoorbeeld 2025-09-19`]);
	});

	it('reports an impossible date instead of rolling it over', () => {
		const { errors } = changed('advice', (s) => s.replace('2025-09-19', '2025-09-31'));
		expect(errors[0]?.message).toBe('"2025-09-31" is geen datum; schrijf jaar-maand-dag, bijvoorbeeld 2025-09-19');
	});

	it('reports negative and fractional amounts with the line of the amount', () => {
		const negative = changed('dvo', (s) => s.replace('amount: 81000', 'amount: -81000'));
		expect(negative.errors[0]).toMatchObject({ line: lineContaining(negative.doc.source, 'amount:'), field: 'localChoices → years → 1 → lines → 1 → amount', message: '-81000 is negatief; een bedrag is 0 of meer' });
		const fractional = changed('dvo', (s) => s.replace('amount: 81000', 'amount: 81000.5'));
		expect(fractional.errors[0]?.message).toBe("81000.5 is geen heel bedrag; bedragen zijn hele euro's zonder komma of punt, bijvoorbeeld 81000 voor € 81.000");
	});

	it('catches a Dutch thousands separator that YAML would read as 81 euro', () => {
		const { doc, errors } = changed('dvo', (s) => s.replace('amount: 81000', 'amount: 81.000'));
		expect(errors).toEqual([expect.objectContaining({ line: lineContaining(doc.source, 'amount:'), field: 'amount', message: '"81.000" wordt gelezen als 81 euro, niet als 81000', fix: 'schrijf het bedrag zonder punt: 81000' })]);
	});

	it('refuses an amount above ten million unless its line confirms it, and any amount above a trillion', () => {
		const large = changed('dvo', (s) => s.replace('amount: 81000', 'amount: 24000000'));
		expect(large.errors.map(formatProblem)).toEqual([
			`FOUT ${DVO_PATH}:${lineContaining(large.doc.source, 'amount:')} veld "localChoices → years → 1 → lines → 1 → amount": € 24.000.000 is meer dan € 10.000.000 (tien miljoen); staan er nullen te veel? Klopt het bedrag echt, zet dan op deze regel ook amountConfirmed: true`,
		]);
		expect(changed('dvo', (s) => s.replace('amount: 81000', 'amount: 24000000\n          amountConfirmed: true')).errors).toEqual([]);
		const absurd = changed('dvo', (s) => s.replace('amount: 81000', 'amount: 1000000000000000\n          amountConfirmed: true'));
		expect(absurd.errors[0]?.message).toContain('is geen bedrag uit een begroting van een gemeente');
	});

	it('names the allowed version labels for an unknown one', () => {
		const { doc, errors } = changed('dvo', (s) => s.replace('version: ontwerp', 'version: concept'));
		expect(errors[0]).toMatchObject({ line: lineContaining(doc.source, 'version:'), field: 'version' });
		expect(errors[0]?.message).toBe('"concept" is geen toegestane waarde; kies uit: ontwerp, vastgesteld, gewijzigd');
	});

	it('rejects a duplicate point id on the line of the second one', () => {
		const twice = adviceFields({ points: [adviceFields().points, { id: 'vraag-een', kind: 'vraag', topic: 'x', text: 'Nog een?' }].flat() });
		const doc = adviceDocument({ fields: twice, invalid: true });
		const [problem] = checkArchive(archiveOf({ documents: [doc, dvoDocument()] })).problems;
		expect(problem).toMatchObject({ field: 'points → 2 → id', line: lineContaining(doc.source, 'id: vraag-een', lineContaining(doc.source, 'id: vraag-een')) });
		expect(problem?.message).toBe('de code "vraag-een" komt al voor bij punt 1; geef elk punt een eigen code');
	});

	it('puts a wrong follow-up status of a point deep in a list on the line of that status', () => {
		const points = [1, 2, 3, 4, 5].map((n) => ({ id: `punt-${n}`, kind: 'vraag', topic: 't', text: `Vraag ${n}?`, related: [], raisedEarlier: ['x', 'y'] }));
		points[4] = { ...points[4]!, followUp: { status: 'afgehandeld' } } as (typeof points)[number];
		const doc = adviceDocument({ fields: adviceFields({ points }), invalid: true });
		const [problem] = checkArchive(archiveOf({ documents: [doc, dvoDocument()] })).problems;
		expect(problem).toMatchObject({ field: 'points → 5 → followUp → status', line: lineContaining(doc.source, 'status: afgehandeld') });
	});

	it('rejects an advice about a DVO version that does not exist, listing the ones that do', () => {
		const { doc, errors } = changed('advice', (s) => s.replace('dvo: 2026-2027/ontwerp', 'dvo: 2026-2027/vastgesteld'));
		expect(errors).toEqual([expect.objectContaining({ field: 'dvo', line: lineContaining(doc.source, 'dvo:'), message: 'er is geen DVO-versie "2026-2027/vastgesteld"', fix: 'schrijf periode/versie van een bestaande DVO-versie: 2026-2027/ontwerp' })]);
	});

	it('rejects a point that refers to a heading the letter does not have', () => {
		const { errors } = changed('advice', (s) => s.replace('section: budget', 'section: begroting'));
		expect(errors[0]?.message).toBe('er is geen kop met de code "begroting" in de tekst');
		expect(errors[0]?.fix).toBe('kies een van: budget');
	});

	it('rejects a version whose folder does not match its period', () => {
		const { errors } = changed('dvo', (s) => s.replace('lastYear: 2027', 'lastYear: 2028'));
		expect(errors[0]?.message).toBe('de periode 2026-2028 past niet bij de map "2026-2027"');
	});

	it('refuses a budget line name that a spreadsheet would run as a formula (CSV download)', () => {
		const { doc, errors } = changed('dvo', (s) => s.replace('name: Participatiecoaching', 'name: =HYPERLINK("https://evil.example")'));
		expect(errors).toEqual([expect.objectContaining({ line: lineContaining(doc.source, 'name: ='), field: 'localChoices → years → 1 → lines → 1 → name', message: '"=HYPERLINK("https://evil.example")" begint met een teken (= + - @) waarmee een spreadsheet een formule start; begin met een woord of een getal' })]);
	});

	it('refuses a javascript: address in a frontmatter link', () => {
		const { doc, errors } = changed('dvo', (s) => s.replace('description: Uit het advies.', 'description: Uit het advies.\n  url: JavaScript:alert(1)'));
		expect(errors).toEqual([expect.objectContaining({ field: 'source → url', line: lineContaining(doc.source, 'url:'), message: '"JavaScript:alert(1)" is geen geldig webadres; begin met https://' })]);
	});

	it('refuses a YAML alias bomb with its line instead of expanding it', () => {
		const bomb = 'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n';
		const { errors } = changed('advice', (s) => s.replace('---\n', `---\n${bomb}`));
		expect(errors).toEqual([expect.objectContaining({ file: ADVICE_PATH, line: 3, message: 'de gegevens bovenaan het bestand zijn niet goed geschreven: de gegevens gebruiken te veel verwijzingen (*naam); meer dan 20 keer een blok herhalen is niet toegestaan' })]);
	});
});

describe('the check reads what the build reads', () => {
	it('refuses a line in the frontmatter that Astro would take for its end', () => {
		const { doc, errors } = changed('advice', (s) => s.replace('verdictSummary: Positief.', 'verdictSummary: "Positief.\n---<script>alert(1)</script>\n"'));
		expect(errors).toEqual([expect.objectContaining({ file: ADVICE_PATH, line: lineContaining(doc.source, '---<script>'), message: 'een regel in de gegevens bovenaan begint met ---; de site zou de gegevens daar laten eindigen' })]);
	});

	it('refuses a line --- that cuts a block scalar (| or >) and would publish the rest of the data as letter text', () => {
		const { doc, errors } = changed('advice', (s) =>
			s.replace('verdictSummary: Positief.\n', '').replace(/\n---\n\n/, '\nverdictSummary: |\n  Positief.\n---\n  Met een streep erboven.\nsourceFile: bronnen/geheim.txt\n---\n\n'),
		);
		const fence = doc.source.split('\n').indexOf('  Positief.') + 2;
		expect(errors).toEqual([
			expect.objectContaining({
				file: ADVICE_PATH,
				line: fence,
				field: 'verdictSummary',
				message: expect.stringContaining('de regel --- staat direct na de tekst van "verdictSummary" (geschreven met | of >), en verderop staat nog een regel ---'),
				fix: expect.stringContaining('zet er dan twee spaties voor'),
			}),
		]);
	});

	it('accepts a block scalar last when --- inside it is indented, or when the body is a letter or has no second ---', () => {
		const indented = changed('advice', (s) => s.replace('verdictSummary: Positief.\n', '').replace(/\n---\n\n/, '\nverdictSummary: |\n  Positief.\n  ---\n  Met een streep.\n---\n\nTekst\n\n---\n\nMeer.\n'));
		expect(indented.errors).toEqual([]);
		const last = changed('advice', (s) => s.replace('verdictSummary: Positief.\n', '').replace(/\n---\n\n/, '\nverdictSummary: >\n  Positief.\n---\n\n'));
		expect(last.errors).toEqual([]);
		const letter = changed('advice', (s) => s.replace('verdictSummary: Positief.\n', '').replace(/\n---\n\n/, '\nverdictSummary: >\n  Positief.\n---\n\nGeacht college,\n\n---\n\nMeer.\n'));
		expect(letter.errors).toEqual([]);
	});

	it("refuses YAML merge keys and tags, which Astro's parser reads differently", () => {
		const merge = changed('advice', (s) => s.replace('verdict: positief', 'verdict: positief\n<<: { sourceFile: bronnen/x.txt }'));
		expect(merge.errors[0]).toMatchObject({ line: lineContaining(merge.doc.source, '<<:'), message: 'de gegevens bovenaan het bestand zijn niet goed geschreven: samenvoegen met << wordt niet ondersteund', fix: 'schrijf de velden zelf uit' });
		const tag = changed('advice', (s) => s.replace('verdict: positief', 'verdict: !!str positief'));
		expect(tag.errors[0]?.message).toContain('een YAML-label (tag:yaml.org,2002:str) wordt niet ondersteund');
	});

	it('refuses a source letter under a name a browser would run', () => {
		const { errors } = changed('advice', (s) => s.replace('verdict: positief', 'verdict: positief\nsourceFile: bronnen/brief.html'));
		expect(errors[0]).toMatchObject({ field: 'sourceFile', message: '"bronnen/brief.html" kan niet als bronbrief gepubliceerd worden; schrijf bronnen/<naam>.txt (of .pdf, .docx, .odt), met alleen letters, cijfers, punten en streepjes in de naam' });
	});
});

describe('bodies are text, not programs', () => {
	const cases: { name: string; text: string; message: string; fix?: string }[] = [
		{ name: 'an import', text: 'import fs from "node:fs"', message: 'de tekst bevat een import of export (programmacode); dat mag niet in een advies of DVO' },
		{ name: 'an expression', text: 'De host is {fs.readFileSync("/etc/hostname","utf8")}.', message: 'de tekst bevat programmacode tussen accolades { }; dat mag niet in een advies of DVO', fix: 'bedoelt u een accolade als gewoon teken? Schrijf dan \\{ en \\} (met een backslash ervoor)' },
		{ name: 'process.exit', text: '{process.exit(1)}', message: 'de tekst bevat programmacode tussen accolades { }; dat mag niet in een advies of DVO' },
		{ name: 'a script', text: '<script>alert(1)</script>', message: 'de tekst bevat het element <script>; HTML en componenten mogen niet in een advies of DVO (alleen <br>, <sub>, <sup>, zonder attributen)' },
		{ name: 'an iframe', text: '<iframe src="https://evil.example"></iframe>', message: 'de tekst bevat het element <iframe>; HTML en componenten mogen niet in een advies of DVO (alleen <br>, <sub>, <sup>, zonder attributen)' },
		{ name: 'a javascript: link', text: '[hier](javascript:alert(1))', message: 'de link "javascript:alert(1)" gebruikt een schema (javascript:) dat programmacode of een ingebed bestand kan zijn' },
		{ name: 'a data: link in a reference definition', text: '[x]\n\n[x]: DATA:text/html,<script>alert(1)</script>', message: 'de link "DATA:text/html,<script>alert(1)</script>" gebruikt een schema (data:) dat programmacode of een ingebed bestand kan zijn' },
	];

	it.each(cases)('refuses $name in an advice with the file, the line and a fix', ({ text, message, fix }) => {
		const body = `Geacht college,\n\n## Budget\n\nTekst.\n\n${text}\n`;
		const doc = adviceDocument({ body });
		const errors = checkArchive(archiveOf({ documents: [doc, dvoDocument()] })).problems.filter((p) => p.severity === 'error');
		expect(errors[0]).toMatchObject({ file: ADVICE_PATH, line: lineContaining(doc.source, text.split('\n').at(-1)!.slice(0, 8)), field: 'tekst', message });
		if (fix) expect(errors[0]?.fix).toBe(fix);
	});

	it('refuses the same in a DVO body', () => {
		const doc = dvoDocument({ body: 'Tekst.\n\n<Script src="/x.js" />\n' });
		const errors = checkArchive(archiveOf({ documents: [adviceDocument(), doc] })).problems;
		expect(errors.map(formatProblem)).toEqual([expect.stringContaining(`FOUT ${DVO_PATH}:${lineContaining(doc.source, '<Script')} veld "tekst": de tekst bevat het element <Script>`)]);
	});

	it('accepts Markdown: links, tables, footnotes, escaped braces and the short list of elements', () => {
		const body = 'Geacht college,\n\n## Budget\n\nZie [de site](https://www.heumen.nl/?q=1&b=2), mail secretaris@bar-heumen.nl, \\{niet\\} en x<sup>2</sup>[^1].\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n[^1]: Noot.\n';
		expect(checkArchive(archiveOf({ documents: [adviceDocument({ body }), dvoDocument()] })).problems).toEqual([]);
	});

	it('uses the shared builders through the schemas', () => {
		expect(() => dvoDocument({ fields: dvoFields({ version: 'concept' }) })).toThrow();
	});
});
