/**
 * `node scripts/bench/search.ts <site-dir> [query]`: for a built site, times building its
 * Pagefind index again, and reports the index size and the bytes a browser fetches for a first
 * query (measured in Chromium by src/lib/bench/search.ts, as `npm run bench` does).
 */
import { resolveOutDir } from '../../src/lib/content/content-dir.ts';
import { FIRST_QUERY, measureSearch } from '../../src/lib/bench/search.ts';
import { buildSearchIndex } from '../../src/lib/search/build-index.ts';
import path from 'node:path';

const [siteArg, query = FIRST_QUERY] = process.argv.slice(2);
const siteDir = siteArg ? path.resolve(siteArg) : resolveOutDir();
const index = await buildSearchIndex(siteDir);
const figures = await measureSearch(siteDir, query);
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
console.log(
	[
		`documenten: ${index.documents}`,
		`index bouwen: ${index.ms} ms`,
		`index grootte: ${kb(figures.indexBytes)}`,
		`eerste zoekvraag "${query}": ${kb(figures.firstQueryBytes)} opgehaald in ${figures.firstQueryRequests} verzoeken (${kb(figures.firstQueryBrotliBytes ?? 0)} verstuurd met brotli), ${figures.results} resultaten`,
	].join('\n'),
);
