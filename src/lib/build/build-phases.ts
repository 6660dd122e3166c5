/**
 * The phases of `npm run build` (content check, Astro's content sync, bundling, page generation,
 * search index, serving preparation), each with its wall time and CPU time, so that the
 * benchmark shows where a build spends its time and a regression shows where it is.
 *
 * Two processes leave marks: scripts/build.ts (its own CPU from process.cpuUsage(), and the CPU
 * of the children it has waited for, from /proc/self/stat) and Astro's process, through the
 * integration in src/integrations/build-phases.ts (process.cpuUsage() at each build hook: the
 * whole process, every thread, so the bundler's native threads are in it). This module only
 * turns those marks into phases; it reads and writes nothing (src/lib/build/phase-recorder.ts does).
 */

/** Set by whoever wants the phase report (the benchmark): the file build.ts writes it to. */
export const PHASES_FILE_ENV = 'ADVIESARCHIEF_PHASES_FILE';
/** Set by build.ts for Astro's process: where the integration writes its marks. */
export const ASTRO_MARKS_FILE_ENV = 'ADVIESARCHIEF_ASTRO_MARKS_FILE';

/** A moment in Astro's process: wall clock (ms since the epoch) and the process's CPU time so far. */
export interface AstroMark {
	at: number;
	cpuMs: number;
}

/**
 * Astro's marks, in the order Astro 7 reaches them (astro/dist/core/build/index.js): its config
 * hooks, the content sync between config:done and build:start, then the bundle (build:setup
 * comes just before Vite/Rolldown starts; "bundled" is a Vite buildApp hook that runs when the
 * bundles are written, before Astro generates the pages), build:generated after the last page,
 * build:done last.
 */
export const ASTRO_MARKS = ['config:setup', 'config:done', 'build:start', 'build:setup', 'bundled', 'build:generated', 'build:done'] as const;
export type AstroMarkName = (typeof ASTRO_MARKS)[number];
export type AstroMarks = Partial<Record<AstroMarkName, AstroMark>>;

/** A moment in build.ts: wall clock, its own CPU time, and that of the children it has waited for. */
export interface BuildSample {
	at: number;
	ownCpuMs: number;
	childCpuMs: number;
}

/** build.ts's marks, in order: its start, the content check, Astro's process, search index, serving, done. */
export const BUILD_MARKS = ['start', 'gate-start', 'gate-end', 'astro-spawned', 'astro-exited', 'search-done', 'done'] as const;
export type BuildMarkName = (typeof BUILD_MARKS)[number];
export type BuildMarks = Partial<Record<BuildMarkName, BuildSample>>;

export const PHASE_IDS = ['start-up', 'content-check', 'astro-start', 'content-sync', 'bundling', 'page-generation', 'astro-finish', 'astro', 'search-index', 'serving'] as const;
export type PhaseId = (typeof PHASE_IDS)[number];

/** How each phase is named in the benchmark's tables. */
export const PHASE_LABELS: Record<PhaseId, string> = {
	'start-up': 'start-up',
	'content-check': 'content check',
	'astro-start': 'Astro start',
	'content-sync': 'content sync',
	bundling: 'bundling (MDX)',
	'page-generation': 'page generation',
	'astro-finish': 'Astro finish',
	astro: 'Astro (whole)',
	'search-index': 'search index',
	serving: 'serving prep',
};

export interface Phase {
	id: PhaseId;
	/** Wall time; for the search index only the part after Astro has finished (see searchIndex). */
	wallMs: number;
	/** CPU time (user + system) of the processes doing the phase's work; null when not measurable. */
	cpuMs: number | null;
}

export interface PhaseReport {
	schemaVersion: 1;
	phases: Phase[];
	/** From build.ts's start to its end (npm's own start-up is not in it). */
	totalWallMs: number;
	/** build.ts and every child it waited for (Astro, Pagefind). */
	totalCpuMs: number;
	/** The search index's CPU time split: build.ts's own (reading and preparing pages) and Pagefind's process. */
	search: { buildTsCpuMs: number; pagefindCpuMs: number };
}

/**
 * The CPU time (user + system, ms) of the children a process has waited for, from the text of
 * its /proc/<pid>/stat: cutime and cstime, fields 16 and 17, in clock ticks (USER_HZ, 100 on
 * Linux). A child's time is added when it has ended and been waited for, with that of its own
 * waited-for children.
 */
