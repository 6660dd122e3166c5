/**
 * `npm run bench`: generates synthetic archives of several sizes, builds each with the real
 * build and with a bare Astro site (alone, and with a Pagefind index over its output, as a bare
 * site with search would), reports the build's phases, a warm rebuild with one advice added,
 * build time, memory, output size, page weight and search cost as tables and as
 * bench-results/bench.json.
 *
 *   npm run bench                       full run: 100, 1,000 and 5,000 documents
 *   npm run bench -- --quick            CI: 20 and 40 documents, one run each (warm rebuild of the largest only)
 *   npm run bench -- --sizes 100,500 --runs 2 --out /tmp/b.json --keep
 *   npm run bench -- --sizes 1000,5000,20000   20,000 documents: opt-in, never in the full run
 *   --no-warm leaves out the warm rebuild, --no-search the search measurement in the browser.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeBareSite } from '../../src/lib/bench/bare-site.ts';
import { DEFAULT_SEED, extraAdvice, generateCorpus } from '../../src/lib/bench/corpus.ts';
import { PHASES_FILE_ENV, parsePhaseReport, type PhaseReport } from '../../src/lib/build/build-phases.ts';
import { directoryBytes, listPages, measurePageWeights } from '../../src/lib/bench/page-weight.ts';
import { isPrecompressedCopy } from '../../src/lib/serving/precompress.ts';
import { measureCommand, type MeasuredRun } from '../../src/lib/bench/process-tree.ts';
import { combineRuns, evaluateTargets, formatReport, medianPhases, summariseRuns, type BenchReport, type RunFigures, type SizeResult, type WarmRebuild } from '../../src/lib/bench/report.ts';
import { measureSearch, pagefindDir } from '../../src/lib/bench/search.ts';
import { benchTextDiff } from './text-diff.ts';
import { validateReport } from '../../src/lib/bench/validate.ts';
import { writeCorpus } from '../../src/lib/bench/write-corpus.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');

export const FULL_SIZES = [100, 1000, 5000];
export const QUICK_SIZES = [20, 40];
/** Runs per size in a full run: several for the median, one for the largest (it takes minutes). */
export function defaultRuns(documents: number): number {
	return documents >= 5000 ? 1 : 3;
}

const { values } = parseArgs({
	options: {
		quick: { type: 'boolean', default: false },
		sizes: { type: 'string' },
		runs: { type: 'string' },
		seed: { type: 'string' },
		out: { type: 'string', default: path.join(repoRoot, 'bench-results', 'bench.json') },
		'work-dir': { type: 'string' },
		keep: { type: 'boolean', default: false },
		'no-search': { type: 'boolean', default: false },
		'no-warm': { type: 'boolean', default: false },
	},
});

const sizes = values.sizes ? values.sizes.split(',').map((s) => Number(s.trim())) : values.quick ? QUICK_SIZES : FULL_SIZES;
if (sizes.some((n) => !Number.isInteger(n) || n < 2)) throw new Error(`--sizes must be whole numbers of at least 2: ${values.sizes}`);
sizes.sort((a, b) => a - b);
const runsFor = (n: number) => (values.runs ? Number(values.runs) : values.quick ? 1 : defaultRuns(n));
/** The warm rebuild: for every size, but in quick mode (CI) only for the largest, to keep it short. */
const warmFor = (n: number) => !values['no-warm'] && (!values.quick || n === Math.max(...sizes));
const seed = values.seed ? Number(values.seed) : DEFAULT_SEED;
const workDir = values['work-dir'] ? path.resolve(values['work-dir']) : mkdtempSync(path.join(os.tmpdir(), 'adviesarchief-bench-'));
mkdirSync(workDir, { recursive: true });

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
const buildEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };

function check(run: MeasuredRun, what: string): RunFigures {
	if (run.status !== 0) throw new Error(`${what} failed (exit ${run.status}):\n${run.output.slice(-4000)}`);
	return { wallMs: run.wallMs, peakRssBytes: run.peakRssBytes, cpuMs: run.cpuMs };
}

const pagefindBin = path.join(repoRoot, 'node_modules', '.bin', 'pagefind');

interface ArchiveBuild {
	figures: RunFigures;
	/** The phase report the build wrote (src/lib/build/build-phases.ts). */
	phases: PhaseReport;
}

/**
 * The real build: `npm run build` in the repository, with its own content, output and cache,
 * writing its phase report. Cold (the default): the output and Astro's cache folder are removed
 * first; `keepCache` leaves the cache for a warm rebuild after it (which passes cold: false).
 */
