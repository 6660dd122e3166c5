/**
 * Counts of work per route, from Astro's build log: which page file (route) under src/pages
 * made how many output files, and how long their renders took. This is what shows whether a
 * route's cost per page grows with the archive (a page that filters or sorts the whole archive
 * costs more per page at 5,000 documents than at 1,000).
 *
 * Astro 7 logs every generated file as `HH:MM:SS   ├─ /path/index.html` when it starts the file
 * and ` (+12ms)` when it is written (astro/dist/core/build/generate.js). With
 * `build.concurrency` above 1 (this project renders four at a time) several starts come before
 * their ends, so lines are glued together and an end is not always on its own file's line. The
 * parser pairs each end with the oldest file still open (a "(cached)" with the newest); files of one route are rendered one
 * after the other, so this can misplace at most concurrency − 1 timings at a route's border.
 * Each timing is a file's render from start to end, including the time the other files being
 * rendered at the same time held the (single) thread: sums are up to `concurrency` times the
 * wall time, alike for every route, so compare ms per page between routes and between sizes,
 * not with wall clocks. Pure functions: the CLI (scripts/bench/profile.ts) reads the files.
 */

/** One generated file in Astro's log: its output path and render time (null: cached or no end seen). */
export interface RenderedFile {
	path: string;
	ms: number | null;
}

// A path ends at white space or where the next glued line's time (HH:MM:SS) begins.
const EVENT = /├─ (\S+?)(?=\d\d:\d\d:\d\d|\s|$)|\((?:\+([\d.]+)(ms|s)|(cached|restored))\)/g;

/**
 * The files Astro generated, in the order it started them, from its build log (the build's
 * stdout, with or without colour codes; lines may be glued together).
 */
export function parseRenderLog(log: string): RenderedFile[] {
	// Colour codes (ESC [ ... m) would split the markers from their text.
	const text = log.replace(/\u001b\[[0-9;]*m/g, '');
	const files: RenderedFile[] = [];
	const open: RenderedFile[] = [];
	for (const match of text.matchAll(EVENT)) {
		if (match[1] !== undefined) {
			const file: RenderedFile = { path: match[1], ms: null };
			files.push(file);
			open.push(file);
		} else if (match[4] !== undefined) {
			// A cached or restored file logs its start and its "(cached)" back to back: it is the newest open one.
			open.pop();
		} else {
			const file = open.shift();
			if (file) file.ms = Number(match[2]) * (match[3] === 's' ? 1000 : 1);
		}
	}
	return files;
}

/** A route: the page file under src/pages that makes a set of output files. */
export interface Route {
	/** The page file's path under src/pages without extension, e.g. `adviezen/[slug]`, `index`. */
	id: string;
	/** The output files it makes. */
	pattern: RegExp;
	/** For ordering: more specific routes first (static segments before parameters, rest parameters last). */
	rank: number[];
	/** A page (.astro, .md, .mdx) rather than an endpoint: on a tie, pages are tried first. */
	page: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The routes of a site, from its page files (paths relative to src/pages, e.g.
 * `adviezen/[slug].astro`, `robots.txt.ts`). Files and folders starting with `_` are not routes.
 * `.astro` pages write `<route>/index.html` (build.format "directory"; `404.astro` writes
 * `404.html`); endpoints (`.ts`, `.js`) write the file their name says.
 */
export function routesFromPageFiles(files: readonly string[]): Route[] {
	const routes: Route[] = [];
	for (const file of files) {
		const parts = file.split('/');
		if (parts.some((p) => p.startsWith('_'))) continue;
		const page = /\.(astro|md|mdx)$/.test(file);
		if (!page && !/\.(ts|js|mjs)$/.test(file)) continue;
		const id = file.replace(/\.(astro|md|mdx|ts|js|mjs)$/, '');
		const segments = id.split('/');
		if (page && segments.at(-1) === 'index') segments.pop();
		const rank: number[] = [];
		let source = '';
		for (const segment of segments) {
			const rest = /^\[\.\.\.[^\]]+\]$/.test(segment);
			if (rest) {
				// A rest parameter may be empty: `opvolging/[...filter]` also matches `opvolging/`.
				source += '(?:/.+)?';
				rank.push(3);
				continue;
			}
			const dynamic = segment.includes('[');
			rank.push(dynamic ? (/^\[[^\]]+\]$/.test(segment) ? 2 : 1) : 0);
			source += '/' + segment.split(/\[[^\]]+\]/).map(escape).join('[^/]+');
		}
		// Pages write a folder's index.html (404.astro writes 404.html); endpoints the file itself.
		const target = !page ? source : id === '404' ? '/404\\.html' : `${source}/index\\.html`;
		routes.push({ id, pattern: new RegExp(`^${target}$`), rank, page });
	}
	return routes.sort((a, b) => compareRank(a.rank, b.rank) || Number(b.page) - Number(a.page) || a.id.localeCompare(b.id));
}

/** Segment by segment, static before parameters; on an equal start, the shorter route (only rest parameters overlap). */
function compareRank(a: number[], b: number[]): number {
	for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
	return a.length - b.length;
}

/** The route that made an output file (`/adviezen/x/index.html` → `adviezen/[slug]`), or null. */
export function routeOf(file: string, routes: readonly Route[]): string | null {
	return routes.find((route) => route.pattern.test(file))?.id ?? null;
}

/** What one route cost in a build. */
export interface RouteCost {
	route: string;
	pages: number;
	/** Sum of the files' render times (see the module header: overlapping, up to `concurrency`× wall). */
	ms: number;
	msPerPage: number;
	/** This route's part of all files' render times, 0–1. */
	share: number;
}

/** Per route: files, summed render time, ms per file and share; most expensive first. Unknown files go under "(other)". */
export function costPerRoute(files: readonly RenderedFile[], routes: readonly Route[]): RouteCost[] {
	const totals = new Map<string, { pages: number; ms: number }>();
	for (const file of files) {
		const route = routeOf(file.path, routes) ?? '(other)';
		const total = totals.get(route) ?? { pages: 0, ms: 0 };
		total.pages += 1;
		total.ms += file.ms ?? 0;
		totals.set(route, total);
	}
	const all = [...totals.values()].reduce((sum, t) => sum + t.ms, 0);
	return [...totals]
		.map(([route, t]) => ({ route, pages: t.pages, ms: t.ms, msPerPage: t.ms / t.pages, share: all > 0 ? t.ms / all : 0 }))
		.sort((a, b) => b.ms - a.ms || a.route.localeCompare(b.route));
}
