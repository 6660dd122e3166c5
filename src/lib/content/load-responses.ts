import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ARCHIVE_LAYOUT, isResponseFile, responseIdFromFile } from './archive-layout.ts';
import { parseYaml } from './frontmatter.ts';

/** True when the archive has at least one response document (the folder is only listed). */
export function hasResponseFiles(contentDir: string): boolean {
	try {
		return readdirSync(path.join(contentDir, ARCHIVE_LAYOUT.responsesDir)).some(isResponseFile);
	} catch {
		return false;
	}
}

/**
 * Reads the response documents (reacties/*.yaml) as raw entries for the `reacties` collection,
 * with dates left as text for the schema. Errors are left to the content check, which runs
 * first and reports them in full; a folder that does not exist means no responses yet.
 */
export function loadResponseEntries(contentDir: string): { id: string; [field: string]: unknown }[] {
	const dir = path.join(contentDir, ARCHIVE_LAYOUT.responsesDir);
	let files: string[];
	try {
		files = readdirSync(dir).filter(isResponseFile).sort();
	} catch {
		return [];
	}
	return files.flatMap((file) => {
		const parsed = parseYaml(readFileSync(path.join(dir, file), 'utf8'));
		if (!parsed.ok || typeof parsed.data !== 'object' || parsed.data === null || Array.isArray(parsed.data)) return [];
		return [{ ...(parsed.data as Record<string, unknown>), id: responseIdFromFile(file) }];
	});
}
