import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignSections, similarity } from './align.ts';
import { splitSections } from './sections.ts';
import { countWords, diffDocuments, diffText, joinReplacements } from './text-diff.ts';

const doc = (...sections: [string, string][]) => sections.map(([h, t]) => `## ${h}\n\n${t}\n`).join('\n');

describe('splitSections', () => {
	it('splits at headings, keeps text before the first heading, ignores # inside code', () => {
		const sections = splitSections('Inleiding.\n\n## Eén\n\nTekst   met  spaties.\n\n```\n# geen kop\n```\n\n### Twee ##\n\nMeer.');
		expect(sections.map((s) => [s.level, s.heading])).toEqual([
			[0, ''],
			[2, 'Eén'],
			[3, 'Twee'],
		]);
		expect(sections[1]!.text).toBe('Tekst met spaties.\n\n```\n# geen kop\n```');
	});
	it('has no sections for an empty text', () => {
		expect(splitSections('  \n\n')).toEqual([]);
	});
});

describe('diffDocuments', () => {
	const old = doc(
		['Artikel 1 Basis', 'Het WerkBedrijf helpt zorgjongeren naar een opleiding.'],
		['Artikel 2 Geld', 'De gemeente besteedt 15% van het budget aan lokale keuzes.'],
		['Artikel 3 Kwaliteit', 'Het WerkBedrijf rapporteert elk kwartaal over de kwaliteit van de dienstverlening.'],
		['Artikel 4 Oud', 'Deze afspraak vervalt helemaal in de nieuwe versie van de overeenkomst.'],
		['Artikel 5 Monitoring', 'De partijen evalueren de lokale keuzes elk jaar samen.'],
	);
	const next = doc(
		['Artikel 5 Monitoring', 'De partijen evalueren de lokale keuzes elk jaar samen.'],
		['Artikel 1 Basis', 'Het WerkBedrijf helpt jongeren naar een opleiding.'],
		['Artikel 2 Geld', 'De gemeente besteedt 15% van het budget aan lokale keuzes.'],
		['Artikel 3 Kwaliteit en klachten', 'Het WerkBedrijf rapporteert elk kwartaal over de kwaliteit van de dienstverlening en over klachten.'],
		['Artikel 6 Nieuw', 'Een geheel nieuwe bepaling over privacy.'],
	);
	const diff = diffDocuments(old, next);
	const byHeading = (h: string) => diff.sections.find((s) => s.heading === h)!;

	it('finds changed words inside a section', () => {
		expect(byHeading('Artikel 1 Basis')).toMatchObject({ kind: 'changed', renamed: false, moved: false });
		expect(byHeading('Artikel 1 Basis').parts).toEqual([
			{ type: 'same', text: 'Het WerkBedrijf helpt ' },
			{ type: 'del', text: 'zorgjongeren' },
			{ type: 'ins', text: 'jongeren' },
			{ type: 'same', text: ' naar een opleiding.' },
		]);
	});
	it('leaves an equal section unchanged', () => {
		expect(byHeading('Artikel 2 Geld')).toMatchObject({ kind: 'unchanged', parts: [{ type: 'same' }] });
	});
	it('recognises a renamed section by its content', () => {
		const s = byHeading('Artikel 3 Kwaliteit en klachten');
		expect(s).toMatchObject({ kind: 'changed', renamed: true, oldHeading: 'Artikel 3 Kwaliteit' });
		expect(s.headingParts).toEqual([
			{ type: 'same', text: 'Artikel 3 Kwaliteit' },
			{ type: 'ins', text: ' en klachten' },
		]);
	});
	it('marks a section that changed place as moved', () => {
		expect(byHeading('Artikel 5 Monitoring')).toMatchObject({ kind: 'unchanged', moved: true });
		expect(diff.sections.filter((s) => s.moved)).toHaveLength(1);
	});
	it('shows removed and added sections, the removed one where it stood', () => {
		expect(diff.sections.map((s) => `${s.kind}:${s.heading}`)).toEqual([
			'unchanged:Artikel 5 Monitoring',
			'changed:Artikel 1 Basis',
			'unchanged:Artikel 2 Geld',
			'changed:Artikel 3 Kwaliteit en klachten',
			'removed:Artikel 4 Oud',
			'added:Artikel 6 Nieuw',
		]);
		expect(byHeading('Artikel 4 Oud').parts.every((p) => p.type === 'del')).toBe(true);
		expect(diff.counts).toEqual({ added: 1, removed: 1, changed: 2, unchanged: 2, renamed: 1, moved: 1 });
	});
	it('counts inserted and deleted words', () => {
		expect(byHeading('Artikel 6 Nieuw').insertedWords).toBe(6);
		expect(byHeading('Artikel 4 Oud').deletedWords).toBe(11);
	});
	it('says two equal texts are identical', () => {
		expect(diffDocuments(old, old).identical).toBe(true);
		expect(diff.identical).toBe(false);
	});
});

