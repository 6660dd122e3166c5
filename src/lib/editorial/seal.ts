/**
 * The publication seal in a document's own frontmatter (`published: {date, sha256}`; schema in
 * src/schemas/errata.ts): reading it from a document's text, and writing it there for
 * `npm run lock`. Writing changes only the seal's own lines, so nothing else the editor wrote
 * (comments, order, quoting) moves.
 */
import { parseYaml, splitDocument } from '../content/frontmatter.ts';

export interface Seal {
	date: string;
	sha256: string;
}

/** The seal as written in the frontmatter, or undefined when there is none (or it is unreadable). */
export function readSeal(source: string): Seal | undefined {
	const parsed = parseYaml(splitDocument(source).frontmatter);
	return parsed.ok ? sealOf(parsed.data) : undefined;
}

/** The seal in frontmatter data already parsed (see readSeal). */
export function sealOf(data: unknown): Seal | undefined {
	if (!data || typeof data !== 'object') return undefined;
	const published = (data as Record<string, unknown>).published;
	if (published === undefined || published === null) return undefined;
	const { date, sha256 } = (typeof published === 'object' ? published : {}) as Record<string, unknown>;
	return { date: String(date ?? ''), sha256: String(sha256 ?? '') };
}

/** True when the frontmatter has a `published` field at all, readable or not. */
export function hasSealField(source: string): boolean {
	return /^published\s*:/m.test(splitDocument(source).frontmatter);
}

/**
 * The document's text with `seal` as its `published` field: an existing top-level
 * `published:` block is replaced in place, otherwise the block is added at the end of the
 * frontmatter. Line endings of the file are kept.
 */
export function writeSeal(source: string, seal: Seal): string {
	const eol = source.includes('\r\n') ? '\r\n' : '\n';
	const bom = source.startsWith('\uFEFF') ? '\uFEFF' : '';
	const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
	const end = lines.findIndex((line, index) => index > 0 && /^---[ \t]*$/.test(line));
	if (!/^---[ \t]*$/.test(lines[0] ?? '') || end === -1) throw new Error('het document heeft geen gegevens tussen twee regels ---');
	const block = ['published:', `  date: ${seal.date}`, `  sha256: ${seal.sha256}`];
	const start = lines.findIndex((line, index) => index > 0 && index < end && /^published\s*:/.test(line));
	if (start === -1) {
		lines.splice(end, 0, ...block);
	} else {
		let stop = start + 1;
		while (stop < end && /^(\s+\S|\s*$)/.test(lines[stop] ?? '')) stop++;
		lines.splice(start, stop - start, ...block);
	}
	return bom + lines.join(eol);
}