async function buildArchive(contentDir: string, outDir: string, cacheDir: string, options: { cold?: boolean; keepCache?: boolean } = {}): Promise<ArchiveBuild> {
	const cold = options.cold ?? true;
	if (cold) {
		rmSync(outDir, { recursive: true, force: true });
		rmSync(cacheDir, { recursive: true, force: true });
	}
	const phasesFile = path.join(path.dirname(outDir), 'phases.json');
	rmSync(phasesFile, { force: true });
	const run = await measureCommand('npm', ['run', '--silent', 'build'], {
		cwd: repoRoot,
		env: { ...buildEnv, ADVIESARCHIEF_CONTENT: contentDir, ADVIESARCHIEF_OUT: outDir, ADVIESARCHIEF_CACHE: cacheDir, [PHASES_FILE_ENV]: phasesFile },
	});
	if (!options.keepCache) rmSync(cacheDir, { recursive: true, force: true });
	const figures = check(run, `Building the archive from ${contentDir}`);
	if (!existsSync(phasesFile)) throw new Error(`The build of ${contentDir} wrote no phase report (${phasesFile})`);
	return { figures, phases: parsePhaseReport(JSON.parse(readFileSync(phasesFile, 'utf8'))) };
}

/**
 * The bare site's search index, as a bare site with search would make it: the Pagefind CLI
 * (the archive's Pagefind version) over the bare output, writing `<bareOut>/pagefind/`. The
 * bare pages have no data-pagefind-body, so Pagefind indexes each page's whole <body>.
 */
async function indexBare(bareOut: string): Promise<RunFigures> {
	const run = await measureCommand(pagefindBin, ['--site', bareOut], { cwd: repoRoot, env: buildEnv });
	return check(run, `Indexing the bare site in ${bareOut}`);
}

/** The bare render: `npm run build` in the generated bare project. */
async function buildBare(siteDir: string, outDir: string, cacheDir: string): Promise<RunFigures> {
	rmSync(outDir, { recursive: true, force: true });
	rmSync(cacheDir, { recursive: true, force: true });
	rmSync(path.join(siteDir, '.astro'), { recursive: true, force: true });
	const run = await measureCommand('npm', ['run', '--silent', 'build'], { cwd: siteDir, env: { ...buildEnv, BARE_OUT: outDir, BARE_CACHE: cacheDir } });
	rmSync(cacheDir, { recursive: true, force: true });
	return check(run, `Building the bare site in ${siteDir}`);
}

/**
 * Generates the corpus and writes it, keeping only its counts: at 20,000 documents the files
 * take about 500 MB of the bench's own heap, which the builds after it do not need.
 */
function writeGeneratedCorpus(documents: number, contentDir: string): { advice: number; dvo: number; periods: number } {
	const corpus = generateCorpus({ documents, seed });
	writeCorpus(corpus, contentDir);
	return { advice: corpus.advice, dvo: corpus.dvo, periods: corpus.periods };
}

