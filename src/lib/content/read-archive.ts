/**
 * Reads a content folder from disk into plain strings. Everything after this is pure, so the
 * checks can be tested on archives built in memory.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ARCHIVE_LAYOUT, adviceIdFromFile, dvoIdFromFile, isResponseFile, responseIdFromFile } from './archive-layout.ts';

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
}

/** One response document as read from disk. */
export interface RawResponseDocument {
	id: string;
	displayPath: string;
	source: string;
}

async function exists(file: string): Promise<boolean> {
	try {
		await stat(file);
		return true;
	} catch {
		return false;
	}
}

async function listFiles(dir: string, depth: number): Promise<string[]> {
	if (!(await exists(dir))) return [];
	const entries = await readdir(dir, { withFileTypes: true });
	const files: string[] = [];
	for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
		if (entry.isDirectory() && depth > 0) {
			for (const child of await listFiles(path.join(dir, entry.name), depth - 1)) files.push(path.join(entry.name, child));
		} else if (entry.isFile()) {
			files.push(entry.name);
		}
	}
	return files;
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
	const documents: ArchiveDocument[] = [];
	const adviceDir = path.join(contentDir, ARCHIVE_LAYOUT.adviceDir);
	for (const file of await listFiles(adviceDir, 0)) {
		if (!file.endsWith('.mdx')) continue;
		const full = path.join(adviceDir, file);
		documents.push({ kind: 'advice', id: adviceIdFromFile(file), displayPath: display(full), source: await readFile(full, 'utf8') });
	}
	const dvoDir = path.join(contentDir, ARCHIVE_LAYOUT.dvoDir);
	for (const file of await listFiles(dvoDir, 1)) {
		if (!file.endsWith('.mdx')) continue;
		const full = path.join(dvoDir, file);
		documents.push({ kind: 'dvo', id: dvoIdFromFile(file), displayPath: display(full), source: await readFile(full, 'utf8') });
	}
	const responses: RawResponseDocument[] = [];
	const responsesDir = path.join(contentDir, ARCHIVE_LAYOUT.responsesDir);
	for (const file of await listFiles(responsesDir, 0)) {
		if (!isResponseFile(file)) continue;
		const full = path.join(responsesDir, file);
		responses.push({ id: responseIdFromFile(file), displayPath: display(full), source: await readFile(full, 'utf8') });
	}
	const readOptional = async (file: string) => ((await exists(file)) ? { displayPath: display(file), source: await readFile(file, 'utf8') } : undefined);
	return {
		contentDir,
		documents,
		settings: await readOptional(path.join(contentDir, ARCHIVE_LAYOUT.settingsFile)),
		glossary: await readOptional(path.join(contentDir, ARCHIVE_LAYOUT.glossaryFile)),
		lock: await readOptional(path.join(contentDir, ARCHIVE_LAYOUT.lockFile)),
		languageGuide: await readOptional(path.join(contentDir, ARCHIVE_LAYOUT.languageGuideFile)),
		responses,
		sourceFiles: (await listFiles(path.join(contentDir, ARCHIVE_LAYOUT.sourcesDir), 2)).map((f) => `${ARCHIVE_LAYOUT.sourcesDir}/${f.replace(/\\/g, '/')}`),
	};
}
