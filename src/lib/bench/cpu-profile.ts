/**
 * What a V8 CPU profile (a `.cpuprofile` from `node --cpu-prof`) says about one process of the
 * build: where its CPU went (self time per function and per file), which of the project's own
 * functions hold the most time with what they call (inclusive time), and how much was idle or
 * garbage collection. The profile tool (scripts/bench/profile.ts) profiles every Node process of
 * `npm run build` this way, to find work that grows with the archive. Pure functions over the
 * parsed JSON; reading the files is the CLI's.
 *
 * A profile is a call tree (nodes with a call frame and children) and a list of samples (the
 * node on top of the stack at each tick) with the time since the previous sample. A sample's
 * time here is the time until the next sample, as Chrome's DevTools count it.
 */

/** A call frame as V8 writes it: lineNumber is 0-based; url is a file:// URL, or empty for native code. */
export interface CallFrame {
	functionName: string;
	url: string;
	lineNumber: number;
	columnNumber?: number;
	scriptId?: string;
}

export interface ProfileNode {
	id: number;
	callFrame: CallFrame;
	hitCount?: number;
	children?: number[];
}

/** The JSON of a `.cpuprofile` (Chrome DevTools protocol Profiler.Profile). Times in microseconds. */
export interface CpuProfile {
	nodes: ProfileNode[];
	startTime: number;
	endTime: number;
	samples: number[];
	timeDeltas: number[];
}

/** Which process of the build a profile is from. */
export type BuildProcess = 'build.ts' | 'astro' | 'other';

/** A function's time: self (on top of the stack) or inclusive (anywhere on it, counted once per sample). */
export interface FunctionCost {
	name: string;
	/** The file, relative to the project when it is in it; "(native)" for V8's own code. */
	file: string;
	/** 1-based, as editors count. */
	line: number;
	ms: number;
}

export interface FileCost {
	file: string;
	ms: number;
}

export interface ProfileSummary {
	process: BuildProcess;
	/** All sampled time, idle included. */
	totalMs: number;
	idleMs: number;
	gcMs: number;
	/** V8's "(program)": native work outside JavaScript (compiling, the bundler's bindings, I/O set-up). */
	programMs: number;
	topSelf: FunctionCost[];
	/** The project's own code (its src/, and Astro's bundles of it in .astro/.prerender), by inclusive time. */
	topProject: FunctionCost[];
	/** Self time per file, JavaScript only. */
	topFiles: FileCost[];
	/**
	 * The project's files by inclusive time (a file's functions and all they call, counted once
	 * per sample). In Astro's process a page's bundle (e.g. `.astro/.prerender/chunks/_slug__….mjs`
	 * for `adviezen/[slug].astro`) then holds that route's CPU time, unlike the log's wall times.
	 */
	topProjectFiles: FileCost[];
}

const SPECIAL = new Set(['(root)', '(idle)', '(program)', '(garbage collector)']);

/**
 * Which process a profile is from: build.ts (its script, or the search follower it runs),
 * Astro's (the page bundles in .astro/.prerender, or Astro's page generator), or another.
 */
export function identifyProcess(profile: CpuProfile): BuildProcess {
	const urls = new Set(profile.nodes.map((node) => node.callFrame.url));
	const has = (test: (url: string) => boolean) => [...urls].some(test);
	if (has((url) => url.endsWith('/scripts/build.ts') || url.endsWith('/src/lib/search/follow-build.ts'))) return 'build.ts';
	if (has((url) => url.includes('/.prerender/') || url.endsWith('/astro/dist/core/build/generate.js'))) return 'astro';
	return 'other';
}

/** Each sample's time in ms: the time until the next sample (the last one gets none). */
function sampleMs(profile: CpuProfile): number[] {
	return profile.samples.map((_, i) => (profile.timeDeltas[i + 1] ?? 0) / 1000);
}

