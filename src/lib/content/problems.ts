/**
 * A problem found in the content, and how it is shown to an editor. Every problem names the
 * file, and where possible the line and the field, says what was found and how to fix it.
 */

export type Severity = 'error' | 'warning';

export interface ContentProblem {
	severity: Severity;
	/** Path of the file, relative to the repository (e.g. content/adviezen/2025.mdx). */
	file: string;
	line?: number;
	/** Field path as the editor wrote it, e.g. "points → 3 → id". */
	field?: string;
	/** What is wrong, in plain Dutch. */
	message: string;
	/** What to do about it, in plain Dutch. */
	fix?: string;
	/** For a program that acts on a kind of problem (never shown): 'not-locked' is a document not yet recorded as published. */
	code?: 'not-locked';
}

/** Field path for humans: array positions count from 1, as an editor counts them. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
	return path.map((part) => (typeof part === 'number' ? String(part + 1) : String(part))).join(' → ');
}

/**
 * True when a schema issue is about a field that is not there at all, rather than one with a
 * wrong value. Zod 4 leaves the input out of its issues, so this looks at the data itself.
 */
export function isMissingField(issue: { code: string; path: readonly PropertyKey[] }, data: unknown): boolean {
	if (issue.code === 'custom' || issue.path.length === 0) return false;
	let value = data;
	for (const key of issue.path) {
		if (value === null || typeof value !== 'object') return false;
		value = (value as Record<PropertyKey, unknown>)[key];
	}
	return value === undefined;
}

/** Finds the 1-based line of a field path in a file, or undefined. */
export type LineFinder = (path: readonly PropertyKey[]) => number | undefined;

/**
 * The one way a schema issue becomes a problem: the field's line from the parser's positions,
 * "dit verplichte veld ontbreekt" with a fix for a missing field, zod's Dutch message otherwise.
 * `missingFix` says where to add a missing field (defaults to the frontmatter).
 */
export function schemaProblems(
	issues: readonly { code: string; path: readonly PropertyKey[]; message: string }[],
	data: unknown,
	file: string,
	lineOf: LineFinder,
	missingFix = (field: string) => `voeg "${field}:" toe aan de gegevens bovenaan het bestand`,
	otherFix?: string,
): ContentProblem[] {
	return issues.map((issue) => {
		const missing = isMissingField(issue, data);
		const choices = /kies uit: .*/.exec(issue.message)?.[0];
		return {
			severity: 'error' as const,
			file,
			line: lineOf(issue.path),
			field: formatFieldPath(issue.path),
			message: missing ? 'dit verplichte veld ontbreekt' : issue.message,
			fix: missing ? `${missingFix(String(issue.path.at(-1)))}${choices ? `; ${choices}` : ''}` : otherFix,
		};
	});
}

/** One problem as a line (or two) of text. */
export function formatProblem(problem: ContentProblem): string {
	const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
	const label = problem.severity === 'error' ? 'FOUT' : 'LET OP';
	const field = problem.field ? ` veld "${problem.field}":` : '';
	const fix = problem.fix ? `\n    Oplossing: ${problem.fix}` : '';
	return `${label} ${where}${field} ${problem.message}${fix}`;
}

/** All problems, errors first, with a count at the end. */
export function formatProblems(problems: readonly ContentProblem[]): string {
	const sorted = [...problems].sort((a, b) => (a.severity === b.severity ? a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) : a.severity === 'error' ? -1 : 1));
	const errors = problems.filter((p) => p.severity === 'error').length;
	const warnings = problems.length - errors;
	const summary = `${errors} ${errors === 1 ? 'fout' : 'fouten'}, ${warnings} ${warnings === 1 ? 'waarschuwing' : 'waarschuwingen'}`;
	return [...sorted.map(formatProblem), summary].join('\n');
}

export function hasErrors(problems: readonly ContentProblem[]): boolean {
	return problems.some((p) => p.severity === 'error');
}