async function benchSize(documents: number): Promise<SizeResult> {
	const dir = path.join(workDir, String(documents));
	const contentDir = path.join(dir, 'content');
	const corpus = writeGeneratedCorpus(documents, contentDir);
	const bareSite = path.join(dir, 'bare-site');
	writeBareSite(bareSite, contentDir, path.join(repoRoot, 'node_modules'));
	const archiveOut = path.join(dir, 'archive-dist');
	const bareOut = path.join(dir, 'bare-dist');
	const runs = runsFor(documents);
	const archiveCache = path.join(dir, 'cache-archive');
	const archiveRuns: RunFigures[] = [];
	const phaseReports: PhaseReport[] = [];
	const bareRuns: RunFigures[] = [];
	const bareIndexRuns: RunFigures[] = [];
	// Alternate the archive and the bare builds, so that drift in the machine's speed affects both alike.
	for (let r = 1; r <= runs; r++) {
		log(`${documents} documents: archive build ${r}/${runs}`);
		// The last cold build leaves its cache for the warm rebuild.
		const build = await buildArchive(contentDir, archiveOut, archiveCache, { keepCache: r === runs && warmFor(documents) });
		archiveRuns.push(build.figures);
		phaseReports.push(build.phases);
		log(`${documents} documents: bare build ${r}/${runs}`);
		bareRuns.push(await buildBare(bareSite, bareOut, path.join(dir, 'cache-bare')));
		log(`${documents} documents: bare search index ${r}/${runs}`);
		bareIndexRuns.push(await indexBare(bareOut));
	}
	const archivePages = listPages(archiveOut).length;
	const archive = summariseRuns(archiveRuns, documents, archivePages, directoryBytes(archiveOut, (file) => !isPrecompressedCopy(file)));
	const barePages = listPages(bareOut).length;
	const bareIndexDir = path.join(bareOut, 'pagefind') + path.sep;
	const bare = summariseRuns(bareRuns, documents, barePages, directoryBytes(bareOut, (file) => !file.startsWith(bareIndexDir)));
	const bareSearch = summariseRuns(
		bareRuns.map((render, i) => combineRuns(render, bareIndexRuns[i]!)),
		documents,
		barePages,
		directoryBytes(bareOut),
	);
	const pageWeights = measurePageWeights(archiveOut);
	log(`${documents} documents: search`);
	// The index the build itself wrote (npm run build makes it while Astro renders).
	const search = values['no-search'] ? null : await measureSearch(archiveOut);
	let warm: WarmRebuild | null = null;
	if (warmFor(documents)) {
		// One advice added to the built archive; Astro's cache folder and the project's .astro/ kept.
		const added = extraAdvice({ documents, seed });
		writeFileSync(path.join(contentDir, added.path), added.content);
		log(`${documents} documents: warm rebuild (${added.path} added)`);
		const build = await buildArchive(contentDir, archiveOut, archiveCache, { cold: false });
		warm = { addedAdvice: added.path, run: build.figures, pages: listPages(archiveOut).length, phases: build.phases };
	}
	const result: SizeResult = {
		documents,
		advice: corpus.advice,
		dvo: corpus.dvo,
		periods: corpus.periods,
		corpusBytes: directoryBytes(contentDir),
		archive,
		bare,
		bareIndexRuns,
		bareSearch,
		overhead: archive.msPerDocument / bare.msPerDocument,
		cpuOverhead: archive.cpuMs !== null && bare.cpuMs !== null ? archive.cpuMs / bare.cpuMs : null,
		searchOverhead: archive.buildMs / bareSearch.buildMs,
		searchCpuOverhead: archive.cpuMs !== null && bareSearch.cpuMs !== null ? archive.cpuMs / bareSearch.cpuMs : null,
		phases: medianPhases(phaseReports),
		warm,
		pageWeights,
		search,
	};
	if (!values.keep) rmSync(dir, { recursive: true, force: true });
	else log(`kept ${dir} (index in ${pagefindDir(archiveOut)})`);
	return result;
}

const loadAverage = os.loadavg();
const cpus = os.cpus();
const results: SizeResult[] = [];
const failures: BenchReport['failures'] = [];

function makeReport(textDiff: unknown): BenchReport {
	return {
		schemaVersion: 2,
		generatedAt: new Date().toISOString(),
		mode: values.sizes || values.runs ? 'custom' : values.quick ? 'quick' : 'full',
		seed,
		machine: { cpus: cpus.length, cpuModel: cpus[0]?.model.trim() ?? 'unknown', totalMemoryBytes: os.totalmem(), node: process.versions.node, platform: `${process.platform} ${process.arch}`, loadAverage },
		sizes: results,
		targets: evaluateTargets(results),
		failures,
		textDiff,
	};
}

function writeReport(report: BenchReport): void {
	mkdirSync(path.dirname(path.resolve(values.out)), { recursive: true });
	writeFileSync(path.resolve(values.out), `${JSON.stringify(report, null, 2)}\n`);
}

for (const documents of sizes) {
	try {
		results.push(await benchSize(documents));
	} catch (error) {
		// A size that cannot be built (out of memory, for example) is a finding: report it, and stop.
		failures.push({ documents, message: (error as Error).message.slice(-4000) });
		log(`${documents} documents failed; larger sizes are skipped`);
		break;
	}
	// Keep what is measured so far, in case a larger size takes the machine down.
	writeReport(makeReport(null));
}
if (!values.keep && !values['work-dir']) rmSync(workDir, { recursive: true, force: true });

const report = makeReport(await benchTextDiff());
writeReport(report);
console.log(formatReport(report));
console.log(`\nReport written to ${path.relative(process.cwd(), path.resolve(values.out)) || values.out}`);
const problems = validateReport(report);
if (problems.length > 0) {
	console.error(`The report is inconsistent:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
	process.exitCode = 1;
}
