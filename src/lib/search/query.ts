/**
 * What the search page does with a query before Pagefind sees it: accents off (the index holds
 * every word with accents also without them), typographic quotes and surplus spaces out.
 */
export function normalizeQuery(query: string): string {
	return query
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.normalize('NFC')
		.replace(/[‘’‚‛“”„‟«»"]/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}
