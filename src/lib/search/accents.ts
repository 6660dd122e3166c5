/**
 * Accents off: "financiën" → "financien", "coördinatie" → "coordinatie". The index adds every
 * accented word without its accents (index-text.ts) and the search page takes them off the
 * query (query.ts); both must do it the same way, so they share this.
 */
export function stripAccents(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}
