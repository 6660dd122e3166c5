/**
 * `node scripts/bench/search.ts <site-dir> [query…]`: for a built site, times building its
 * Pagefind index again (with the content's records, ADVIESARCHIEF_CONTENT or content/), and
 * reports the index size, the suggestion data's size, and the bytes a browser fetches for a
 * first search of each query (by default the three commonest words a search sends, stop words
 * left out) and for the commonest stop word typed alone, measured
 * in Chromium by src/lib/bench/search.ts, as `npm run bench` does.
 */
import path from 'node:path';
import { resolveContentDir, resolveOutDir } from '../../src/lib/content/content-dir.ts';
import { measureSearch } from '../../src/lib/bench/search.ts';
import { buildSearchIndex } from '../../src/lib/search/build-index.ts';
import { loadSearchContent } from '../../src/lib/search/search-content.ts';

const [siteArg, ...queries] = process.argv.slice(2);
const siteDir = siteArg ? path.resolve(siteArg) : resolveOutDir();
const index = await buildSearchIndex(siteDir, await loadSearchContent(resolveContentDir()));
const figures = await measureSearch(siteDir, queries.length ? queries : undefined);
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
console.log(
	[
		`documenten: ${index.documents}, andere pagina's: ${index.records}`,
		`index bouwen: ${index.ms} ms`,
		`index grootte: ${kb(figures.indexBytes)}`,
		`suggesties: ${kb(figures.suggestionBytes)} (${kb(figures.suggestionGzipBytes)} gzip)`,
		...figures.queries.map(
			(q) => `eerste zoekvraag "${q.query}": ${kb(q.bytes)} opgehaald in ${q.requests} verzoeken (${kb(q.brotliBytes)} verstuurd met brotli), ${q.results} resultaten`,
		),
		figures.stopWordQuery
			? `alleen het stopwoord "${figures.stopWordQuery.query}": uitgelegd zonder te zoeken, ${kb(figures.stopWordQuery.bytes)} opgehaald, waarvan ${kb(figures.stopWordQuery.indexChunkBytes)} indexdelen`
			: 'geen stopwoord in het archief',
	].join('\n'),
);
