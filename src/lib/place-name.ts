/**
 * The municipality as a place name: the settings say "Gemeente Heumen" (the organisation), and
 * sentences such as "het college van Heumen" need "Heumen". One rule, so every page says it alike.
 */

/** "Gemeente Heumen" → "Heumen"; a name without the prefix stays as it is. */
export function placeName(municipality: string): string {
	return municipality.replace(/^Gemeente /, '');
}
