/**
 * The editorial checks that run with the content check: sums of the local choices, the
 * language guide (warnings) and the lock on published texts, plus a reminder for suggestions
 * of the import that nobody has checked yet.
 */
import path from 'node:path';
import type { AdviceData } from '../../schemas/advice.ts';
import type { DvoData } from '../../schemas/dvo.ts';
import { languageGuideSchema, type LanguageGuideEntry } from '../../schemas/language-guide.ts';
import { ARCHIVE_LAYOUT } from '../content/archive-layout.ts';
import { findFieldLine, parseYaml, splitDocument } from '../content/frontmatter.ts';
import { formatFieldPath, type ContentProblem } from '../content/problems.ts';
import type { RawArchive } from '../content/read-archive.ts';
import { SUGGESTION_MARK } from '../import/frontmatter-skeleton.ts';
import { findAvoidedWords } from './language.ts';
import { checkLock, parseLock } from './lock.ts';
import { sumProblems } from './sums.ts';

interface Checked<T> {
	id: string;
	displayPath: string;
	data: T;
	body: string;
	bodyStartLine: number;
}

/** Where the lock file of an archive belongs, as shown to an editor. */
function displayLockPath(contentDir: string): string {
	const full = path.join(contentDir, ARCHIVE_LAYOUT.lockFile);
	const relative = path.relative(process.cwd(), full);
	return relative.startsWith('..') ? full : relative;
}

function fieldLine(source: string, path: readonly PropertyKey[]): number | undefined {
	const split = splitDocument(source);
	const line = findFieldLine(split.frontmatter, path);
	return line === undefined ? undefined : line + split.frontmatterStartLine - 1;
}

/** Reads the language guide; its own mistakes are errors (it is configuration). */
export function readLanguageGuide(archive: RawArchive, problems: ContentProblem[]): LanguageGuideEntry[] {
	if (!archive.languageGuide) return [];
	const { displayPath, source } = archive.languageGuide;
	const parsed = parseYaml(source);
	if (!parsed.ok) {
		problems.push({ severity: 'error', file: displayPath, line: parsed.line, message: `geen geldige YAML: ${parsed.message}`, fix: 'controleer de inspringing (spaties, geen tabs)' });
		return [];
	}
	const result = languageGuideSchema.safeParse(parsed.data);
	if (!result.success) {
		for (const issue of result.error.issues) {
			problems.push({ severity: 'error', file: displayPath, line: findFieldLine(source, issue.path), field: formatFieldPath(issue.path), message: issue.message, fix: 'elk item heeft id, avoid (een lijst woorden), instead en reason' });
		}
		return [];
	}
	return result.data;
}

function languageWarnings(entries: readonly LanguageGuideEntry[], doc: Checked<unknown>, texts: { text: string; line: number | undefined; field?: string }[], guidePath: string): ContentProblem[] {
	return texts.flatMap(({ text, line, field }) =>
		findAvoidedWords(text, entries, doc.id).map((match) => ({
			severity: 'warning' as const,
			file: doc.displayPath,
			line: line === undefined ? undefined : line + match.line - 1,
			field,
			message: `"${match.word.replace(/\s+/g, ' ')}": ${match.entry.reason}`,
			fix: `schrijf liever: ${match.entry.instead}. Citeert u een ander stuk, zet het citaat dan tussen aanhalingstekens (taalwijzer: ${guidePath})`,
		})),
	);
}

/** Lines with the import's "VOORSTEL" mark: suggested values an editor has not checked yet. */
function suggestionWarnings(displayPath: string, source: string): ContentProblem[] {
	const split = splitDocument(source);
	return split.frontmatter.split('\n').flatMap((line, index) =>
		line.includes(`# ${SUGGESTION_MARK}`)
			? [{
					severity: 'warning' as const,
					file: displayPath,
					line: index + split.frontmatterStartLine,
					field: /^\s*([A-Za-z]+)\s*:/.exec(line)?.[1],
					message: 'hier staat nog een voorstel van npm run import dat niet is gecontroleerd',
					fix: `controleer de waarde, pas die zo nodig aan en haal dan het commentaar "# ${SUGGESTION_MARK} …" weg`,
				}]
			: [],
	);
}

export function editorialProblems(archive: RawArchive, advice: readonly Checked<AdviceData>[], dvo: readonly Checked<DvoData>[], today = new Date(), withLock = true): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const sources = new Map(archive.documents.map((doc) => [doc.displayPath, doc.source]));

	for (const version of dvo) {
		const source = sources.get(version.displayPath) ?? '';
		problems.push(...sumProblems(version.data, version.displayPath, (path) => fieldLine(source, path)));
	}

	const guide = readLanguageGuide(archive, problems);
	if (guide.length > 0 && archive.languageGuide) {
		const guidePath = archive.languageGuide.displayPath;
		for (const item of advice) {
			const source = sources.get(item.displayPath) ?? '';
			problems.push(
				...languageWarnings(guide, item, [
					{ text: item.data.title, line: fieldLine(source, ['title']), field: 'title' },
					...item.data.points.map((point, index) => ({ text: point.text, line: fieldLine(source, ['points', index, 'text']), field: formatFieldPath(['points', index, 'text']) })),
					{ text: item.body, line: item.bodyStartLine },
				], guidePath),
			);
		}
		for (const version of dvo) {
			const source = sources.get(version.displayPath) ?? '';
			problems.push(
				...languageWarnings(guide, version, [
					{ text: version.data.title, line: fieldLine(source, ['title']), field: 'title' },
					{ text: version.body, line: version.bodyStartLine },
				], guidePath),
			);
		}
	}

	for (const doc of archive.documents) problems.push(...suggestionWarnings(doc.displayPath, doc.source));

	if (!withLock) return problems;
	const lockPath = archive.lock?.displayPath ?? displayLockPath(archive.contentDir);
	if (archive.lock) {
		const parsed = parseLock(archive.lock.source);
		if (!parsed.ok) {
			problems.push({ severity: 'error', file: archive.lock.displayPath, message: parsed.message, fix: 'zet het bestand terug met git (git checkout -- <bestand>); verander het niet met de hand maar met npm run lock' });
		} else {
			problems.push(...checkLock(parsed.lock, archive.documents, lockPath, today));
		}
	} else {
		// No lock file: documents that carry a publication seal say it was deleted.
		problems.push(...checkLock(undefined, archive.documents, lockPath, today));
	}
	return problems;
}
