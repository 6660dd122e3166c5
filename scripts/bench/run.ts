/**
 * `npm run bench`: generates synthetic archives of several sizes, builds each with the real
 * build and with a bare Astro site, and reports build time, memory, output size, page weight
 * and search cost as a table and as bench-results/bench.json.
 *
 *   npm run bench                       full run: 100, 1,000 and 5,000 documents
 *   npm run bench -- --quick            CI: 20 and 40 documents, one run each
 *   npm run bench -- --sizes 100,500 --runs 2 --out /tmp/b.json --keep
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeBareSite } from '../../src/lib/bench/bare-site.ts';
import { DEFAULT_SEED, generateCorpus } from '../../src/lib/bench/corpus.ts';
import { directoryBytes, listPages, measurePageWeights } from '../../src/lib/bench/page-weight.ts';
import { isPrecompressedCopy } from '../../src/lib/serving/precompress.ts';
import { measureCommand, type MeasuredRun } from '../../src/lib/bench/process-tree.ts';
import { evaluateTargets, formatReport, summariseRuns, type BenchReport, type RunFigures, type SizeResult } from '../../src/lib/bench/report.ts';
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
	},
});

const sizes = values.sizes ? values.sizes.split(',').map((s) => Number(s.trim())) : values.quick ? QUICK_SIZES : FULL_SIZES;
if (sizes.some((n) => !Number.isInteger(n) || n < 2)) throw new Error(`--sizes must be whole numbers of at least 2: ${values.sizes}`);
sizes.sort((a, b) => a - b);
const runsFor = (n: number) => (values.runs ? Number(values.runs) : values.quick ? 1 : defaultRuns(n));
const seed = values.seed ? Number(values.seed) : DEFAULT_SEED;
const workDir = values['work-dir'] ? path.resolve(values['work-dir']) : mkdtempSync(path.join(os.tmpdir(), 'adviesarchief-bench-'));
mkdirSync(workDir, { recursive: true });

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
const buildEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };

function check(run: MeasuredRun, what: string): RunFigures {
	if (run.status !== 0) throw new Error(`${what} failed (exit ${run.status}):\n${run.output.slice(-4000)}`);
	return { wallMs: run.wallMs, peakRssBytes: run.peakRssBytes, cpuMs: run.cpuMs };
}

/** The real build: `npm run build` in the repository, with its own content, output and cache. */
async function buildArchive(contentDir: string, outDir: string, cacheDir: string): Promise<RunFigures> {
	rmSync(outDir, { recursive: true, force: true });
	rmSync(cacheDir, { recursive: true, force: true });
	const run = await measureCommand('npm', ['run', '--silent', 'build'], {
		cwd: repoRoot,
		env: { ...buildEnv, ADVIESARCHIEF_CONTENT: contentDir, ADVIESARCHIEF_OUT: outDir, ADVIESARCHIEF_CACHE: cacheDir },
	});
	rmSync(cacheDir, { recursive: true, force: true });
	return check(run, `Building the archive from ${contentDir}`);
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

async function benchSize(documents: number): Promise<SizeResult> {
	const dir = path.join(workDir, String(documents));
	const contentDir = path.join(dir, 'content');
	const corpus = generateCorpus({ documents, seed });
	writeCorpus(corpus, contentDir);
	const bareSite = path.join(dir, 'bare-site');
	writeBareSite(bareSite, contentDir, path.join(repoRoot, 'node_modules'));
	const archiveOut = path.join(dir, 'archive-dist');
	const bareOut = path.join(dir, 'bare-dist');
	const runs = runsFor(documents);
	const archiveRuns: RunFigures[] = [];
	const bareRuns: RunFigures[] = [];
	// Alternate the two builds, so that drift in the machine's speed affects both alike.
	for (let r = 1; r <= runs; r++) {
		log(`${documents} documents: archive build ${r}/${runs}`);
		archiveRuns.push(await buildArchive(contentDir, archiveOut, path.join(dir, 'cache-archive')));
		log(`${documents} documents: bare build ${r}/${runs}`);
		bareRuns.push(await buildBare(bareSite, bareOut, path.join(dir, 'cache-bare')));
	}
	const archivePages = listPages(archiveOut).length;
	const archive = summariseRuns(archiveRuns, documents, archivePages, directoryBytes(archiveOut, (file) => !isPrecompressedCopy(file)));
	const bare = summariseRuns(bareRuns, documents, listPages(bareOut).length, directoryBytes(bareOut));
	const pageWeights = measurePageWeights(archiveOut);
	log(`${documents} documents: search`);
	// The index the build itself wrote (npm run build makes it while Astro renders).
	const search = values['no-search'] ? null : await measureSearch(archiveOut);
	const result: SizeResult = {
		documents,
		advice: corpus.advice,
		dvo: corpus.dvo,
		periods: corpus.periods,
		corpusBytes: directoryBytes(contentDir),
		archive,
		bare,
		overhead: archive.msPerDocument / bare.msPerDocument,
		cpuOverhead: archive.cpuMs !== null && bare.cpuMs !== null ? archive.cpuMs / bare.cpuMs : null,
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
		schemaVersion: 1,
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
