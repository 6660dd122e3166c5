/**
 * Published or not, and recording what is published: the one place where the editorial commands
 * read and write the lock on published texts (src/lib/editorial/lock.ts) and the seal in each
 * published document's own frontmatter (src/lib/editorial/seal.ts), so that a change in how
 * "published" is recorded changes only this file.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ARCHIVE_LAYOUT } from '../../content/archive-layout.ts';
import type { ContentProblem } from '../../content/problems.ts';
import { lockKey, parseLock, serializeLock, updateLock, type Lock, type LockableDocument, type LockEntry } from '../lock.ts';
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

/** True when the document is published: it has a lock entry, or a seal in its own frontmatter. */
export function isPublished(state: Extract<LockState, { ok: true }>, key: string, source: string): boolean {
	return publishedEntry(state, key) !== undefined || hasSealField(source);
}

export interface Recorded {
	added: string[];
	updated: string[];
	refused: ContentProblem[];
}

/**
 * Records `documents` (all, or only the keys in `only`) as published and writes the lock.
 * Nothing is written when a document is refused.
 */
export function recordPublished(contentDir: string, state: Extract<LockState, { ok: true }>, documents: readonly LockableDocument[], only?: ReadonlySet<string>, today = new Date()): Recorded {
	const update = updateLock(state.lock, documents, only, today);
	if (update.refused.length > 0) return { added: [], updated: [], refused: update.refused };
	writeFileSync(state.file, serializeLock(update.lock));
	// Every recorded document carries the same hash in its own frontmatter (published: {date, sha256}).
	for (const doc of documents) {
		const seal = update.seals.get(lockKey(doc));
		if (!seal) continue;
		const sealed = writeSeal(doc.source, seal);
		if (sealed !== doc.source) writeFileSync(path.join(contentDir, lockKey(doc)), sealed);
	}
	return { added: update.added, updated: update.updated, refused: [] };
}

/** Puts the lock back as it was (after a failed build). */
export function restoreLock(state: Extract<LockState, { ok: true }>): void {
	if (state.text === undefined) rmSync(state.file, { force: true });
	else writeFileSync(state.file, state.text);
}

export { lockKey };
