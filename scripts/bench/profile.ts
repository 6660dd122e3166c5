/**
 * `npm run bench:profile`: profiles one build of a generated archive, to find work that grows
 * with the archive (issue 14). It generates the benchmark's corpus, runs the build with
 * `--cpu-prof` for every Node process (build.ts with its content check, search follower and
 * precompression; Astro's process), and reports the cost per route from Astro's log, the
 * build's phases and where each process spent its CPU. Run it at two sizes and compare the
 * ms per page per route: a route whose cost per page grows with the archive does work over the
 * whole archive for every page.
 *
 *   npm run bench:profile -- --documents 1000
 *   npm run bench:profile -- --documents 5000 --seed 7 --out /tmp/p.json --keep
 *   npm run bench:profile -- --compare bench-results/profile-1000.json,bench-results/profile-5000.json
 *
 *   npm run bench:profile -- --from /tmp/adviesarchief-profile-1000-XXXX   (a folder kept with --keep)
 *
 * --compare prints the ms per page per route of two reports side by side, with the growth.
 * --from analyses a kept work folder again (its run.json, build.log, phases.json, cpuprofiles/)
 * without building.
 * The build is the command `npm run build` runs (`node scripts/build.ts`), started directly on
 * this Node: npm itself may run on an older Node that refuses --cpu-prof in NODE_OPTIONS.
 * --keep keeps the work folder with the corpus, the site, the log and the .cpuprofile files
 * (open those in Chrome DevTools' Performance panel or https://www.speedscope.app).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, generateCorpus } from '../../src/lib/bench/corpus.ts';
import { summariseProfile, type CpuProfile } from '../../src/lib/bench/cpu-profile.ts';
import { formatProfileReport, formatRouteComparison, ROUTE_TIMES_NOTE, type ProfileReport } from '../../src/lib/bench/profile-report.ts';
import { costPerRoute, parseRenderLog, routesFromPageFiles } from '../../src/lib/bench/route-log.ts';
import { writeCorpus } from '../../src/lib/bench/write-corpus.ts';
import { PHASES_FILE_ENV, parsePhaseReport } from '../../src/lib/build/build-phases.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');

const { values } = parseArgs({
	options: {
		documents: { type: 'string' },
		seed: { type: 'string' },
		out: { type: 'string' },
		keep: { type: 'boolean', default: false },
		compare: { type: 'string' },
		from: { type: 'string' },
	},
});
const log = (message: string) => process.stderr.write(`[profile] ${message}\n`);

/** What the build was, written as run.json into the work folder. */
interface RunInfo {
	documents: number;
	seed: number;
	corpus: ProfileReport['corpus'];
	buildWallMs: number;
}

/** The files of one profiled build in its work folder. */
const layout = (workDir: string) => ({
	content: path.join(workDir, 'content'),
	site: path.join(workDir, 'site'),
	cache: path.join(workDir, 'cache'),
	profiles: path.join(workDir, 'cpuprofiles'),
	phases: path.join(workDir, 'phases.json'),
	log: path.join(workDir, 'build.log'),
	run: path.join(workDir, 'run.json'),
});

