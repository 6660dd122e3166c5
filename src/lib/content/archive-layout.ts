/**
 * Where things live in a content folder. One place, so that the Astro collections, the content
 * check and the scripts agree on the layout.
 */

export const ARCHIVE_LAYOUT = {
	/** content/adviezen/<id>.mdx */
	adviceDir: 'adviezen',
	/** content/dvo/<first>-<last>/<version>.mdx */
	dvoDir: 'dvo',
	/** The letters as received, the archived sources of the advice. */
	sourcesDir: 'bronnen',
	settingsFile: 'instellingen.yaml',
	glossaryFile: 'begrippen.yaml',
	/** content/reacties/<name>.yaml: the college's responses to advice, one file per letter. */
	responsesDir: 'reacties',
	/** Hashes of the published texts (npm run lock); a change without an erratum is an error. */
	lockFile: 'gepubliceerd.lock.json',
	/** Words and phrases the council asked to avoid, with alternatives (the language check). */
	languageGuideFile: 'taalwijzer.yaml',
} as const;

/** The id of an advice from its file name: adviezen/2025-dvo-2026-2027.mdx → 2025-dvo-2026-2027. */
export function adviceIdFromFile(fileName: string): string {
	return fileName.replace(/\.mdx$/, '');
}

/** The id of a DVO version from its path below dvo/: 2026-2027/ontwerp.mdx → 2026-2027/ontwerp. */
export function dvoIdFromFile(relativePath: string): string {
	return relativePath.replace(/\\/g, '/').replace(/\.mdx$/, '');
}

/** "2026-2027" for a period. */
export function periodSlug(firstYear: number, lastYear: number): string {
	return firstYear === lastYear ? String(firstYear) : `${firstYear}-${lastYear}`;
}

/** The id of a response document from its file name: reacties/2025-dvo-2026-2027.yaml → 2025-dvo-2026-2027. */
export function responseIdFromFile(fileName: string): string {
	return fileName.replace(/\.ya?ml$/, '');
}

/** True for the files in the responses folder that are response documents. */
export function isResponseFile(fileName: string): boolean {
	return /\.ya?ml$/.test(fileName);
}
