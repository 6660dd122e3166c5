import GithubSlugger from 'github-slugger';

/**
 * The ids of the Markdown headings in a body, as Astro generates them (github-slugger, in
 * document order, duplicates numbered). Only ATX headings (# …) are used in the archive.
 */
export function headingIds(body: string): string[] {
	const slugger = new GithubSlugger();
	const ids: string[] = [];
	let fenced = false;
	for (const line of body.split(/\r?\n/)) {
		if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
		if (fenced) continue;
		const match = /^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
		if (match) ids.push(slugger.slug(match[1]?.replace(/[*_`]/g, '') ?? ''));
	}
	return ids;
}