describe('similarity and alignment', () => {
	it('is 1 for the same words and 0 for none in common', () => {
		expect(similarity('de gemeente betaalt', 'De gemeente betaalt.')).toBe(1);
		expect(similarity('a b', 'c d')).toBe(0);
	});
	it('is not fooled by the same words in another order', () => {
		expect(similarity('de gemeente betaalt het werkbedrijf voor coaching', 'coaching voor werkbedrijf het betaalt gemeente de')).toBe(0);
	});
	it('pairs repeated headings in order', () => {
		const s = (heading: string, text: string) => ({ heading, level: 2, text });
		expect(alignSections([s('Toelichting', 'een'), s('Toelichting', 'twee')], [s('Toelichting', 'een'), s('Toelichting', 'drie')]).map((p) => [p.oldIndex, p.newIndex])).toEqual([
			[0, 0],
			[1, 1],
		]);
	});
});

const wordArb = fc.constantFrom('de', 'gemeente', 'WerkBedrijf', 'lokale', 'keuzes', 'budget', '15%', 'coaching,', 'jaar.', 'fte', 'Heumen');
const textArb = fc.array(wordArb, { maxLength: 40 }).map((words) => words.join(' '));
const words = (text: string) => text.split(/\s+/).filter(Boolean);

describe('diffText, for any two texts', () => {
	it('the kept and deleted parts give the old text, the kept and inserted parts the new text', () => {
		fc.assert(
			fc.property(textArb, textArb, (a, b) => {
				const parts = diffText(a, b);
				expect(words(parts.filter((p) => p.type !== 'ins').map((p) => p.text).join(' '))).toEqual(words(a));
				expect(words(parts.filter((p) => p.type !== 'del').map((p) => p.text).join(' '))).toEqual(words(b));
			}),
		);
	});
	it('gives back both texts exactly, paragraph breaks included, for texts of several paragraphs', () => {
		const paragraphsArb = fc.array(fc.oneof(textArb.filter((t) => t !== ''), fc.constant('Artikel 3 blijft gelijk.')), { maxLength: 6 }).map((ps) => ps.join('\n\n'));
		fc.assert(
			fc.property(paragraphsArb, paragraphsArb, (a, b) => {
				const parts = diffText(a, b);
				expect(parts.filter((p) => p.type !== 'ins').map((p) => p.text).join('')).toBe(a);
				expect(parts.filter((p) => p.type !== 'del').map((p) => p.text).join('')).toBe(b);
				// Merged: never two parts of the same type in a row.
				parts.forEach((p, i) => expect(p.type).not.toBe(parts[i - 1]?.type));
			}),
		);
	});
	it('gives back both texts exactly for any characters: runs of spaces, tabs, empty paragraphs, breaks at the edges', () => {
		const anyText = fc.string({ unit: fc.constantFrom('a', 'b', 'kwaliteit', '14.000', ' ', '  ', '\t', '\n', '\n\n', '.', ','), maxLength: 40 });
		fc.assert(
			fc.property(anyText, anyText, (a, b) => {
				const parts = diffText(a, b);
				expect(parts.filter((p) => p.type !== 'ins').map((p) => p.text).join('')).toBe(a);
				expect(parts.filter((p) => p.type !== 'del').map((p) => p.text).join('')).toBe(b);
			}),
			{ numRuns: 500 },
		);
	});
	it('keeps unchanged paragraphs whole and shows a rewritten paragraph removed and inserted', () => {
		const kept = 'De gemeente Heumen kiest zelf hoe zij het budget voor participatiecoaching inzet.';
		const rewritten = Array.from({ length: 25 }, (_, i) => `oud${i}`).join(' ');
		const rewrite = Array.from({ length: 25 }, (_, i) => `nieuw${i}`).join(' ');
		expect(diffText(`${kept}\n\n${rewritten}`, `${kept}\n\n${rewrite}`)).toEqual([
			{ type: 'same', text: `${kept}\n\n` },
			{ type: 'del', text: rewritten },
			{ type: 'ins', text: rewrite },
		]);
		// An edited paragraph still gets its word diff.
		expect(diffText(`${kept}\n\nHet budget is € 14.000.`, `${kept}\n\nHet budget is € 24.000.`).filter((p) => p.type !== 'same')).toEqual([
			{ type: 'del', text: '14.000' },
			{ type: 'ins', text: '24.000' },
		]);
	});
	it('every section of both versions appears exactly once', () => {
		const sectionArb = fc.uniqueArray(fc.tuple(fc.constantFrom('Artikel 1', 'Artikel 2', 'Artikel 3', 'Bijlage', 'Slot'), textArb), { maxLength: 5, selector: ([h]) => h });
		fc.assert(
			fc.property(sectionArb, sectionArb, (a, b) => {
				const diff = diffDocuments(doc(...a), doc(...b));
				expect(diff.sections.filter((s) => s.newHeading !== undefined).map((s) => s.newHeading)).toEqual(b.map(([h]) => h));
				expect(diff.sections.filter((s) => s.oldHeading !== undefined).map((s) => s.oldHeading).sort()).toEqual(a.map(([h]) => h).sort());
				expect(diff.insertedWords >= 0 && countWords(doc(...b)) >= diff.insertedWords).toBe(true);
			}),
		);
	});
});

