/**
 * Reads a content folder from disk into plain strings. Everything after this is pure, so the
 * checks can be tested on archives built in memory.
 *
 * Reading is where hostile or broken files are stopped first (src/lib/content/safe-read.ts):
 * a symbolic link, a file that is too large, or text that is not UTF-8 becomes a problem
 * with the file's name instead of content; the build never reads what the check did not.
 */
import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';
import { ARCHIVE_LAYOUT, adviceIdFromFile, dvoIdFromFile, isResponseFile, responseIdFromFile } from './archive-layout.ts';
import type { ContentProblem } from './problems.ts';
import { readContentFile, symlinkProblem } from './safe-read.ts';

export interface ArchiveDocument {
	kind: 'advice' | 'dvo';
	id: string;
	/** Path shown to editors, relative to the working directory. */
	displayPath: string;
	source: string;
}

export interface RawArchive {
	contentDir: string;
	documents: ArchiveDocument[];
	settings?: { displayPath: string; source: string };
	glossary?: { displayPath: string; source: string };
	/** The lock on published texts (gepubliceerd.lock.json), when the archive has one. */
	lock?: { displayPath: string; source: string };
	/** The language guide (taalwijzer.yaml), when the archive has one. */
	languageGuide?: { displayPath: string; source: string };
	/** Files in the sources folder, relative to the content folder (bronnen/brief.txt). */
	sourceFiles: string[];
	/** The college's responses (reacties/*.yaml); absent when the archive was built in memory without them. */
	responses?: RawResponseDocument[];
	/** Files that could not be read safely (symbolic links, too large, not UTF-8). */
	readProblems?: ContentProblem[];
}

/** One response document as read from disk. */
export interface RawResponseDocument {
	id: string;
	displayPath: string;
	source: string;
}

async function exists(file: string): Promise<boolean> {
	try {
		await lstat(file);
		return true;
	} catch {
		return false;
	}
}

/**
 * Files under `dir`, `depth` folders deep, relative to `dir`. Symbolic links and special files
 * are listed too (reading them is refused later, with their name), so a link is never silently
 * skipped here while Astro follows it.
 */
async function listFiles(dir: string, depth: number): Promise<string[]> {
	if (!(await exists(dir))) return [];
	const entries = await readdir(dir, { withFileTypes: true });
	const files: string[] = [];
	for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
		if (entry.isDirectory() && depth > 0) {
			for (const child of await listFiles(path.join(dir, entry.name), depth - 1)) files.push(path.join(entry.name, child));
		} else if (!entry.isDirectory()) {
			// Files, and also links and special files (a pipe would hang a reader): reading refuses those by name.
			files.push(entry.name);
		}
	}
	return files;
}

/** Every symbolic link anywhere under `dir` (links to folders are not followed). */
async function findSymlinks(dir: string): Promise<string[]> {
	if (!(await exists(dir))) return [];
	const links: string[] = [];
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const full = path.join(dir, entry.name);
		if (entry.isSymbolicLink()) links.push(full);
		else if (entry.isDirectory()) links.push(...(await findSymlinks(full)));
	}
	return links.sort();
}

/**
 * The ids of the advice and DVO versions in `contentDir`, from the file names alone (no file is
 * read): what the build needs to know which document pages it will write.
 */
export async function listDocumentIds(contentDir: string): Promise<{ advice: string[]; dvo: string[] }> {
	return {
		advice: (await listFiles(path.join(contentDir, ARCHIVE_LAYOUT.adviceDir), 0)).filter((f) => f.endsWith('.mdx')).map(adviceIdFromFile),
		dvo: (await listFiles(path.join(contentDir, ARCHIVE_LAYOUT.dvoDir), 1)).filter((f) => f.endsWith('.mdx')).map(dvoIdFromFile),
	};
}

/** Reads every document of the archive in `contentDir`; paths are shown relative to `cwd`. */
export async function readArchive(contentDir: string, cwd = process.cwd()): Promise<RawArchive> {
	const display = (file: string) => {
		const relative = path.relative(cwd, file);
		return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
	};
	const readProblems: ContentProblem[] = [];
	const read = async (full: string): Promise<string | undefined> => {
		const result = await readContentFile(full, display(full));
		if (result.ok) return result.text;
		readProblems.push(result.problem);
		return undefined;
	};
	const documents: ArchiveDocument[] = [];
	const adviceDir = path.join(contentDir, ARCHIVE_LAYOUT.adviceDir);
	for (const file of await listFiles(adviceDir, 0)) {
		if (!file.endsWith('.mdx')) continue;
		const full = path.join(adviceDir, file);
		const source = await read(full);
		if (source !== undefined) documents.push({ kind: 'advice', id: adviceIdFromFile(file), displayPath: display(full), source });
	}
	const dvoDir = path.join(contentDir, ARCHIVE_LAYOUT.dvoDir);
	for (const file of await listFiles(dvoDir, 1)) {
		if (!file.endsWith('.mdx')) continue;
		const full = path.join(dvoDir, file);
		const source = await read(full);
		if (source !== undefined) documents.push({ kind: 'dvo', id: dvoIdFromFile(file), displayPath: display(full), source });
	}
	const responses: RawResponseDocument[] = [];
	const responsesDir = path.join(contentDir, ARCHIVE_LAYOUT.responsesDir);
	for (const file of await listFiles(responsesDir, 0)) {
		if (!isResponseFile(file)) continue;
		const full = path.join(responsesDir, file);
		const source = await read(full);
		if (source !== undefined) responses.push({ id: responseIdFromFile(file), displayPath: display(full), source });
	}
	const readOptional = async (file: string) => {
		if (!(await exists(file))) return undefined;
		const source = await read(file);
		return source === undefined ? undefined : { displayPath: display(file), source };
	};
	const settings = await readOptional(path.join(contentDir, ARCHIVE_LAYOUT.settingsFile));
	const glossary = await readOptional(path.join(contentDir, ARCHIVE_LAYOUT.glossaryFile));
	const lock = await readOptional(path.join(contentDir, ARCHIVE_LAYOUT.lockFile));
	const languageGuide = await readOptional(path.join(contentDir, ARCHIVE_LAYOUT.languageGuideFile));
	for (const link of await findSymlinks(contentDir)) {
		// Documents are refused where they are read; any other link (a source letter, a folder) here.
		if (!readProblems.some((p) => p.file === display(link))) readProblems.push(symlinkProblem(display(link)));
	}
	return {
		contentDir,
		documents,
		settings,
		glossary,
		lock,
		languageGuide,
		responses,
		readProblems,
		sourceFiles: (await listFiles(path.join(contentDir, ARCHIVE_LAYOUT.sourcesDir), 2)).map((f) => `${ARCHIVE_LAYOUT.sourcesDir}/${f.replace(/\\/g, '/')}`),
	};
}