export function childCpuMsFromStat(stat: string, ticksPerSecond = 100): number {
	// The command name (field 2) is in parentheses and may hold spaces: count from after it.
	const fields = stat.slice(stat.lastIndexOf(')') + 2).trim().split(/\s+/);
	// fields[0] is field 3 (state); field n is fields[n - 3].
	const cutime = Number(fields[13]);
	const cstime = Number(fields[14]);
	if (!Number.isFinite(cutime) || !Number.isFinite(cstime)) throw new Error(`not a /proc stat line: ${stat.slice(0, 80)}`);
	return ((cutime + cstime) * 1000) / ticksPerSecond;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

function between(a: BuildSample, b: BuildSample): Phase['cpuMs'] {
	return b.ownCpuMs - a.ownCpuMs + (b.childCpuMs - a.childCpuMs);
}

/**
 * Turns the marks of build.ts and of Astro's process into phases:
 * - start-up: build.ts loading and the build lock;
 * - content check: reading and checking the archive (build.ts);
 * - Astro start: from spawning Astro to config:done (Node start-up, loading Astro and the config,
 *   the routes); its CPU is all of Astro's process up to then;
 * - content sync: config:done to build:start (the content layer and types);
 * - bundling: build:start to "bundled" (Vite/Rolldown, where every MDX file is compiled);
 * - page generation: "bundled" to build:generated;
 * - Astro finish: build:generated to the exit of Astro's process (build:done hooks, stats); its
 *   CPU is Astro's CPU at build:done less that at build:generated;
 * - search index: build.ts's own CPU from the content check's end to the index being written
 *   (the follower reads the pages while Astro renders) plus Pagefind's process (the children's
 *   time build.ts waited for, less Astro's: Pagefind may end before or after Astro); its wall
 *   time is only what is left after Astro has finished, because the rest runs alongside Astro
 *   on the other core;
 * - serving prep: precompression and server configurations, and the swap of the output folder.
 * Without Astro's marks (Astro run some other way), Astro is one phase, "Astro (whole)".
 */
export function computePhases(build: BuildMarks, astro: AstroMarks): PhaseReport {
	const missing = BUILD_MARKS.filter((name) => !build[name]);
	if (missing.length > 0) throw new Error(`build marks missing: ${missing.join(', ')}`);
	const b = build as Record<BuildMarkName, BuildSample>;
	// The children build.ts waited for from Astro's start to the index being written: Astro and
	// Pagefind. Pagefind may end before Astro does (the index is written while Astro still
	// renders), so Astro's own share comes from its marks where it has them.
	const childrenCpuMs = b['search-done'].childCpuMs - b['astro-spawned'].childCpuMs;
	const a = astro as Record<AstroMarkName, AstroMark>;
	const hasAstroMarks = ASTRO_MARKS.every((name) => astro[name]);
	const astroCpuMs = hasAstroMarks ? a['build:done'].cpuMs : b['astro-exited'].childCpuMs - b['astro-spawned'].childCpuMs;
	const phases: Phase[] = [
		{ id: 'start-up', wallMs: b['gate-start'].at - b.start.at, cpuMs: between(b.start, b['gate-start']) },
		{ id: 'content-check', wallMs: b['gate-end'].at - b['gate-start'].at, cpuMs: between(b['gate-start'], b['gate-end']) },
	];
	if (hasAstroMarks) {
		const span = (from: AstroMarkName, to: AstroMarkName) => ({ wallMs: a[to].at - a[from].at, cpuMs: a[to].cpuMs - a[from].cpuMs });
		phases.push(
			{ id: 'astro-start', wallMs: a['config:done'].at - b['astro-spawned'].at, cpuMs: a['config:done'].cpuMs },
			{ id: 'content-sync', ...span('config:done', 'build:start') },
			{ id: 'bundling', ...span('build:start', 'bundled') },
			{ id: 'page-generation', ...span('bundled', 'build:generated') },
			{ id: 'astro-finish', wallMs: b['astro-exited'].at - a['build:generated'].at, cpuMs: astroCpuMs - a['build:generated'].cpuMs },
		);
	} else {
		phases.push({ id: 'astro', wallMs: b['astro-exited'].at - b['astro-spawned'].at, cpuMs: astroCpuMs });
	}
	const searchOwn = b['search-done'].ownCpuMs - b['gate-end'].ownCpuMs;
	const pagefind = Math.max(0, childrenCpuMs - astroCpuMs);
	phases.push(
		{ id: 'search-index', wallMs: b['search-done'].at - b['astro-exited'].at, cpuMs: searchOwn + pagefind },
		{ id: 'serving', wallMs: b.done.at - b['search-done'].at, cpuMs: between(b['search-done'], b.done) },
	);
	return {
		schemaVersion: 1,
		phases: phases.map((p) => ({ id: p.id, wallMs: round(p.wallMs), cpuMs: p.cpuMs === null ? null : round(p.cpuMs) })),
		totalWallMs: round(b.done.at - b.start.at),
		totalCpuMs: round(b.done.ownCpuMs + b.done.childCpuMs),
		search: { buildTsCpuMs: round(searchOwn), pagefindCpuMs: round(pagefind) },
	};
}

/** The sum of the phases' CPU time (phases without a CPU figure count as 0). */
export function phaseCpuSum(phases: readonly Phase[]): number {
	return phases.reduce((sum, p) => sum + (p.cpuMs ?? 0), 0);
}

/** Checks a phase report read back from a file; returns it, or throws saying what is wrong. */
export function parsePhaseReport(json: unknown): PhaseReport {
	const report = json as PhaseReport;
	if (!report || report.schemaVersion !== 1 || !Array.isArray(report.phases) || typeof report.search?.pagefindCpuMs !== 'number') throw new Error('not a phase report (schemaVersion 1)');
	for (const phase of report.phases) {
		if (!PHASE_IDS.includes(phase.id)) throw new Error(`unknown phase "${String(phase.id)}"`);
		if (typeof phase.wallMs !== 'number' || (phase.cpuMs !== null && typeof phase.cpuMs !== 'number')) throw new Error(`phase ${phase.id}: wallMs/cpuMs are not numbers`);
	}
	return report;
}
