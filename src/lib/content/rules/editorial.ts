/**
 * Rules from the editorial workflow, each a thin adapter over its logic in src/lib/editorial/:
 * sums of the local choices, the language guide (warnings), unchecked import suggestions
 * (warnings), the lock on published texts, and duplicate documents.
 */
import path from 'node:path';
import { languageGuideSchema, type LanguageGuideEntry } from '../../../schemas/language-guide.ts';
import { ARCHIVE_LAYOUT } from '../archive-layout.ts';
import { fieldLineFinder, parseYaml, splitDocument } from '../frontmatter.ts';
import { formatFieldPath, schemaProblems, type ContentProblem } from '../problems.ts';
import type { RawArchive } from '../read-archive.ts';
import { SUGGESTION_MARK } from '../../import/frontmatter-skeleton.ts';
import { duplicateProblems } from '../../editorial/duplicates.ts';
import { findAvoidedWords } from '../../editorial/language.ts';
import { checkLock, parseLock } from '../../editorial/lock.ts';
import { sumProblems } from '../../editorial/sums.ts';
import type { CheckedDocument, Rule } from './rule.ts';

/** Lines of local choices add up to their total, and the total is its share of the budget. */
export const sumRule: Rule = ({ dvo }) => dvo.flatMap((version) => sumProblems(version.data, version.displayPath, version.lineOf));

/** Reads the language guide; its own mistakes are errors (it is configuration). */
export function readLanguageGuide(archive: RawArchive, problems: ContentProblem[]): LanguageGuideEntry[] {
	if (!archive.languageGuide) return [];
	const { displayPath, source } = archive.languageGuide;
	const parsed = parseYaml(source);
	if (!parsed.ok) {
		problems.push({ severity: 'error', file: displayPath, line: parsed.line, message: `geen geldige gegevens (YAML): ${parsed.message}`, fix: parsed.fix });
		return [];
	}
	const result = languageGuideSchema.safeParse(parsed.data);
	if (!result.success) {
		problems.push(...schemaProblems(result.error.issues, parsed.data, displayPath, fieldLineFinder(source, true), undefined, 'elk item heeft id, avoid (een lijst woorden), instead en reason'));
		return [];
	}
	return result.data;
}

function languageWarnings(entries: readonly LanguageGuideEntry[], doc: CheckedDocument<unknown>, texts: { text: string; line: number | undefined; field?: string }[], guidePath: string): ContentProblem[] {
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

/** Words the council asked to avoid (content/taalwijzer.yaml), as warnings. */
export const languageRule: Rule = ({ archive, advice, dvo }) => {
	const problems: ContentProblem[] = [];
	const guide = readLanguageGuide(archive, problems);
	if (guide.length === 0 || !archive.languageGuide) return problems;
	const guidePath = archive.languageGuide.displayPath;
	for (const item of advice) {
		problems.push(
			...languageWarnings(guide, item, [
				{ text: item.data.title, line: item.lineOf(['title']), field: 'title' },
				...item.data.points.map((point, index) => ({ text: point.text, line: item.lineOf(['points', index, 'text']), field: formatFieldPath(['points', index, 'text']) })),
				{ text: item.body, line: item.bodyStartLine },
			], guidePath),
		);
	}
	for (const version of dvo) {
		problems.push(...languageWarnings(guide, version, [{ text: version.data.title, line: version.lineOf(['title']), field: 'title' }, { text: version.body, line: version.bodyStartLine }], guidePath));
	}
	return problems;
};

/** Lines with the "VOORSTEL" mark of npm run import or npm run nieuwe-versie (carried-over figures): suggested values an editor has not checked yet. */
export const suggestionRule: Rule = ({ archive }) =>
	archive.documents.flatMap((doc) => {
		const split = splitDocument(doc.source);
		return split.frontmatter.split('\n').flatMap((line, index) =>
			line.includes(`# ${SUGGESTION_MARK}`)
				? [{
						severity: 'warning' as const,
						file: doc.displayPath,
						line: index + split.frontmatterStartLine,
						field: /^\s*([A-Za-z]+)\s*:/.exec(line)?.[1],
						message: 'hier staat nog een voorstel (van npm run import of npm run nieuwe-versie) dat niet is nagekeken',
						fix: `controleer de waarde, pas die zo nodig aan en haal dan het commentaar "# ${SUGGESTION_MARK} …" weg`,
					}]
				: [],
		);
	});

/** Where the lock file of an archive belongs, as shown to an editor. */
function displayLockPath(contentDir: string): string {
	const full = path.join(contentDir, ARCHIVE_LAYOUT.lockFile);
	const relative = path.relative(process.cwd(), full);
	return relative.startsWith('..') ? full : relative;
}

/** The lock on published texts, and the seals in the documents themselves (also when the lock file is gone). */
export const lockRule: Rule = ({ archive, today, frontmatterOf }) => {
	if (!archive.lock) return checkLock(undefined, archive.documents, displayLockPath(archive.contentDir), today, archive.sourceHashes, frontmatterOf);
	const parsed = parseLock(archive.lock.source);
	if (!parsed.ok) {
		return [{ severity: 'error', file: archive.lock.displayPath, message: parsed.message, fix: 'zet het bestand terug met git (git checkout -- <bestand>); verander het niet met de hand maar met npm run lock' }];
	}
	return checkLock(parsed.lock, archive.documents, archive.lock.displayPath, today, archive.sourceHashes, frontmatterOf);
};

/** The same document twice: the same text, or the same title and date. */
export const duplicateRule: Rule = ({ advice, dvo }) =>
	duplicateProblems(
		advice.map((d) => ({ ...d, titleLine: () => d.lineOf(['title']) })),
		dvo.map((d) => ({ ...d, titleLine: () => d.lineOf(['title']) })),
	);
