/**
 * Finds the document a secretary means: an advice or DVO version named by its file
 * (content/adviezen/2025-dvo-2026-2027.mdx), its path in the content folder, or its id
 * (2025-dvo-2026-2027, 2026-2027/ontwerp, dvo/2026-2027/ontwerp).
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ARCHIVE_LAYOUT } from '../../content/archive-layout.ts';

export interface DocumentRef {
	kind: 'advice' | 'dvo';
	id: string;
	/** Absolute path of the .mdx file. */
	file: string;
	/** Path inside the content folder, as in the lock (adviezen/x.mdx, dvo/2026-2027/ontwerp.mdx). */
	key: string;
}

function refFor(contentDir: string, kind: DocumentRef['kind'], id: string): DocumentRef {
	const key = `${kind === 'advice' ? ARCHIVE_LAYOUT.adviceDir : ARCHIVE_LAYOUT.dvoDir}/${id}.mdx`;
	return { kind, id, key, file: path.join(contentDir, key) };
}

/** The document `name` points to, or undefined when there is no such file. */
export function findDocument(contentDir: string, name: string, cwd = process.cwd()): DocumentRef | undefined {
	const plain = name.replace(/\\/g, '/').replace(/\.mdx$/, '');
	const candidates: string[] = [];
	const absolute = path.resolve(cwd, `${plain}.mdx`);
	const inside = path.relative(contentDir, absolute).replace(/\\/g, '/');
	if (!inside.startsWith('..') && !path.isAbsolute(inside)) candidates.push(inside.replace(/\.mdx$/, ''));
	candidates.push(plain.replace(/^content\//, ''), `${ARCHIVE_LAYOUT.adviceDir}/${plain}`, `${ARCHIVE_LAYOUT.dvoDir}/${plain}`);
	for (const candidate of candidates) {
		const [dir, ...rest] = candidate.split('/');
		const id = rest.join('/');
		if (dir === ARCHIVE_LAYOUT.adviceDir && rest.length === 1 && existsSync(path.join(contentDir, `${candidate}.mdx`))) return refFor(contentDir, 'advice', id);
		if (dir === ARCHIVE_LAYOUT.dvoDir && rest.length === 2 && existsSync(path.join(contentDir, `${candidate}.mdx`))) return refFor(contentDir, 'dvo', id);
	}
	return undefined;
}

/** The ids of the advice in the archive (for "did you mean" lists). */
export function adviceIds(contentDir: string): string[] {
	const dir = path.join(contentDir, ARCHIVE_LAYOUT.adviceDir);
	return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, '')).sort() : [];
}

/** The ids (period/version) of the DVO versions in the archive. */
export function dvoIds(contentDir: string): string[] {
	const dir = path.join(contentDir, ARCHIVE_LAYOUT.dvoDir);
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.flatMap((entry) => readdirSync(path.join(dir, entry.name)).filter((f) => f.endsWith('.mdx')).map((f) => `${entry.name}/${f.replace(/\.mdx$/, '')}`))
		.sort();
}

/** A path for the terminal: relative to the working directory when inside it. */
export function shownPath(file: string, cwd = process.cwd()): string {
	const relative = path.relative(cwd, file);
	if (relative === '') return '.';
	return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}
