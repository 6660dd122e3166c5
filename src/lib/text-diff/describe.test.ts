import { describe, expect, it } from 'vitest';
import { documentSummary, sectionStatus } from './describe.ts';
import { diffDocuments } from './text-diff.ts';

describe('a text diff in words', () => {
	it('says what happened to a section, renamed heading included', () => {
		const diff = diffDocuments('## Artikel 3 Kwaliteit\n\nDe klant krijgt een reactie.', '## Artikel 3 Kwaliteit en klachten\n\nDe klant krijgt snel een reactie.');
		expect(sectionStatus(diff.sections[0]!)).toBe('Gewijzigd; nieuwe kop, was: "Artikel 3 Kwaliteit"; 1 woord toegevoegd, 0 woorden verwijderd');
	});

	it('sums up the document without zero counts', () => {
		const diff = diffDocuments('## A\n\nEen tekst.', '## A\n\nEen andere tekst.');
		expect(documentSummary(diff)).toBe('1 deel gewijzigd; 1 woord toegevoegd en 0 woorden verwijderd.');
		expect(documentSummary(diffDocuments('## A\n\nGelijk.', '## A\n\nGelijk.'))).toBe('De tekst is in beide versies gelijk.');
	});
});
