import { describe, expect, it } from 'vitest';
import { checkArchive } from '../content/check-archive.ts';
import { splitDocument } from '../content/frontmatter.ts';
import type { RawArchive } from '../content/read-archive.ts';
import { corpusShape, extraAdvice, generateCorpus, MAX_PERIODS, type Corpus } from './corpus.ts';
import { wordCount } from './word-bank.ts';
import { publishedComparisons } from '../local-choices/sources.ts';
import { diffDocuments } from '../text-diff/text-diff.ts';

function asArchive(corpus: Corpus): RawArchive {
	const file = (p: string) => corpus.files.find((f) => f.path === p);
	return {
		contentDir: 'bench',
		documents: corpus.files
			.filter((f) => f.path.endsWith('.mdx'))
			.map((f) => ({
				kind: f.path.startsWith('adviezen/') ? ('advice' as const) : ('dvo' as const),
				id: f.path.replace(/^(adviezen|dvo)\//, '').replace(/\.mdx$/, ''),
				displayPath: `bench/${f.path}`,
				source: f.content,
			})),
		settings: { displayPath: 'bench/instellingen.yaml', source: file('instellingen.yaml')!.content },
		glossary: { displayPath: 'bench/begrippen.yaml', source: file('begrippen.yaml')!.content },
		sourceFiles: [],
	};
}

describe('generateCorpus', () => {
	it('gives the same files for the same seed and different files for another seed', () => {
		const a = generateCorpus({ documents: 30, seed: 1 });
		const b = generateCorpus({ documents: 30, seed: 1 });
		const c = generateCorpus({ documents: 30, seed: 2 });
		expect(b.files).toEqual(a.files);
		expect(c.files.map((f) => f.content)).not.toEqual(a.files.map((f) => f.content));
	});

	it('holds the requested number of documents, about half advice and half DVO versions', () => {
		for (const documents of [2, 21, 100, 1000]) {
			const corpus = generateCorpus({ documents });
			const mdx = corpus.files.filter((f) => f.path.endsWith('.mdx'));
			expect(mdx).toHaveLength(documents);
			expect(mdx.filter((f) => f.path.startsWith('adviezen/'))).toHaveLength(corpus.advice);
			expect(mdx.filter((f) => f.path.startsWith('dvo/'))).toHaveLength(corpus.dvo);
			expect(Math.abs(corpus.advice - corpus.dvo)).toBeLessThanOrEqual(1);
		}
		expect(() => corpusShape(1)).toThrow();
	});

	it('passes the content check, MDX syntax included', () => {
		const { problems } = checkArchive(asArchive(generateCorpus({ documents: 60 })));
		expect(problems).toEqual([]);
	});

	it('passes the content check at regional size, with many versions per period', () => {
		const corpus = generateCorpus({ documents: 2400 });
		expect(corpus.periods).toBe(MAX_PERIODS);
		const paths = corpus.files.map((f) => f.path);
		expect(paths).toContain('dvo/1990-1991/gewijzigd-2-fictiefdorp.mdx');
		expect(paths).toContain('dvo/1990-1991/ontwerp-bedachtum.mdx');
		const { problems, advice, dvo } = checkArchive(asArchive(corpus), { mdxSyntax: false });
		expect(problems).toEqual([]);
		expect(advice).toHaveLength(1200);
		expect(dvo).toHaveLength(1200);
	});

	it('makes the versions the site compares share most of their text, as real versions do', () => {
		const checked = checkArchive(asArchive(generateCorpus({ documents: 60 })));
		const versionPairs = publishedComparisons(checked.dvo).filter((c) => c.a.kind === 'version');
		expect(versionPairs.length).toBeGreaterThan(10);
		const changedShare = versionPairs.map((c) => {
			const diff = diffDocuments(c.a.version.body ?? '', c.b.version.body ?? '');
			return diff.deletedWords / Math.max(1, wordCount(c.a.version.body ?? ''));
		});
		const median = changedShare.sort((x, y) => x - y)[Math.floor(changedShare.length / 2)]!;
		expect(median).toBeGreaterThan(0);
		expect(median).toBeLessThan(0.4);
	});

	it('is marked as fictional', () => {
		const { settings } = checkArchive(asArchive(generateCorpus({ documents: 4 })));
		expect(settings?.fictional).toBe(true);
		expect(settings?.councilName).toMatch(/Verzonnen/);
	});

	it('writes letter-length Dutch bodies with headings, points and local-choice tables', () => {
		const corpus = generateCorpus({ documents: 100 });
		const checked = checkArchive(asArchive(corpus));
		for (const doc of [...checked.advice, ...checked.dvo]) {
			const words = wordCount(doc.body);
			expect(words).toBeGreaterThanOrEqual(400);
			expect(words).toBeLessThanOrEqual(1500);
			expect(doc.body).toMatch(/^## \S/m);
		}
		for (const advice of checked.advice) {
			expect(advice.body.trimStart().startsWith('Geacht college,')).toBe(true);
			expect(advice.data.points.length).toBeGreaterThanOrEqual(2);
		}
		for (const version of checked.dvo) {
			expect(version.data.localChoices?.years.length).toBe(2);
			for (const year of version.data.localChoices!.years) {
				expect(year.lines.length).toBeGreaterThanOrEqual(4);
				expect(year.total).toBe(year.lines.reduce((sum, l) => sum + l.amount, 0));
			}
		}
		const allText = corpus.files.map((f) => splitDocument(f.content).body).join(' ');
		for (const word of ['participatie', 'werkgevers', 're-integratie', 'participatiecoaches', 'dienstverleningsovereenkomst']) expect(allText).toContain(word);
	});
});

describe('extraAdvice', () => {
	it('adds one new, valid advice to a corpus, as an editor adds one to a built archive', () => {
		for (const documents of [40, 41]) {
			const corpus = generateCorpus({ documents });
			const extra = extraAdvice({ documents });
			expect(extra.path).toMatch(/^adviezen\/\d{4}-advies-\d{5}\.mdx$/);
			expect(corpus.files.map((f) => f.path)).not.toContain(extra.path);
			const { problems, advice } = checkArchive(asArchive({ ...corpus, files: [...corpus.files, extra] }));
			expect(problems).toEqual([]);
			expect(advice).toHaveLength(corpus.advice + 1);
			// About a DVO version of the corpus, like every other advice.
			const added = advice.find((a) => extra.path.endsWith(`${a.id}.mdx`))!;
			expect(checkArchive(asArchive(corpus)).dvo.map((v) => v.id)).toContain(added.data.dvo);
		}
	});

	it('is the same for the same corpus and differs from the advice already in it', () => {
		expect(extraAdvice({ documents: 40, seed: 3 })).toEqual(extraAdvice({ documents: 40, seed: 3 }));
		const bodies = generateCorpus({ documents: 40, seed: 3 }).files.map((f) => splitDocument(f.content).body);
		expect(bodies).not.toContain(splitDocument(extraAdvice({ documents: 40, seed: 3 }).content).body);
	});
});