/** A file's name for the report: relative to the project root (a file:// URL) when inside it. */
export function displayFile(url: string, projectUrl: string): string {
	if (url === '') return '(native)';
	const root = projectUrl.endsWith('/') ? projectUrl : `${projectUrl}/`;
	return url.startsWith(root) ? url.slice(root.length) : url.replace(/^file:\/\//, '');
}

/** Whether a frame's file is the project's own code: under the root, not in node_modules. */
function isProjectCode(url: string, projectUrl: string): boolean {
	const root = projectUrl.endsWith('/') ? projectUrl : `${projectUrl}/`;
	return url.startsWith(root) && !url.slice(root.length).includes('node_modules/');
}

const keyOf = (frame: CallFrame) => `${frame.functionName}\u0000${frame.url}\u0000${frame.lineNumber}\u0000${frame.columnNumber ?? 0}`;

/**
 * Summarises a profile: totals, idle, GC and V8's own work, the `top` functions by self time,
 * the project's functions by inclusive time (a recursive function is counted once per
 * sample), and files by self time. `projectUrl` is the project root as a file:// URL.
 */
export function summariseProfile(profile: CpuProfile, projectUrl: string, top = 15): ProfileSummary {
	const byId = new Map(profile.nodes.map((node) => [node.id, node]));
	const self = new Map<number, number>();
	sampleMs(profile).forEach((ms, i) => {
		const id = profile.samples[i]!;
		self.set(id, (self.get(id) ?? 0) + ms);
	});

	const special = { '(idle)': 0, '(garbage collector)': 0, '(program)': 0 } as Record<string, number>;
	const selfByFunction = new Map<string, FunctionCost>();
	const selfByFile = new Map<string, number>();
	let totalMs = 0;
	for (const [id, ms] of self) {
		const frame = byId.get(id)!.callFrame;
		totalMs += ms;
		if (SPECIAL.has(frame.functionName) && frame.url === '') {
			if (frame.functionName in special) special[frame.functionName] = special[frame.functionName]! + ms;
			continue;
		}
		const cost = selfByFunction.get(keyOf(frame)) ?? { ...describe(frame, projectUrl), ms: 0 };
		cost.ms += ms;
		selfByFunction.set(keyOf(frame), cost);
		if (frame.url !== '') {
			const file = displayFile(frame.url, projectUrl);
			selfByFile.set(file, (selfByFile.get(file) ?? 0) + ms);
		}
	}

	// Inclusive time: each node's self time plus its subtree's, added to a function only where no
	// caller up the stack is the same function (so recursion is not counted twice).
	const inclusive = new Map<string, FunctionCost>();
	const children = new Set(profile.nodes.flatMap((node) => node.children ?? []));
	const root = profile.nodes.find((node) => !children.has(node.id));
	const inclusiveByFile = new Map<string, number>();
	const onStack = new Map<string, number>();
	const fileOnStack = new Map<string, number>();
	const visit = (node: ProfileNode): number => {
		const key = keyOf(node.callFrame);
		const url = node.callFrame.url;
		onStack.set(key, (onStack.get(key) ?? 0) + 1);
		fileOnStack.set(url, (fileOnStack.get(url) ?? 0) + 1);
		let ms = self.get(node.id) ?? 0;
		for (const child of node.children ?? []) ms += visit(byId.get(child)!);
		onStack.set(key, onStack.get(key)! - 1);
		fileOnStack.set(url, fileOnStack.get(url)! - 1);
		if (isProjectCode(url, projectUrl)) {
			if (onStack.get(key) === 0) {
				const cost = inclusive.get(key) ?? { ...describe(node.callFrame, projectUrl), ms: 0 };
				cost.ms += ms;
				inclusive.set(key, cost);
			}
			if (fileOnStack.get(url) === 0) {
				const file = displayFile(url, projectUrl);
				inclusiveByFile.set(file, (inclusiveByFile.get(file) ?? 0) + ms);
			}
		}
		return ms;
	};
	if (root) visit(root);

	const round = (ms: number) => Math.round(ms * 10) / 10;
	const topFilesOf = (costs: Map<string, number>) =>
		[...costs]
			.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
			.slice(0, top)
			.map(([file, ms]) => ({ file, ms: round(ms) }));
	const topOf = (costs: Iterable<FunctionCost>) =>
		[...costs]
			.sort((a, b) => b.ms - a.ms || a.name.localeCompare(b.name))
			.slice(0, top)
			.map((c) => ({ ...c, ms: round(c.ms) }));
	return {
		process: identifyProcess(profile),
		totalMs: round(totalMs),
		idleMs: round(special['(idle)']!),
		gcMs: round(special['(garbage collector)']!),
		programMs: round(special['(program)']!),
		topSelf: topOf(selfByFunction.values()),
		topProject: topOf(inclusive.values()),
		topFiles: topFilesOf(selfByFile),
		topProjectFiles: topFilesOf(inclusiveByFile),
	};
}

function describe(frame: CallFrame, projectUrl: string): Omit<FunctionCost, 'ms'> {
	return { name: frame.functionName || '(anonymous)', file: displayFile(frame.url, projectUrl), line: frame.lineNumber + 1 };
}
