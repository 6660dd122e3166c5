/**
 * The text diff of two versions of a document: sections aligned by heading (or, when renamed,
 * by content), then a word-level diff inside each section with jsdiff.
 */
import { diffArrays } from 'diff';
import { alignSections, similarity } from './align.ts';
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
	/**
	 * True when the section kept its place but its text was written anew: the old text is shown
	 * removed and the new text inserted, each as a whole (see REWRITE_SIMILARITY).
	 */
	rewritten: boolean;
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

/**
 * Two versions of a section of at least REWRITE_MIN_WORDS words each that share fewer word
 * pairs than this were rewritten, not edited. A word diff of them interleaves the few words
 * they share ("de", "van") with everything else, which nobody can read; and it is the slowest
 * case of the diff. Such a section is shown as the old text removed and the new text inserted.
 */
export const REWRITE_SIMILARITY = 0.2;
export const REWRITE_MIN_WORDS = 20;

/** True when two versions of a section are so different that they read as a rewrite. */
export function isRewrite(oldText: string, newText: string): boolean {
	if (oldText === newText || countWords(oldText) < REWRITE_MIN_WORDS || countWords(newText) < REWRITE_MIN_WORDS) return false;
	return similarity(oldText, newText) < REWRITE_SIMILARITY;
}

/**
 * The tokens of the word diff: words (an amount like 14.000 or 0,9 stays one word), runs of
 * whitespace, and single other characters. Together they are exactly the text, so the diff
 * never loses or adds a character (jsdiff's own diffWords moves whitespace around).
 */
