/** The editorial rules inside the content check: import suggestions, the language guide, the lock file. */
import { describe, expect, it } from 'vitest';
import { adviceDocument, adviceFields, archiveOf, dvoDocument, lineContaining, mdx } from '../../../../tests/support/documents.ts';
import { checkArchive } from '../check-archive.ts';
import { formatProblem } from '../problems.ts';

describe('editorial rules in the content check', () => {
	it('warns about an unchecked suggestion of the import, naming the field and its line', () => {
		const advice = adviceDocument();
		const suggested = { ...advice, source: advice.source.replace(/^title: (.*)$/m, 'title: $1 # VOORSTEL: controleer de titel') };
		const { problems } = checkArchive(archiveOf({ documents: [suggested, dvoDocument()] }), { mdxSyntax: false });
		expect(problems.map(formatProblem)).toEqual([
			`LET OP content/adviezen/2025-advies.mdx:${lineContaining(suggested.source, 'VOORSTEL')} veld "title": hier staat nog een voorstel (van npm run import of npm run nieuwe-versie) dat niet is nagekeken\n    Oplossing: controleer de waarde, pas die zo nodig aan en haal dan het commentaar "# VOORSTEL: …" weg`,
		]);
		const checked = { ...advice, source: advice.source.replace(/^title: (.*)$/m, 'title: $1 # gecontroleerd') };
		expect(checkArchive(archiveOf({ documents: [checked, dvoDocument()] }), { mdxSyntax: false }).problems).toEqual([]);
	});

	it('reports a broken language guide as an error, and warns with the line of each avoided word', () => {
		const broken = checkArchive(archiveOf({ languageGuide: { displayPath: 'c/taalwijzer.yaml', source: '- id: x\n  avoid: []\n  instead: y\n' } }), { mdxSyntax: false });
		expect(broken.problems.filter((p) => p.severity === 'error').map((p) => [p.file, p.field])).toEqual([['c/taalwijzer.yaml', '1 → avoid'], ['c/taalwijzer.yaml', '1 → reason']]);
		const advice = adviceDocument({ body: 'Geacht college,\n\n## Budget\n\nDe tekst.' });
		const dvo = dvoDocument({ body: 'Een tekst.' });
		const good = checkArchive(archiveOf({ documents: [advice, dvo], languageGuide: { displayPath: 'c/taalwijzer.yaml', source: '- id: tekst\n  avoid: [tekst]\n  instead: woorden\n  reason: test\n' } }), { mdxSyntax: false });
		expect(good.problems.map((p) => [p.severity, p.file, p.line])).toEqual([
			['warning', 'content/adviezen/2025-advies.mdx', lineContaining(advice.source, 'De tekst.')],
			['warning', 'content/dvo/2026-2027/ontwerp.mdx', lineContaining(dvo.source, 'Een tekst.')],
		]);
	});

	it('fails on a damaged lock file, and says to restore it', () => {
		const { problems } = checkArchive(archiveOf({ lock: { displayPath: 'c/gepubliceerd.lock.json', source: '{ kapot' } }), { mdxSyntax: false });
		expect(problems.map((p) => [p.severity, p.file])).toEqual([['error', 'c/gepubliceerd.lock.json']]);
		expect(problems[0]!.fix).toContain('git checkout');
	});

	it('fails an advice that is a copy of another under a new name, or has the same title and date', () => {
		const original = adviceDocument();
		const copy = adviceDocument({ id: '2025-kopie' });
		const sameTitle = adviceDocument({ id: '2025-titel', body: 'Geacht college,\n\n## Budget\n\nEen andere tekst.' });
		const { problems } = checkArchive(archiveOf({ documents: [original, copy, sameTitle, dvoDocument()] }));
		expect(problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([
			`FOUT content/adviezen/2025-kopie.mdx:${lineContaining(copy.source, 'Geacht college')} veld "tekst": dit advies heeft dezelfde tekst als content/adviezen/2025-advies.mdx; het zou twee keer gepubliceerd worden\n    Oplossing: verwijder de kopie; is het een nieuwe versie, zet dan de nieuwe tekst erin`,
			`FOUT content/adviezen/2025-titel.mdx:${lineContaining(sameTitle.source, 'title:')} veld "title": dit advies heeft dezelfde titel en datum als content/adviezen/2025-advies.mdx\n    Oplossing: geef elk document een eigen titel, of verwijder de kopie`,
		]);
		// A different title in the same year is another advice.
		const other = { ...sameTitle, source: mdx(adviceFields({ title: 'Tweede advies' }), 'Geacht college,\n\n## Budget\n\nEen andere tekst.') };
		expect(checkArchive(archiveOf({ documents: [original, other, dvoDocument()] })).problems).toEqual([]);
	});
});
