/**
 * The report of `npm run bench:profile` (scripts/bench/profile.ts): its shape (also the JSON it
 * writes) and the text printed on the terminal: the cost per route from Astro's log, the
 * build's phases, and per Node process of the build where its CPU went.
 */
import { PHASE_LABELS, type PhaseReport } from '../build/build-phases.ts';
import type { FunctionCost, ProfileSummary } from './cpu-profile.ts';
import type { RouteCost } from './route-log.ts';

/** How the per-route times are to be read (printed with the table and kept in the JSON). */
export const ROUTE_TIMES_NOTE =
	"Render time per file from Astro's log: start to written, while up to build.concurrency files render at once on one thread, " +
	'so a sum is up to that many times the wall time. Astro renders route by route, so a route\'s times are its own work (give or take ' +
	'concurrency − 1 files at its borders). Compare ms per page between routes and between archive sizes, not with wall clocks, ' +
	'and only between runs on an equally quiet machine: they are wall-clock intervals (the CPU profiles below are not).';

export interface ProfileReport {
	schemaVersion: 1;
	generatedAt: string;
	documents: number;
	seed: number;
	corpus: { advice: number; dvo: number; periods: number };
	/** Wall time of the profiled build (profiling slows it down: not a benchmark figure). */
	buildWallMs: number;
	routesNote: string;
	routes: RouteCost[];
	/** Files Astro logged that the routes table counts. */
	renderedFiles: number;
	phases: PhaseReport | null;
	/** One per Node process that wrote a profile; `file` is the .cpuprofile's name. */
	profiles: (ProfileSummary & { file: string })[];
}

const fixed = (n: number, digits = 1) => n.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function table(header: string[], rows: string[][]): string {
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
	const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
	return [line(header), `|${widths.map((w, i) => (i === 0 ? `${'-'.repeat(w + 1)}-` : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...rows.map(line)].join('\n');
}

const functionRows = (costs: FunctionCost[], limit: number) => costs.slice(0, limit).map((c) => [`${c.name} (${c.file}:${c.line})`, fixed(c.ms, 0)]);

/** The report as text: routes, phases, then per process its totals and top functions and files. */
export function formatProfileReport(report: ProfileReport, limit = 10): string {
	const out: string[] = [];
	out.push(`Profile of npm run build at ${report.documents.toLocaleString('en-GB')} documents (seed ${report.seed}; ${report.corpus.advice} advice, ${report.corpus.dvo} DVO versions)`);
	out.push(`Profiled build: ${fixed(report.buildWallMs / 1000)} s wall (slowed down by profiling)\n`);
	out.push(`Cost per route (page file under src/pages), ${report.renderedFiles} files:`);
	out.push(
		table(
			['route', 'pages', 'render ms', 'ms/page', 'share'],
			report.routes.map((r) => [r.route, String(r.pages), fixed(r.ms, 0), fixed(r.msPerPage), `${fixed(r.share * 100)}%`]),
		),
	);
	out.push(report.routesNote);
	if (report.phases) {
		out.push('\nPhases:');
		out.push(table(['phase', 'wall s', 'CPU s'], report.phases.phases.map((p) => [PHASE_LABELS[p.id], fixed(p.wallMs / 1000), p.cpuMs === null ? '–' : fixed(p.cpuMs / 1000)])));
	}
	for (const p of report.profiles) {
		out.push(`\nProcess ${p.process} (${p.file}): ${fixed(p.totalMs / 1000)} s sampled, idle ${fixed(p.idleMs / 1000)} s, GC ${fixed(p.gcMs / 1000)} s, V8/native ${fixed(p.programMs / 1000)} s`);
		out.push(table(['top self time', 'ms'], functionRows(p.topSelf, limit)));
		out.push(table(['project code, inclusive', 'ms'], functionRows(p.topProject, limit)));
		out.push(table(['file, self time', 'ms'], p.topFiles.slice(0, limit).map((f) => [f.file, fixed(f.ms, 0)])));
		out.push(table(['project file, inclusive', 'ms'], p.topProjectFiles.slice(0, limit).map((f) => [f.file, fixed(f.ms, 0)])));
	}
	return out.join('\n');
}

/** One route at two archive sizes: its pages and ms per page in each, and how much the ms per page grew. */
export interface RouteComparison {
	route: string;
	pages: [number, number];
	msPerPage: [number, number];
	/** ms per page at the larger size ÷ at the smaller; null when the route is missing or free at the smaller. */
	growth: number | null;
}

/**
 * The routes of two profile reports side by side, the smaller archive first, ordered by the
 * larger one's share: a growth well above 1 is work per page that grows with the archive.
 */
export function compareRoutes(a: ProfileReport, b: ProfileReport): RouteComparison[] {
	const [small, large] = a.documents <= b.documents ? [a, b] : [b, a];
	const before = new Map(small.routes.map((r) => [r.route, r]));
	return large.routes.map((r) => {
		const s = before.get(r.route);
		return {
			route: r.route,
			pages: [s?.pages ?? 0, r.pages],
			msPerPage: [s?.msPerPage ?? 0, r.msPerPage],
			growth: s && s.msPerPage > 0 ? r.msPerPage / s.msPerPage : null,
		};
	});
}

/** The comparison as a table, with the two sizes in its header. */
export function formatRouteComparison(a: ProfileReport, b: ProfileReport): string {
	const [small, large] = [a.documents, b.documents].sort((x, y) => x - y) as [number, number];
	const n = (d: number) => d.toLocaleString('en-GB');
	return table(
		['route', `pages ${n(small)}`, `pages ${n(large)}`, `ms/page ${n(small)}`, `ms/page ${n(large)}`, 'growth'],
		compareRoutes(a, b).map((c) => [c.route, String(c.pages[0]), String(c.pages[1]), fixed(c.msPerPage[0]), fixed(c.msPerPage[1]), c.growth === null ? '–' : `${fixed(c.growth, 2)}×`]),
	);
}
