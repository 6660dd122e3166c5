import { describe, expect, it } from 'vitest';
import { checkArchive } from '../content/check-archive.ts';
import { formatProblem } from '../content/problems.ts';
import type { RawArchive } from '../content/read-archive.ts';

const settings = { displayPath: 'c/instellingen.yaml', source: 'councilName: Raad\ncouncilShortName: R\nmunicipality: Gemeente X\npartner: P\nbaseUrl: https://example.org\ncontact: {}\n' };
const dvo = { kind: 'dvo' as const, id: '2026/ontwerp', displayPath: 'c/dvo/2026/ontwerp.mdx', source: '---\ntitle: DVO 2026\nperiod:\n  firstYear: 2026\n  lastYear: 2026\nversion: ontwerp\nparties: [A, B]\nsource:\n  description: test\n---\n\nTekst.\n' };
const advice = (frontmatterExtra: string) => ({
	kind: 'advice' as const,
	id: '2025-advies',
	displayPath: 'c/adviezen/2025-advies.mdx',
	source: `---\ntitle: "Advies" ${frontmatterExtra}\nyear: 2025\ncouncil: Raad\naddressee: College\ndvo: 2026/ontwerp\nverdict: positief\nverdictSummary: Goed.\n---\n\nTekst.\n`,
});
const archive = (extra: Partial<RawArchive>, adviceExtra = ''): RawArchive => ({ contentDir: 'c', documents: [dvo, advice(adviceExtra)], settings, sourceFiles: [], ...extra });

describe('editorial checks in the content check', () => {
	it('warns about an unchecked suggestion of the import, naming the field', () => {
		const { problems } = checkArchive(archive({}, '# VOORSTEL: controleer de titel'), { mdxSyntax: false });
		expect(problems.map(formatProblem)).toEqual([
			'LET OP c/adviezen/2025-advies.mdx:2 veld "title": hier staat nog een voorstel (van npm run import of npm run nieuwe-versie) dat niet is nagekeken\n    Oplossing: controleer de waarde, pas die zo nodig aan en haal dan het commentaar "# VOORSTEL: …" weg',
		]);
		expect(checkArchive(archive({}, '# gecontroleerd'), { mdxSyntax: false }).problems).toEqual([]);
	});

	it('reports a broken language guide as an error, and reads a good one', () => {
		const broken = checkArchive(archive({ languageGuide: { displayPath: 'c/taalwijzer.yaml', source: '- id: x\n  avoid: []\n  instead: y\n' } }), { mdxSyntax: false });
		expect(broken.problems.some((p) => p.severity === 'error' && p.file === 'c/taalwijzer.yaml')).toBe(true);
		const good = checkArchive(archive({ languageGuide: { displayPath: 'c/taalwijzer.yaml', source: '- id: tekst\n  avoid: [tekst]\n  instead: woorden\n  reason: test\n' } }), { mdxSyntax: false });
		expect(good.problems.map((p) => [p.severity, p.file, p.line])).toEqual([
			['warning', 'c/adviezen/2025-advies.mdx', 11],
			['warning', 'c/dvo/2026/ontwerp.mdx', 12],
		]);
	});

	it('fails on a damaged lock file', () => {
		const { problems } = checkArchive(archive({ lock: { displayPath: 'c/gepubliceerd.lock.json', source: '{ kapot' } }), { mdxSyntax: false });
		expect(problems.map((p) => [p.severity, p.file])).toEqual([['error', 'c/gepubliceerd.lock.json']]);
		expect(problems[0]!.fix).toContain('npm run lock');
	});
});