/** Generates the corpus and builds it with --cpu-prof; writes the log and run.json into the work folder. */
async function profileBuild(workDir: string, documents: number, seed: number): Promise<void> {
	const files = layout(workDir);
	mkdirSync(files.profiles, { recursive: true });
	log(`${documents} documents: generating the corpus in ${files.content}`);
	const corpus = generateCorpus({ documents, seed });
	writeCorpus(corpus, files.content);
	const counts = { advice: corpus.advice, dvo: corpus.dvo, periods: corpus.periods };

	log(`building with --cpu-prof (log: ${files.log})`);
	const started = performance.now();
	const status = await new Promise<number>((resolve, reject) => {
		const child = spawn(process.execPath, [path.join(repoRoot, 'scripts', 'build.ts')], {
			cwd: repoRoot,
			env: {
				...process.env,
				ASTRO_TELEMETRY_DISABLED: '1',
				NO_COLOR: '1',
				FORCE_COLOR: '0',
				NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --cpu-prof --cpu-prof-dir=${files.profiles}`.trim(),
				ADVIESARCHIEF_CONTENT: files.content,
				ADVIESARCHIEF_OUT: files.site,
				ADVIESARCHIEF_CACHE: files.cache,
				[PHASES_FILE_ENV]: files.phases,
			},
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		const out = createWriteStream(files.log);
		child.stdout.pipe(out, { end: false });
		child.stderr.pipe(out, { end: false });
		child.on('error', reject);
		child.on('close', (code, signal) => out.end(() => resolve(code ?? (signal ? 1 : 0))));
	});
	if (status !== 0) {
		console.error(`The build failed (exit ${status}); its log is in ${files.log}:\n${readFileSync(files.log, 'utf8').slice(-4000)}`);
		process.exit(1);
	}
	const run: RunInfo = { documents, seed, corpus: counts, buildWallMs: Math.round(performance.now() - started) };
	writeFileSync(files.run, `${JSON.stringify(run, null, 2)}\n`);
}

/** Reads a work folder's log, phases and profiles into the report. */
function analyse(workDir: string): ProfileReport {
	const files = layout(workDir);
	const run = JSON.parse(readFileSync(files.run, 'utf8')) as RunInfo;
	const pageFiles = (readdirSync(path.join(repoRoot, 'src', 'pages'), { recursive: true }) as string[]).map((f) => f.split(path.sep).join('/'));
	const rendered = parseRenderLog(readFileSync(files.log, 'utf8'));
	log('summarising the CPU profiles');
	const projectUrl = pathToFileURL(repoRoot).href;
	const profiles = readdirSync(files.profiles)
		.filter((f) => f.endsWith('.cpuprofile'))
		.sort()
		.map((file) => ({ file, ...summariseProfile(JSON.parse(readFileSync(path.join(files.profiles, file), 'utf8')) as CpuProfile, projectUrl, 20) }));
	return {
		schemaVersion: 1,
		generatedAt: new Date().toISOString(),
		...run,
		routesNote: ROUTE_TIMES_NOTE,
		routes: costPerRoute(rendered, routesFromPageFiles(pageFiles)),
		renderedFiles: rendered.length,
		phases: existsSync(files.phases) ? parsePhaseReport(JSON.parse(readFileSync(files.phases, 'utf8'))) : null,
		profiles,
	};
}

if (values.compare) {
	const reports = values.compare.split(',').map((file) => JSON.parse(readFileSync(path.resolve(file.trim()), 'utf8')) as ProfileReport);
	if (reports.length !== 2) throw new Error(`--compare takes two report files, separated by a comma: ${values.compare}`);
	console.log(formatRouteComparison(reports[0]!, reports[1]!));
	console.log(ROUTE_TIMES_NOTE);
	process.exit(0);
}

let workDir: string;
if (values.from) {
	workDir = path.resolve(values.from);
} else {
	const documents = Number(values.documents);
	if (!Number.isInteger(documents) || documents < 2) {
		console.error('Usage: npm run bench:profile -- --documents 1000 [--seed N] [--out file.json] [--keep]; or --compare a.json,b.json; or --from <kept folder>');
		process.exit(2);
	}
	workDir = mkdtempSync(path.join(os.tmpdir(), `adviesarchief-profile-${documents}-`));
	await profileBuild(workDir, documents, values.seed ? Number(values.seed) : DEFAULT_SEED);
}
const report = analyse(workDir);
const outFile = path.resolve(values.out ?? path.join(repoRoot, 'bench-results', `profile-${report.documents}.json`));
mkdirSync(path.dirname(outFile), { recursive: true });
writeFileSync(outFile, `${JSON.stringify(report, null, 2)}\n`);
console.log(formatProfileReport(report));
console.log(`\nReport written to ${outFile}`);
if (values.from || values.keep) log(`work folder: ${workDir} (profiles in ${layout(workDir).profiles})`);
else rmSync(workDir, { recursive: true, force: true });
