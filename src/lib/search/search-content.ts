/**
 * What the search index needs from the content besides the built pages: the records of the
 * overview pages (records.ts) and the glossary's everyday words. Read from the content folder
 * with the same reader and schemas as the content check, so the index and the site agree.
 */
import { glossarySchema, type GlossaryTerm } from '../../schemas/glossary.ts';
import { adviceSortDate } from '../archive/advice-list.ts';
import { checkArchive, type CheckedArchive } from '../content/check-archive.ts';
import { parseYaml } from '../content/frontmatter.ts';
import { readArchive, type RawArchive } from '../content/read-archive.ts';
import { toIsoDate } from '../dates.ts';
import { buildFollowUpItems } from '../follow-up/overview.ts';
import { comparisonRecords, followUpRecords, glossaryRecords, localChoicesRecord, type SearchRecord } from './records.ts';
import type { EverydayWord } from './vocabulary.ts';

export interface SearchContent {
	/** Records for the pages that are not documents, in a fixed order. */
	records: SearchRecord[];
	/** The glossary's everyday words, each with its term. */
	everyday: EverydayWord[];
}

/** Nothing besides the document pages (an index made without the content at hand). */
export const NO_SEARCH_CONTENT: SearchContent = { records: [], everyday: [] };

/** The everyday words the editors attached to glossary terms, each with its term. */
export function everydayWordsOf(terms: readonly GlossaryTerm[]): EverydayWord[] {
	return terms.flatMap((t) => (t.everydayWords ?? []).map((word) => ({ word, term: t.term })));
}

/** The search content of the archive in `contentDir`. Content errors are the check's to report: what does not pass is left out. */
export async function loadSearchContent(contentDir: string): Promise<SearchContent> {
	const archive = await readArchive(contentDir);
	return searchContentOf(archive, checkArchive(archive, { mdxSyntax: false }));
}

/** The search content of an archive already read and checked (the build's content gate does both). */
export function searchContentOf(archive: RawArchive, checked: CheckedArchive): SearchContent {
	const parsed = archive.glossary ? parseYaml(archive.glossary.source) : undefined;
	const glossary = parsed?.ok ? glossarySchema.safeParse(parsed.data) : undefined;
	const terms = glossary?.success ? glossary.data : [];
	const versions = checked.dvo.map((d) => ({ id: d.id, data: d.data, body: d.body }));
	const items = buildFollowUpItems(checked.advice, checked.responses ?? []);
	const adviceDates = new Map(checked.advice.map((a) => [a.id, toIsoDate(adviceSortDate(a))]));
	const local = localChoicesRecord(versions);
	return {
		records: [...(local ? [local] : []), ...comparisonRecords(versions), ...followUpRecords(items, (id) => adviceDates.get(id) ?? '0000-01-01'), ...glossaryRecords(terms)],
		everyday: everydayWordsOf(terms),
	};
}
