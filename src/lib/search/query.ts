import { stripAccents } from './accents.ts';

/**
 * What the search page does with a query before Pagefind sees it: accents off (the index holds
 * every word with accents also without them), typographic quotes and surplus spaces out.
 */
export function normalizeQuery(query: string): string {
	return stripAccents(query)
		.replace(/[‘’‚‛“”„‟«»"]/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}
