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
 * --compare prints the ms per page per route of two reports side by side, with the growth.
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
	},
});
if (values.compare) {
	const reports = values.compare.split(',').map((file) => JSON.parse(readFileSync(path.resolve(file.trim()), 'utf8')) as ProfileReport);
	if (reports.length !== 2) throw new Error(`--compare takes two report files, separated by a comma: ${values.compare}`);
	console.log(formatRouteComparison(reports[0]!, reports[1]!));
	console.log(ROUTE_TIMES_NOTE);
	process.exit(0);
}
const documents = Number(values.documents);
if (!Number.isInteger(documents) || documents < 2) {
	console.error('Usage: npm run bench:profile -- --documents 1000 [--seed N] [--out file.json] [--keep], or --compare a.json,b.json');
	process.exit(2);
}
const seed = values.seed ? Number(values.seed) : DEFAULT_SEED;
const outFile = path.resolve(values.out ?? path.join(repoRoot, 'bench-results', `profile-${documents}.json`));
const log = (message: string) => process.stderr.write(`[profile] ${message}\n`);

const workDir = mkdtempSync(path.join(os.tmpdir(), `adviesarchief-profile-${documents}-`));
const contentDir = path.join(workDir, 'content');
const siteDir = path.join(workDir, 'site');
const profileDir = path.join(workDir, 'cpuprofiles');
const phasesFile = path.join(workDir, 'phases.json');
const logFile = path.join(workDir, 'build.log');
mkdirSync(profileDir);

log(`${documents} documents: generating the corpus in ${contentDir}`);
const corpus = generateCorpus({ documents, seed });
writeCorpus(corpus, contentDir);
const counts = { advice: corpus.advice, dvo: corpus.dvo, periods: corpus.periods };

log(`building with --cpu-prof (log: ${logFile})`);
const started = performance.now();
const output: string[] = [];
const status = await new Promise<number>((resolve, reject) => {
	const child = spawn(process.execPath, [path.join(repoRoot, 'scripts', 'build.ts')], {
		cwd: repoRoot,
		env: {
			...process.env,
			ASTRO_TELEMETRY_DISABLED: '1',
			NO_COLOR: '1',
			FORCE_COLOR: '0',
			NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --cpu-prof --cpu-prof-dir=${profileDir}`.trim(),
			ADVIESARCHIEF_CONTENT: contentDir,
			ADVIESARCHIEF_OUT: siteDir,
			ADVIESARCHIEF_CACHE: path.join(workDir, 'cache'),
			[PHASES_FILE_ENV]: phasesFile,
		},
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const file = createWriteStream(logFile);
	for (const stream of [child.stdout, child.stderr]) {
		stream.setEncoding('utf8');
		stream.on('data', (chunk: string) => {
			output.push(chunk);
			file.write(chunk);
		});
	}
	child.on('error', reject);
	child.on('close', (code, signal) => {
		file.end();
		resolve(code ?? (signal ? 1 : 0));
	});
});
const buildWallMs = performance.now() - started;
if (status !== 0) {
	console.error(`The build failed (exit ${status}); its log is in ${logFile}:\n${output.join('').slice(-4000)}`);
	process.exit(1);
}

const pageFiles = (readdirSync(path.join(repoRoot, 'src', 'pages'), { recursive: true }) as string[]).map((f) => f.split(path.sep).join('/'));
const files = parseRenderLog(output.join(''));
const routes = costPerRoute(files, routesFromPageFiles(pageFiles));

log('summarising the CPU profiles');
const projectUrl = pathToFileURL(repoRoot).href;
const profiles = readdirSync(profileDir)
	.filter((f) => f.endsWith('.cpuprofile'))
	.sort()
	.map((file) => ({ file, ...summariseProfile(JSON.parse(readFileSync(path.join(profileDir, file), 'utf8')) as CpuProfile, projectUrl, 20) }));

const report: ProfileReport = {
	schemaVersion: 1,
	generatedAt: new Date().toISOString(),
	documents,
	seed,
	corpus: counts,
	buildWallMs: Math.round(buildWallMs),
	routesNote: ROUTE_TIMES_NOTE,
	routes,
	renderedFiles: files.length,
	phases: existsSync(phasesFile) ? parsePhaseReport(JSON.parse(readFileSync(phasesFile, 'utf8'))) : null,
	profiles,
};
mkdirSync(path.dirname(outFile), { recursive: true });
writeFileSync(outFile, `${JSON.stringify(report, null, 2)}\n`);
console.log(formatProfileReport(report));
console.log(`\nReport written to ${outFile}`);
if (values.keep) log(`kept ${workDir} (profiles in ${profileDir})`);
else rmSync(workDir, { recursive: true, force: true });
