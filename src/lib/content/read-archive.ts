/**
 * Reads a content folder from disk into plain strings. Everything after this is pure, so the
 * checks can be tested on archives built in memory.
 *
 * Reading is where hostile or broken files are stopped first (src/lib/content/safe-read.ts):
 * a symbolic link, a file that is too large, or text that is not UTF-8 becomes a problem
 * with the file's name instead of content; the build never reads what the check did not.
 */
import { createHash } from 'node:crypto';
import { lstat, readdir, readFile } from 'node:fs/promises';
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
	/** SHA-256 (hex) of the bytes of each regular file in the sources folder, by the same path; sealed with the advice that names it. */
	sourceHashes?: ReadonlyMap<string, string>;
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

/** Every file and folder under `dir`, relative to it (folders end with /); links are not followed. */
async function listEverything(dir: string): Promise<string[]> {
	if (!(await exists(dir))) return [];
	const found: string[] = [];
	for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
		if (entry.isDirectory()) {
			found.push(`${entry.name}/`);
			for (const child of await listEverything(path.join(dir, entry.name))) found.push(`${entry.name}/${child}`);
		} else found.push(entry.name);
	}
	return found;
}

/**
 * Files in the advice and DVO folders that are not documents (a script, an SVG, an HTML page,
 * a folder where none belongs). The site never needs them, and a file next to the letters is
 * what a relative image or import would load at build time, so each one is an error with its
 * name: the folders hold documents only.
 */
async function strayFiles(contentDir: string, display: (file: string) => string): Promise<ContentProblem[]> {
	const problems: ContentProblem[] = [];
	const layouts = [
		{ dir: ARCHIVE_LAYOUT.adviceDir, isDocument: (p: string) => /^[^/]+\.mdx$/.test(p), where: 'adviezen/<naam>.mdx' },
		{ dir: ARCHIVE_LAYOUT.dvoDir, isDocument: (p: string) => /^[^/]+\/$/.test(p) || /^[^/]+\/[^/]+\.mdx$/.test(p), where: 'dvo/<periode>/<versie>.mdx' },
	];
	for (const { dir, isDocument, where } of layouts) {
		const full = path.join(contentDir, dir);
		const strayFolders: string[] = [];
		for (const entry of await listEverything(full)) {
			if (isDocument(entry)) continue;
			// Inside a stray folder, the folder itself is enough to name.
			if (strayFolders.some((folder) => entry.startsWith(folder))) continue;
			if (entry.endsWith('/')) strayFolders.push(entry);
			problems.push({
				severity: 'error',
				file: display(path.join(full, entry.replace(/\/$/, ''))),
				message: entry.endsWith('/')
					? `deze map hoort niet in de map ${dir}/; daar staan alleen documenten (${where})`
					: `dit bestand is geen document (.mdx); in de map ${dir}/ staan alleen documenten (${where}), geen programma's, afbeeldingen of andere bestanden`,
				fix: 'haal het bestand of de map hier weg. Een afbeelding hoort in public/, een ontvangen brief in bronnen/',
			});
		}
	}
	return problems;
}

/** True for a DVO version's file below dvo/ (<period>/<version>.mdx); anything else there is stray. */
function isDvoFile(relativePath: string): boolean {
	return /^[^/\\]+[/\\][^/\\]+\.mdx$/.test(relativePath);
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
		if (!isDvoFile(file)) continue;
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
	readProblems.push(...(await strayFiles(contentDir, display)));
	for (const link of await findSymlinks(contentDir)) {
		// Documents are refused where they are read; any other link (a source letter, a folder) here.
		if (!readProblems.some((p) => p.file === display(link))) readProblems.push(symlinkProblem(display(link)));
	}
	const { sourceFiles, sourceHashes } = await readSourceLetters(contentDir);
	return {
		contentDir,
		documents,
		settings,
		glossary,
		lock,
		languageGuide,
		responses,
		readProblems,
		sourceFiles,
		sourceHashes,
	};
}

/**
 * The archived source letters (bronnen/…) and the SHA-256 of each one's bytes, which the seal of a
 * published advice covers (src/lib/editorial/lock.ts). Links and special files are refused by
 * readArchive; only a regular file's own bytes are hashed.
 */
export async function readSourceLetters(contentDir: string): Promise<{ sourceFiles: string[]; sourceHashes: Map<string, string> }> {
	const sourceFiles = (await listFiles(path.join(contentDir, ARCHIVE_LAYOUT.sourcesDir), 2)).map((f) => `${ARCHIVE_LAYOUT.sourcesDir}/${f.replace(/\\/g, '/')}`);
	const sourceHashes = new Map<string, string>();
	for (const file of sourceFiles) {
		const full = path.join(contentDir, file);
		const info = await lstat(full);
		if (info.isFile()) sourceHashes.set(file, createHash('sha256').update(await readFile(full)).digest('hex'));
	}
	return { sourceFiles, sourceHashes };
}
