/**
 * A text diff in words: the status line of each section ("Gewijzigd; nieuwe kop, was: …;
 * 3 woorden toegevoegd, 1 woord verwijderd") and the summary of the whole document, with the
 * words from src/lib/labels.ts. The comparison page's TextDiff shows these.
 */
import { sectionChangeLabels, sectionNoteLabels } from '../labels.ts';
import type { DocumentDiff, SectionDiff } from './text-diff.ts';

/** "1 woord", "3 woorden". */
export function words(n: number): string {
	return `${n} ${n === 1 ? 'woord' : 'woorden'}`;
}

/** The heading a section is shown under; text before the first heading gets a name of its own. */
export function sectionHeading(section: Pick<SectionDiff, 'heading'>): string {
	return section.heading || sectionNoteLabels.beforeFirstHeading;
}

/** What happened to a section, in one line. */
export function sectionStatus(s: SectionDiff): string {
	return [
		sectionChangeLabels[s.kind],
		s.renamed ? `${sectionNoteLabels.renamed}: "${s.oldHeading || 'zonder kop'}"` : '',
		s.moved ? sectionNoteLabels.moved : '',
		s.rewritten ? sectionNoteLabels.rewritten : '',
		s.kind === 'changed' && (s.insertedWords > 0 || s.deletedWords > 0) ? `${words(s.insertedWords)} toegevoegd, ${words(s.deletedWords)} verwijderd` : '',
	]
		.filter(Boolean)
		.join('; ');
}

/** The whole comparison in one sentence, zeros left out. */
export function documentSummary(diff: DocumentDiff): string {
	if (diff.identical) return 'De tekst is in beide versies gelijk.';
	const c = diff.counts;
	const deel = (n: number) => `${n} ${n === 1 ? 'deel' : 'delen'}`;
	const parts = [c.changed > 0 ? `${deel(c.changed)} gewijzigd` : '', c.added > 0 ? `${deel(c.added)} nieuw` : '', c.removed > 0 ? `${deel(c.removed)} vervallen` : '', c.moved > 0 ? `${deel(c.moved)} verplaatst` : ''].filter(Boolean);
	const list = parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} en ${parts.at(-1)}`;
	return `${list.charAt(0).toUpperCase()}${list.slice(1)}; ${words(diff.insertedWords)} toegevoegd en ${words(diff.deletedWords)} verwijderd.`;
}
