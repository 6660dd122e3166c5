/**
 * The text diff of two versions of a document: sections aligned by heading (or, when renamed,
 * by content), then a word-level diff inside each section with jsdiff.
 */
import { diffWords } from 'diff';
import { alignSections } from './align.ts';
import { splitSections, type TextSection } from './sections.ts';

export interface DiffPart {
	type: 'same' | 'ins' | 'del';
	text: string;
}

export type SectionKind = 'unchanged' | 'changed' | 'added' | 'removed';

export interface SectionDiff {
	kind: SectionKind;
	/** The heading as it is now (or was, for a removed section). */
	heading: string;
	level: number;
	oldHeading?: string;
	newHeading?: string;
	/** True when the section kept its content but got another heading. */
	renamed: boolean;
	/** True when the section stands elsewhere in the new version. */
	moved: boolean;
	/** The heading's word diff, when renamed. */
	headingParts?: DiffPart[];
	/** The section text's word diff (all 'ins' for an added section, all 'del' for a removed one). */
	parts: DiffPart[];
	insertedWords: number;
	deletedWords: number;
}

export interface DocumentDiff {
	sections: SectionDiff[];
	/** True when nothing differs. */
	identical: boolean;
	insertedWords: number;
	deletedWords: number;
	counts: { added: number; removed: number; changed: number; unchanged: number; renamed: number; moved: number };
}

/** Number of words (runs of letters or digits) in a text. */
export function countWords(text: string): number {
	return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/** Word diff of two texts, adjacent parts of the same type merged. */
export function diffText(oldText: string, newText: string): DiffPart[] {
	if (oldText === newText) return oldText === '' ? [] : [{ type: 'same', text: oldText }];
	const parts: DiffPart[] = [];
	for (const change of diffWords(oldText, newText)) {
		const type: DiffPart['type'] = change.added ? 'ins' : change.removed ? 'del' : 'same';
		const last = parts.at(-1);
		if (last && last.type === type) last.text += change.value;
		else if (change.value !== '') parts.push({ type, text: change.value });
	}
	return parts;
}

function sectionDiff(oldSection: TextSection | undefined, newSection: TextSection | undefined, moved: boolean): SectionDiff {
	const shown = (newSection ?? oldSection)!;
	const parts = diffText(oldSection?.text ?? '', newSection?.text ?? '');
	const renamed = !!oldSection && !!newSection && oldSection.heading !== newSection.heading;
	const insertedWords = parts.filter((p) => p.type === 'ins').reduce((n, p) => n + countWords(p.text), 0);
	const deletedWords = parts.filter((p) => p.type === 'del').reduce((n, p) => n + countWords(p.text), 0);
	const kind: SectionKind = !oldSection ? 'added' : !newSection ? 'removed' : parts.some((p) => p.type !== 'same') || renamed ? 'changed' : 'unchanged';
	return {
		kind,
		heading: shown.heading,
		level: shown.level,
		oldHeading: oldSection?.heading,
		newHeading: newSection?.heading,
		renamed,
		moved,
		headingParts: renamed ? diffText(oldSection.heading, newSection.heading) : undefined,
		parts,
		insertedWords,
		deletedWords,
	};
}

/** Compares two versions of a Markdown/MDX text. */
export function diffDocuments(oldMarkdown: string, newMarkdown: string): DocumentDiff {
	const oldSections = splitSections(oldMarkdown);
	const newSections = splitSections(newMarkdown);
	const sections = alignSections(oldSections, newSections).map((pair) =>
		sectionDiff(pair.oldIndex === undefined ? undefined : oldSections[pair.oldIndex], pair.newIndex === undefined ? undefined : newSections[pair.newIndex], pair.moved),
	);
	const counts = { added: 0, removed: 0, changed: 0, unchanged: 0, renamed: 0, moved: 0 };
	for (const s of sections) {
		counts[s.kind] += 1;
		if (s.renamed) counts.renamed += 1;
		if (s.moved) counts.moved += 1;
	}
	return {
		sections,
		identical: sections.every((s) => s.kind === 'unchanged' && !s.moved),
		insertedWords: sections.reduce((n, s) => n + s.insertedWords, 0),
		deletedWords: sections.reduce((n, s) => n + s.deletedWords, 0),
		counts,
	};
}
