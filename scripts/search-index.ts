/**
 * Builds the search index of the built site (run after `astro build`, see `npm run build`).
 * The site folder is ADVIESARCHIEF_OUT, as for the build, or dist/; a folder given as the first
 * argument wins. The content (for the overview pages' records) is ADVIESARCHIEF_CONTENT or content/.
 */
import path from 'node:path';
import { resolveContentDir, resolveOutDir } from '../src/lib/content/content-dir.ts';
import { buildSearchIndex } from '../src/lib/search/build-index.ts';
import { loadSearchContent } from '../src/lib/search/search-content.ts';

const siteDir = process.argv[2] ? path.resolve(process.argv[2]) : resolveOutDir();
try {
	const report = await buildSearchIndex(siteDir, await loadSearchContent(resolveContentDir()));
	console.log(`Zoekindex: ${report.documents} documenten en ${report.records} andere pagina's in ${report.ms} ms, geschreven naar ${report.outputPath}`);
	if (report.documents === 0) {
		console.error('FOUT: er staan geen documenten in de zoekindex. Is de site gebouwd?');
		process.exitCode = 1;
	}
} catch (error) {
	console.error(`FOUT bij het maken van de zoekindex: ${error instanceof Error ? error.message : String(error)}`);
	process.exitCode = 1;
}