const TOKEN = /[\p{L}\p{N}]+(?:[.,'’][\p{L}\p{N}]+)*|\s+|[^\p{L}\p{N}\s]/gu;

/** Word diff of two texts with jsdiff, over TOKEN tokens. */
function wordDiff(oldText: string, newText: string, out: DiffPart[]): void {
	const changes: DiffPart[] = diffArrays(oldText.match(TOKEN) ?? [], newText.match(TOKEN) ?? []).map((change) => ({
		type: change.added ? 'ins' : change.removed ? 'del' : 'same',
		text: change.value.join(''),
	}));
	for (const part of joinReplacements(changes)) push(out, part.type, part.text);
}

const isSpace = (part: DiffPart) => part.type === 'same' && /^\s+$/.test(part.text);

/**
 * Makes one replacement of a run of changes that only spaces separate, when the run both
 * removes and inserts words: "[−zorgjongeren−][+jongeren+] [+voor wie+]" reads better as
 * "[−zorgjongeren−][+jongeren voor wie+]". The spaces go into both sides, so the old and the new
 * text still join exactly; spaces both sides start or end with stay outside.
 */
export function joinReplacements(changes: readonly DiffPart[]): DiffPart[] {
	const out: DiffPart[] = [];
	let i = 0;
	while (i < changes.length) {
		if (changes[i]!.type === 'same') {
			out.push(changes[i]!);
			i++;
			continue;
		}
		// The run: changes, with only spaces between them.
		let end = i + 1;
		while (end < changes.length && (changes[end]!.type !== 'same' || (isSpace(changes[end]!) && end + 1 < changes.length && changes[end + 1]!.type !== 'same'))) end++;
		const run = changes.slice(i, end);
		const removes = run.some((p) => p.type === 'del');
		const inserts = run.some((p) => p.type === 'ins');
		if (!removes || !inserts) out.push(...run);
		else {
			const removed = run.filter((p) => p.type !== 'ins').map((p) => p.text).join('');
			const inserted = run.filter((p) => p.type !== 'del').map((p) => p.text).join('');
			const lead = commonSpace(/^\s*/.exec(removed)![0], /^\s*/.exec(inserted)![0], 'start');
			const rest = [removed.slice(lead.length), inserted.slice(lead.length)] as const;
			const trail = commonSpace(/\s*$/.exec(rest[0])![0], /\s*$/.exec(rest[1])![0], 'end');
			const parts: DiffPart[] = [
				{ type: 'same', text: lead },
				{ type: 'del', text: rest[0].slice(0, rest[0].length - trail.length) },
				{ type: 'ins', text: rest[1].slice(0, rest[1].length - trail.length) },
				{ type: 'same', text: trail },
			];
			out.push(...parts.filter((p) => p.text !== ''));
		}
		i = end;
	}
	return out;
}

/** The longest common start (or end) of two runs of spaces. */
function commonSpace(a: string, b: string, side: 'start' | 'end'): string {
	let n = 0;
	while (n < a.length && n < b.length && (side === 'start' ? a[n] === b[n] : a[a.length - 1 - n] === b[b.length - 1 - n])) n++;
	return side === 'start' ? a.slice(0, n) : a.slice(a.length - n);
}

/** Appends a part, merging it into the last one when they have the same type. */
function push(out: DiffPart[], type: DiffPart['type'], text: string): void {
	if (text === '') return;
	const last = out.at(-1);
	if (last && last.type === type) last.text += text;
	else out.push({ type, text });
}

const PARAGRAPH_BREAK = '\n\n';

/**
 * Word diff of two texts, adjacent parts of the same type merged. Paragraphs are compared
 * first, as a whole: unchanged paragraphs are kept as they are, and only a run of changed
 * paragraphs gets a word diff (or, when it was rewritten, is shown removed and inserted as a
 * whole). That keeps a change inside the paragraph where it happened, and keeps the word diff,
 * the slow part, small. The kept and deleted parts always join to the old text, the kept and
 * inserted parts to the new text.
 */
export function diffText(oldText: string, newText: string): DiffPart[] {
	if (oldText === newText) return oldText === '' ? [] : [{ type: 'same', text: oldText }];
	const out: DiffPart[] = [];
	const oldParagraphs = oldText === '' ? [] : oldText.split(PARAGRAPH_BREAK);
	const newParagraphs = newText === '' ? [] : newText.split(PARAGRAPH_BREAK);
	let oldStarted = false;
	let newStarted = false;
	// The break before a paragraph belongs to whichever versions already have text before it.
	const paragraphBreak = (inOld: boolean, inNew: boolean) => {
		const old = inOld && oldStarted;
		const now = inNew && newStarted;
		if (old && now) push(out, 'same', PARAGRAPH_BREAK);
		else if (old) push(out, 'del', PARAGRAPH_BREAK);
		else if (now) push(out, 'ins', PARAGRAPH_BREAK);
		if (inOld) oldStarted = true;
		if (inNew) newStarted = true;
	};
	let removed: string[] = [];
	let added: string[] = [];
	const flushChanged = () => {
		if (removed.length === 0 && added.length === 0) return;
		const before = removed.join(PARAGRAPH_BREAK);
		const after = added.join(PARAGRAPH_BREAK);
		paragraphBreak(removed.length > 0, added.length > 0);
		if (removed.length === 0) push(out, 'ins', after);
		else if (added.length === 0) push(out, 'del', before);
		else if (isRewrite(before, after)) {
			push(out, 'del', before);
			push(out, 'ins', after);
		} else wordDiff(before, after, out);
		removed = [];
		added = [];
	};
	for (const change of diffArrays(oldParagraphs, newParagraphs)) {
		if (change.removed) removed.push(...change.value);
		else if (change.added) added.push(...change.value);
		else {
			flushChanged();
			for (const paragraph of change.value) {
				paragraphBreak(true, true);
				push(out, 'same', paragraph);
			}
		}
	}
	flushChanged();
	return out;
}

function sectionDiff(oldSection: TextSection | undefined, newSection: TextSection | undefined, moved: boolean): SectionDiff {
	const shown = (newSection ?? oldSection)!;
	const oldText = oldSection?.text ?? '';
	const newText = newSection?.text ?? '';
	const rewritten = !!oldSection && !!newSection && isRewrite(oldText, newText);
	const parts: DiffPart[] = rewritten ? [{ type: 'del', text: oldText }, { type: 'ins', text: newText }] : diffText(oldText, newText);
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
		rewritten,
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
