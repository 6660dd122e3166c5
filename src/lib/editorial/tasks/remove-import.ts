/**
 * `npm run verwijder-import`: undoes `npm run import` for an advice that was never published:
 * removes the advice file and the copy of the letter in bronnen/ (unless another advice uses
 * it). A published advice is refused: its address must keep working, it is corrected with an
 * erratum instead. So are advice that college responses already refer to.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { taskResult, usageError, type TaskResult } from '../../cli/task-result.ts';
import { ARCHIVE_LAYOUT } from '../../content/archive-layout.ts';
import { splitDocument } from '../../content/frontmatter.ts';
import { adviceIds, findDocument, shownPath } from './documents.ts';
import { isPublished, readLockState } from './record-lock.ts';
import { fromYaml } from './yaml-text.ts';

export const REMOVE_USAGE = 'Gebruik: npm run verwijder-import -- <advies>\n  bijvoorbeeld: npm run verwijder-import -- 2026-dvo-2027-2028';

function sourceFileOf(file: string): string | undefined {
	try {
		const data = fromYaml(splitDocument(readFileSync(file, 'utf8')).frontmatter) as { sourceFile?: unknown } | null;
		return typeof data?.sourceFile === 'string' ? data.sourceFile : undefined;
	} catch {
		return undefined;
	}
}

/** Removes an unpublished advice and its source copy; see the header. */
export function removeImport(options: { contentDir: string; advice: string; cwd?: string }): TaskResult {
	const cwd = options.cwd ?? process.cwd();
	const doc = findDocument(options.contentDir, options.advice, cwd);
	if (!doc || doc.kind !== 'advice') return usageError(`FOUT: er is geen advies "${options.advice}"; de adviezen zijn: ${adviceIds(options.contentDir).join(', ') || '(geen)'}.`, REMOVE_USAGE);
	const shown = shownPath(doc.file, cwd);
	const state = readLockState(options.contentDir);
	if (!state.ok) return taskResult(1, [`FOUT ${shownPath(state.file, cwd)}: ${state.message}; er is niets verwijderd.`]);
	if (isPublished(state, doc.key, readFileSync(doc.file, 'utf8'))) {
		return taskResult(1, [
			`${shown} is gepubliceerd en wordt niet verwijderd: het webadres moet blijven werken.`,
			'    Staat er iets verkeerd in, verbeter het dan en leg de correctie vast met npm run erratum.',
		]);
	}
	const responsesDir = path.join(options.contentDir, ARCHIVE_LAYOUT.responsesDir);
	const responses = existsSync(responsesDir)
		? readdirSync(responsesDir).filter((f) => /\.ya?ml$/.test(f)).filter((f) => {
				try {
					return (fromYaml(readFileSync(path.join(responsesDir, f), 'utf8')) as { advice?: unknown } | null)?.advice === doc.id;
				} catch {
					return false;
				}
			})
		: [];
	if (responses.length > 0) {
		return taskResult(1, [`${shown} wordt niet verwijderd: de reactie${responses.length === 1 ? '' : 's'} ${responses.map((f) => `${ARCHIVE_LAYOUT.responsesDir}/${f}`).join(', ')} ${responses.length === 1 ? 'hoort' : 'horen'} erbij.`, '    Verwijder eerst die reactie (als die ook niet klopt) en voer de opdracht opnieuw uit.']);
	}

	const removed = [shown];
	const sourceFile = sourceFileOf(doc.file);
	rmSync(doc.file);
	if (sourceFile && sourceFile.startsWith(`${ARCHIVE_LAYOUT.sourcesDir}/`) && !sourceFile.includes('..')) {
		const others = adviceIds(options.contentDir).filter((id) => sourceFileOf(path.join(options.contentDir, ARCHIVE_LAYOUT.adviceDir, `${id}.mdx`)) === sourceFile);
		const sourcePath = path.join(options.contentDir, sourceFile);
		if (others.length === 0 && existsSync(sourcePath)) {
			rmSync(sourcePath);
			removed.push(shownPath(sourcePath, cwd));
		}
	}
	return taskResult(0, [
		`Verwijderd: ${removed.join(' en ')}.`,
		'De brief zelf (het bestand dat u inlas) is niet aangeraakt; lees hem opnieuw in met npm run import -- <brief>.',
		'Daarna: npm run check.',
	]);
}
