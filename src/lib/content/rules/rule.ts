/**
 * What every content rule gets and gives. The content check (check-archive.ts) parses each
 * document once, with positions; a rule is a small pure function over the parsed archive that
 * returns problems. One module per rule: documents, references, duplicates, sums, draft wording, language,
 * suggestions, lock, follow-up (body safety runs while a document is parsed).
 */
import type { AdviceData } from '../../../schemas/advice.ts';
import type { DvoData } from '../../../schemas/dvo.ts';
import type { YamlResult } from '../frontmatter.ts';
import type { ContentProblem, LineFinder } from '../problems.ts';
import type { ArchiveDocument, RawArchive } from '../read-archive.ts';

/** A document that passed its schema, with the line of any of its fields. */
export interface CheckedDocument<T> {
	id: string;
	displayPath: string;
	data: T;
	body: string;
	bodyStartLine: number;
	/** The line of a frontmatter field in the file, from the YAML parser's positions. */
	lineOf: LineFinder;
}

export interface RuleContext {
	archive: RawArchive;
	advice: readonly CheckedDocument<AdviceData>[];
	dvo: readonly CheckedDocument<DvoData>[];
	/** Ids of every advice and DVO file, also those that failed their own check. */
	allAdviceIds: ReadonlySet<string>;
	allDvoIds: ReadonlySet<string>;
	today: Date;
	/** A document's parsed frontmatter (from the check's own parse where it got that far, so no rule parses it again). */
	frontmatterOf: (doc: ArchiveDocument) => YamlResult;
}

export type Rule = (context: RuleContext) => ContentProblem[];
