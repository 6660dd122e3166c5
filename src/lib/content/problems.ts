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
}

/** Field path for humans: array positions count from 1, as an editor counts them. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
	return path.map((part) => (typeof part === 'number' ? String(part + 1) : String(part))).join(' → ');
}

/** One problem as a line (or two) of text. */
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
