/**
 * What the search page says and in which order it shows results: the Dutch sentences of the
 * status line, a result's details, the filter button's label, and "an exact title or glossary
 * term first". Pure, so it is tested here and runs unchanged in the browser.
 */
import { cleanText } from './excerpt.ts';
import { searchForm, type Suggestion } from './suggest.ts';

/**
 * How the page runs Pagefind (also used by the benchmark, so it measures what the page fetches):
 * on the main thread, because Pagefind's Web Worker gets 5 s to start and, on a busy machine,
 * misses that and falls back half-way (the likely cause of searches that never answered under
 * load); excerpts of 40 words, so a found follow-up point shows its status; and a match in the
 * title counts more, so an exact title or glossary term ranks first.
 */
export const PAGEFIND_OPTIONS = { noWorker: true, excerptLength: 40, ranking: { metaWeights: { title: 8 } } } as const;

/** Fewer results than this count as "little found": the page then offers suggestions and the lists. */
export const FEW_RESULTS = 5;
/** Results shown at a time. */
export const PAGE_SIZE = 5;

/**
 * Whether to look for suggestions: when little is found, and for a query of several words, where
 * a misspelt word hides among results for the others.
 */
export function wantsSuggestions(found: number, query: string): boolean {
	return query.trim() !== '' && (found < FEW_RESULTS || query.trim().split(/\s+/).length > 1);
}

/**
 * Whether a suggestion is worth showing, given what the query and the suggestion find: it must
 * find something; when little was found, more than the query (an everyday word's term always
 * counts); otherwise only a corrected word or a term, never a mere join of two known words.
 */
export function worthShowing(suggestion: Suggestion, found: number, suggestionFinds: number): boolean {
	if (suggestionFinds === 0) return false;
	if (found < FEW_RESULTS) return suggestionFinds > found || suggestion.reason === 'everyday';
	return suggestion.reason !== 'joined';
}

/** "Geen resultaten voor ‘x’.", "1 resultaat voor ‘x’.", "12 resultaten voor ‘x’." */
export function statusText(count: number, query: string): string {
	const q = `‘${query}’`;
	if (count === 0) return `Geen resultaten voor ${q}.`;
	return `${count} ${count === 1 ? 'resultaat' : 'resultaten'} voor ${q}.`;
}

/** "‘van’", "‘van’ en ‘de’", "‘de’, ‘het’ en ‘van’". */
function quotedList(words: readonly string[]): string {
	const quoted = words.map((w) => `‘${w}’`);
	return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} en ${quoted.at(-1)}`;
}

/** "Gezocht zonder: van, de." after the count, when stop words were left out of the query; else "". */
export function leftOutText(leftOut: readonly string[]): string {
	return leftOut.length === 0 ? '' : `Gezocht zonder: ${leftOut.join(', ')}.`;
}

/**
 * The answer to a query of stop words only, in plain Dutch: why the page does not search for it
 * and what to do instead (the lists are shown below it).
 */
export function onlyStopWordsText(words: readonly string[]): string {
	const verb = words.length === 1 ? 'staat' : 'staan';
	return `${quotedList(words)} ${verb} in bijna elk document. Daarom zoeken we daar niet op. Typ een woord dat meer zegt, zoals een onderwerp, of kies hieronder een lijst.`;
}

/** The words before a suggestion: a spelling fix is a question, an everyday word is explained. */
export function suggestionLead(suggestion: Suggestion): string {
	return suggestion.reason === 'everyday' ? 'In dit archief heet dat:' : 'Bedoelde u:';
}

/** "Advies · 19 september 2025", "DVO · periode 2026-2027", "Opvolging · 7 punten: 5 beantwoord, 2 overgenomen", "Begrip". */
export function resultDetails(meta: Record<string, string | undefined>): string {
	const parts = [meta.type];
	if (meta.status) parts.push(meta.status);
	else if (meta.datum) parts.push(meta.datum);
	else if (meta.periode) parts.push(meta.type === 'Vergelijking' ? meta.periode : `periode ${meta.periode}`);
	return parts.filter(Boolean).join(' · ');
}

/** "Filteren" or "Filteren (2 actief)". */
export function filterButtonLabel(active: number): string {
	return active === 0 ? 'Filteren' : `Filteren (${active} actief)`;
}

/** True when the title is the query itself, or a glossary term is ("DVO", "Participatiecoaching"). */
export function isExactTitle(title: string, query: string): boolean {
	const q = searchForm(query);
	return q !== '' && searchForm(cleanText(title)) === q;
}

/** Results whose title is exactly the query first, the rest in the order given. */
export function exactTitlesFirst<T extends { title: string }>(results: readonly T[], query: string): T[] {
	const exact = results.filter((r) => isExactTitle(r.title, query));
	return [...exact, ...results.filter((r) => !exact.includes(r))];
}
