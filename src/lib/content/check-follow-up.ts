/**
 * The follow-up rule of the content check: the college's response documents
 * (reacties/*.yaml) and the status rules for every point. Called once from checkArchive; it
 * also returns the responses that passed, for the pages.
 */
import type { AdviceData } from '../../schemas/advice.ts';
import { responseSchema, type ResponseData } from '../../schemas/response.ts';
import { inlineFollowUpIssues, responseDocumentIssues, type RuleIssue } from '../follow-up/rules.ts';
import { fieldLineFinder, parseYaml } from './frontmatter.ts';
import { formatFieldPath, schemaProblems, type ContentProblem, type LineFinder } from './problems.ts';
import type { RawResponseDocument } from './read-archive.ts';

export interface CheckedResponse {
	id: string;
	displayPath: string;
	data: ResponseData;
}

interface AdviceForCheck {
	id: string;
	displayPath: string;
	data: AdviceData;
	/** The line of a field in the advice file. */
	lineOf: LineFinder;
}

function toProblem(issue: RuleIssue, file: string, lineOf: LineFinder): ContentProblem {
	return { severity: issue.severity, file, line: lineOf(issue.path), field: formatFieldPath(issue.path), message: issue.message, fix: issue.fix };
}

/** Parses one response document; problems go to `problems`. */
export function parseResponseDocument(doc: RawResponseDocument, problems: ContentProblem[]): CheckedResponse | undefined {
	if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(doc.id)) {
		problems.push({
			severity: 'error',
			file: doc.displayPath,
			message: `de bestandsnaam "${doc.id}" mag alleen kleine letters, cijfers en streepjes bevatten`,
			fix: 'noem het bestand naar het advies, bijvoorbeeld 2025-dvo-2026-2027.yaml (of 2025-dvo-2026-2027-2.yaml voor een tweede reactie)',
		});
		return undefined;
	}
	const parsed = parseYaml(doc.source);
	if (!parsed.ok) {
		problems.push({
			severity: 'error',
			file: doc.displayPath,
			line: parsed.line,
			message: `geen geldige gegevens (YAML): ${parsed.message}`,
			fix: parsed.fix,
		});
		return undefined;
	}
	const result = responseSchema.safeParse(parsed.data);
	if (!result.success) {
		problems.push(...schemaProblems(result.error.issues, parsed.data, doc.displayPath, fieldLineFinder(doc.source, true), (field) => `voeg "${field}:" toe; zie docs/opvolging.md voor een voorbeeld`));
		return undefined;
	}
	return { id: doc.id, displayPath: doc.displayPath, data: result.data };
}

/**
 * Checks the follow-up of the archive: the inline follow-up of each (valid) advice, and each
 * response document against the advice it names. `allAdviceIds` includes advice that failed
 * their own check, so a response to them is not reported twice.
 */
export function checkFollowUp(
	advice: readonly AdviceForCheck[],
	responses: readonly RawResponseDocument[],
	allAdviceIds: ReadonlySet<string> = new Set(advice.map((a) => a.id)),
): { problems: ContentProblem[]; responses: CheckedResponse[] } {
	const problems: ContentProblem[] = [];
	for (const item of advice) {
		for (const issue of inlineFollowUpIssues(item.data)) problems.push(toProblem(issue, item.displayPath, item.lineOf));
	}
	const checked: CheckedResponse[] = [];
	const byId = new Map(advice.map((a) => [a.id, a]));
	for (const doc of responses) {
		const response = parseResponseDocument(doc, problems);
		if (!response) continue;
		const target = byId.get(response.data.advice);
		if (!target && allAdviceIds.has(response.data.advice)) continue;
		const issues = responseDocumentIssues(response.data, target?.data, [...allAdviceIds].sort());
		const lineOf = fieldLineFinder(doc.source, true);
		for (const issue of issues) problems.push(toProblem(issue, doc.displayPath, lineOf));
		if (!issues.some((i) => i.severity === 'error')) checked.push(response);
	}
	return { problems, responses: checked };
}
