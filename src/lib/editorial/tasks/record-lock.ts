/**
 * Published or not, and recording what is published: the one place where the editorial commands
 * read and write the lock on published texts (src/lib/editorial/lock.ts) and the seal
 * (`published: {date, sha256}`) each recorded document carries in its own frontmatter
 * (src/lib/editorial/seal.ts), as `npm run lock` does; a change in how "published" is recorded
 * changes only this file.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ARCHIVE_LAYOUT } from '../../content/archive-layout.ts';
import type { ContentProblem } from '../../content/problems.ts';
import { lockKey, parseLock, serializeLock, updateLock, type Lock, type LockableDocument, type LockEntry, type SourceLetters } from '../lock.ts';
import { hasSealField, writeSeal } from '../seal.ts';

export type LockState = { ok: true; lock: Lock | undefined; file: string; text: string | undefined } | { ok: false; file: string; message: string };

/** The archive's lock (undefined when there is none yet). */
export function readLockState(contentDir: string): LockState {
	const file = path.join(contentDir, ARCHIVE_LAYOUT.lockFile);
	if (!existsSync(file)) return { ok: true, lock: undefined, file, text: undefined };
	const text = readFileSync(file, 'utf8');
	const parsed = parseLock(text);
	return parsed.ok ? { ok: true, lock: parsed.lock, file, text } : { ok: false, file, message: parsed.message };
}

/** The lock entry of a document (key: adviezen/x.mdx), when it is published. */
export function publishedEntry(state: Extract<LockState, { ok: true }>, key: string): LockEntry | undefined {
	return state.lock?.documents[key];
}

/** Published: in the lock, or sealed in its own frontmatter (also when the lock entry is gone). */
export function isPublished(state: Extract<LockState, { ok: true }>, key: string, source: string): boolean {
	return publishedEntry(state, key) !== undefined || hasSealField(source);
}

export interface Recorded {
	added: string[];
	updated: string[];
	/** Already recorded; only their seal or lock entry was written (again). */
	sealed: string[];
	refused: ContentProblem[];
	/** The documents whose seal was written, with their text before (for restoreLock). */
	sealedFiles: Map<string, string>;
}

/**
 * Records `documents` (all, or only the keys in `only`) as published: writes the lock and the
 * seal in each recorded document. `letters` are the archived source letters' hashes (the seal
 * covers them; readSourceLetters). Nothing is written when a document is refused.
 */
export function recordPublished(contentDir: string, state: Extract<LockState, { ok: true }>, documents: readonly LockableDocument[], letters: SourceLetters, only?: ReadonlySet<string>, today = new Date()): Recorded {
	const update = updateLock(state.lock, documents, only, today, letters);
	if (update.refused.length > 0) return { added: [], updated: [], sealed: [], refused: update.refused, sealedFiles: new Map() };
	writeFileSync(state.file, serializeLock(update.lock));
	const sealedFiles = new Map<string, string>();
	for (const doc of documents) {
		const seal = update.seals.get(lockKey(doc));
		if (!seal) continue;
		const sealedSource = writeSeal(doc.source, seal);
		if (sealedSource === doc.source) continue;
		const file = path.join(contentDir, lockKey(doc));
		sealedFiles.set(file, doc.source);
		writeFileSync(file, sealedSource);
	}
	return { added: update.added, updated: update.updated, sealed: update.sealed, refused: [], sealedFiles };
}

/** Puts the lock and the sealed documents back as they were (after a failed build). */
export function restoreLock(state: Extract<LockState, { ok: true }>, recorded?: Pick<Recorded, 'sealedFiles'>): void {
	if (state.text === undefined) rmSync(state.file, { force: true });
	else writeFileSync(state.file, state.text);
	for (const [file, source] of recorded?.sealedFiles ?? []) writeFileSync(file, source);
}