describe('a rewritten section', () => {
	it('is marked, and shows the old text removed and the new inserted, each exactly and whole', () => {
		const before = Array.from({ length: 30 }, (_, i) => `oud${i}`).join(' ');
		const after = Array.from({ length: 30 }, (_, i) => `nieuw${i}`).join(' ');
		const diff = diffDocuments(`## Artikel 1\n\n${before}\n`, `## Artikel 1\n\n${after}\n`);
		expect(diff.sections).toHaveLength(1);
		expect(diff.sections[0]).toMatchObject({ kind: 'changed', rewritten: true, parts: [{ type: 'del', text: before }, { type: 'ins', text: after }] });
		// An edited section is not a rewrite.
		const edited = diffDocuments(`## Artikel 1\n\n${before}\n`, `## Artikel 1\n\n${before.replace('oud7', 'nieuw7')}\n`);
		expect(edited.sections[0]).toMatchObject({ kind: 'changed', rewritten: false });
	});
});

describe('joinReplacements', () => {
	it('joins changes that only spaces separate into one replacement, spaces at the edges kept outside', () => {
		expect(
			joinReplacements([
				{ type: 'same', text: 'begeleidt ' },
				{ type: 'del', text: 'zorgjongeren' },
				{ type: 'ins', text: 'jongeren' },
				{ type: 'same', text: ' ' },
				{ type: 'ins', text: 'voor wie ' },
				{ type: 'same', text: 'naar' },
			]),
		).toEqual([
			{ type: 'same', text: 'begeleidt ' },
			{ type: 'del', text: 'zorgjongeren' },
			{ type: 'ins', text: 'jongeren voor wie' },
			{ type: 'same', text: ' ' },
			{ type: 'same', text: 'naar' },
		]);
	});
	it('leaves a run that only inserts (or only removes) as it is', () => {
		const onlyInserts = [
			{ type: 'ins', text: 'nieuw' },
			{ type: 'same', text: ' ' },
			{ type: 'ins', text: 'woord' },
		] as const;
		expect(joinReplacements(onlyInserts)).toEqual(onlyInserts);
	});
});
