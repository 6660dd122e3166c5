/**
 * `npm run build`: builds the site with Astro and, at the same time, its search index.
 *
 * Astro renders on one core; the search index (reading the finished pages, splitting compound
 * words, and Pagefind in its own process) follows it on the other and is written when Astro is
 * done (src/lib/search/follow-build.ts). The content folder is ADVIESARCHIEF_CONTENT (or
 * content/), the output folder ADVIESARCHIEF_OUT (or dist/). Arguments go to `astro build`.
 * Last, the site is made ready to serve: server configurations and precompressed files
 * (src/lib/serving/prepare-site.ts). Pages are compressed as soon as the search follower has
 * read them, so most of that work is done by the time Astro finishes.
 *
 * Before Astro starts, the content is checked (src/lib/build/content-gate.ts): an error ends the
 * build with the Dutch report alone. The site is built into a staging folder next to the output
 * folder and takes its place only when the build and its search index succeeded
 * (src/lib/build/swap-output.ts), so a failed build leaves the previous site untouched.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { documentPagePaths } from '../src/lib/archive/document-pages.ts';
import { acquireBuildLock } from '../src/lib/build/build-lock.ts';
import { runContentGate, type GateResult } from '../src/lib/build/content-gate.ts';
import { createPhaseRecorder } from '../src/lib/build/phase-recorder.ts';
import { discardStaging, prepareStaging, swapOutput } from '../src/lib/build/swap-output.ts';
import { CHECKED_ENV } from '../src/integrations/content-guard.ts';
import { resolveContentDir, resolveOutDir } from '../src/lib/content/content-dir.ts';
import { prepareSiteForServing } from '../src/lib/serving/prepare-site.ts';
import { createPrecompressor } from '../src/lib/serving/precompress.ts';
import { SERVING_RULES } from '../src/lib/serving/rules.ts';
import { buildSearchIndex, type IndexReport } from '../src/lib/search/build-index.ts';
import { followSite, type FollowedIndex, type SiteFollower } from '../src/lib/search/follow-build.ts';
import { NO_SEARCH_CONTENT, searchContentOf } from '../src/lib/search/search-content.ts';

const repoRoot = path.resolve(import.meta.dirname, '..');
const outDir = resolveOutDir(process.env, repoRoot);
const contentDir = resolveContentDir(process.env, repoRoot);
const astroBin = path.join(path.dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
// The phase report for the benchmark, only when ADVIESARCHIEF_PHASES_FILE is set (src/lib/build/phase-recorder.ts).
const phases = createPhaseRecorder();

// One build at a time: every build writes and reads back the project's .astro/ folder.
await acquireBuildLock(path.join(repoRoot, '.astro'), {
	onWait: (pid) => console.error(`Er loopt al een bouw in dit project (proces ${pid}); deze wacht tot die klaar is.`),
});

// Content first: a content error is the whole message, and nothing is built or removed.
phases?.mark('gate-start');
// `let`: the archive it holds is let go once the search content is made from it (below).
let gate: GateResult | undefined = await runContentGate(contentDir);
phases?.mark('gate-end');
if (!gate.ok) {
	console.error(gate.report);
	process.exit(1);
}
if (gate.report) console.warn(gate.report);

// Astro and the search index write into a staging folder; dist/ changes only at the end.
const siteDir = prepareStaging(outDir);

// Files written in the two seconds before the start may still be this build's: clocks are coarse.
const since = Date.now() - 2000;
phases?.mark('astro-spawned');
const astro = spawn(process.execPath, [astroBin, 'build', ...process.argv.slice(2)], {
	cwd: repoRoot,
	stdio: 'inherit',
	env: { ...process.env, ADVIESARCHIEF_OUT: siteDir, ADVIESARCHIEF_CONTENT: contentDir, [CHECKED_ENV]: contentDir, ...phases?.astroEnv },
});
const exited = new Promise<number>((resolve) => {
	astro.on('error', (error) => {
		console.error(`FOUT: astro build kon niet starten: ${error.message}`);
		resolve(1);
	});
	astro.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
});
// Stopping the build (Ctrl+C, a CI timeout) stops Astro too.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => astro.kill(signal));

// Search: the records of the overview pages and the glossary's everyday words, from the content.
// If they cannot be read, the build fails after Astro, rather than publish a search that lacks them.
let searchContentError: string | undefined;
let searchContent = NO_SEARCH_CONTENT;
try {
	// The archive the content gate already read and checked: read once per build.
	searchContent = searchContentOf(gate.archive, gate.checked);
} catch (error) {
	searchContentError = error instanceof Error ? error.message : String(error);
}
// Which document pages the build will write, from the documents the check read (the search
// follower hands them to Pagefind in this order).
const documentPaths = documentPagePaths(
	gate.archive.documents.filter((d) => d.kind === 'advice').map((d) => d.id),
	gate.archive.documents.filter((d) => d.kind === 'dvo').map((d) => d.id),
);
// Nothing needs the archive's texts any more; at 5,000 documents they are hundreds of MB that
// would otherwise stay in memory next to Astro's at its peak.
gate = undefined;
// Pages are compressed for serving as soon as the follower has read them, on whatever core is free.
const precompressor = createPrecompressor(siteDir, SERVING_RULES);
let follower: SiteFollower | undefined;
try {
	follower = await followSite(siteDir, {
		since,
		documentPaths,
		content: searchContent,
		onPageRead: (file, bytes, stamp) => precompressor.add(file.split(path.sep).join('/'), bytes, stamp),
	});
} catch (error) {
	console.error(`Let op: de zoekindex volgt de bouw niet (${error instanceof Error ? error.message : String(error)}); hij wordt na de bouw gemaakt.`);
}

const status = await exited;
phases?.mark('astro-exited');
if (status !== 0) {
	await follower?.abort();
	await precompressor.stop();
	discardStaging(siteDir);
	console.error(`De site is niet gebouwd; ${path.relative(repoRoot, outDir) || outDir} is niet veranderd.`);
	process.exit(status);
}
try {
	const report: IndexReport & Partial<FollowedIndex> = follower ? await follower.finish() : await buildSearchIndex(siteDir, searchContent);
	// Named where it will be once the finished build has taken the output folder's place.
	const finalPath = path.join(outDir, path.relative(siteDir, report.outputPath));
	const where = path.relative(repoRoot, finalPath);
	const how = !follower || report.rebuiltBecause ? `gemaakt na de bouw${report.rebuiltBecause ? `: ${report.rebuiltBecause}` : ''}` : `${report.indexedDuringBuild} al tijdens de bouw`;
	console.log(`Zoekindex: ${report.documents} documenten (${how}) en ${report.records} andere pagina's, geschreven naar ${where.startsWith('..') ? finalPath : where}`);
	if (report.documents === 0) {
		console.error('FOUT: er staan geen documenten in de zoekindex.');
		process.exitCode = 1;
	}
	if (searchContentError) {
		console.error(`FOUT: de zoekindex mist de overzichtspagina's en begrippen, want de inhoud kon niet gelezen worden: ${searchContentError}`);
		process.exitCode = 1;
	}
} catch (error) {
	console.error(`FOUT bij het maken van de zoekindex: ${error instanceof Error ? error.message : String(error)}`);
	process.exitCode = 1;
}
await phases?.markWhenChildrenGone('search-done');
// Server configurations (nginx, Apache, _headers) and .gz/.br files, on the finished output.
if (!process.exitCode) {
	try {
		const served = await prepareSiteForServing(siteDir, SERVING_RULES, precompressor);
		console.log(`Klaar om te serveren: ${served.brotliFiles} bestanden voorgecomprimeerd (gzip en brotli) in ${(served.ms / 1000).toFixed(1)} s`);
	} catch (error) {
		console.error(`FOUT bij het klaarmaken om te serveren: ${error instanceof Error ? error.message : String(error)}`);
		process.exitCode = 1;
	}
}

if (process.exitCode) {
	await precompressor.stop();
	discardStaging(siteDir);
	console.error(`De site is niet gebouwd; ${path.relative(repoRoot, outDir) || outDir} is niet veranderd.`);
} else {
	swapOutput(siteDir, outDir);
	phases?.mark('done');
	phases?.write();
}
