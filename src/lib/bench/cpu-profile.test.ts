/** Tests for cpu-profile.ts: a tiny hand-made V8 profile summarised per function, file and process. */
import { describe, expect, it } from 'vitest';
import { displayFile, identifyProcess, summariseProfile, type CallFrame, type CpuProfile } from './cpu-profile.ts';

const ROOT = 'file:///repo';
const frame = (functionName: string, url = '', lineNumber = 0): CallFrame => ({ functionName, url, lineNumber, columnNumber: 0 });

/**
 * (root) ─┬─ main (scripts/build.ts:1) ─┬─ walk (src/lib/a.ts:10) ── walk (recursion) ── parse (node_modules/x/i.js)
 *         │                              └─ (garbage collector)
 *         ├─ (idle)
 *         └─ (program)
 * Samples (each worth the next sample's delta, 1 ms; the last is worth nothing):
 * walk(inner) ×2, parse ×3, walk(outer) ×1, main ×1, GC ×1, idle ×2, program ×1, idle (last).
 */
function profile(mainUrl = `${ROOT}/scripts/build.ts`): CpuProfile {
	const nodes = [
		{ id: 1, callFrame: frame('(root)'), children: [2, 7, 8] },
		{ id: 2, callFrame: frame('main', mainUrl, 0), children: [3, 6] },
		{ id: 3, callFrame: frame('walk', `${ROOT}/src/lib/a.ts`, 9), children: [4] },
		{ id: 4, callFrame: frame('walk', `${ROOT}/src/lib/a.ts`, 9), children: [5] },
		{ id: 5, callFrame: frame('parse', `${ROOT}/node_modules/x/i.js`, 4), children: [] },
		{ id: 6, callFrame: frame('(garbage collector)'), children: [] },
		{ id: 7, callFrame: frame('(idle)'), children: [] },
		{ id: 8, callFrame: frame('(program)'), children: [] },
	];
	const samples = [4, 4, 5, 5, 5, 3, 2, 6, 7, 7, 8, 7];
	return { nodes, startTime: 0, endTime: 12_000, samples, timeDeltas: samples.map(() => 1000) };
}

describe('summariseProfile', () => {
	const summary = summariseProfile(profile(), ROOT, 10);

	it('adds up sampled time, idle, garbage collection and V8 work', () => {
		expect(summary).toMatchObject({ process: 'build.ts', totalMs: 11, idleMs: 2, gcMs: 1, programMs: 1 });
	});

	it('ranks functions by self time, merging the calls of one function, with 1-based lines and project-relative files', () => {
		expect(summary.topSelf).toEqual([
			{ name: 'parse', file: 'node_modules/x/i.js', line: 5, ms: 3 },
			{ name: 'walk', file: 'src/lib/a.ts', line: 10, ms: 3 },
			{ name: 'main', file: 'scripts/build.ts', line: 1, ms: 1 },
		]);
	});

	it("counts a recursive function's inclusive time once, and lists only the project's own code", () => {
		expect(summary.topProject).toEqual([
			{ name: 'main', file: 'scripts/build.ts', line: 1, ms: 8 },
			{ name: 'walk', file: 'src/lib/a.ts', line: 10, ms: 6 },
		]);
	});

	it('ranks files by self time', () => {
		expect(summary.topFiles).toEqual([
			{ file: 'node_modules/x/i.js', ms: 3 },
			{ file: 'src/lib/a.ts', ms: 3 },
			{ file: 'scripts/build.ts', ms: 1 },
		]);
	});
});

describe('summariseProfile: project files', () => {
	it("ranks the project's files by inclusive time, a file counted once per sample however often it is on the stack", () => {
		expect(summariseProfile(profile(), ROOT, 10).topProjectFiles).toEqual([
			{ file: 'scripts/build.ts', ms: 8 },
			{ file: 'src/lib/a.ts', ms: 6 },
		]);
	});
});

describe('identifyProcess', () => {
	it("tells build.ts, Astro's process and others apart", () => {
		expect(identifyProcess(profile())).toBe('build.ts');
		expect(identifyProcess(profile(`${ROOT}/.astro/.prerender/chunks/_slug__x.mjs`))).toBe('astro');
		expect(identifyProcess(profile(`${ROOT}/node_modules/npm/lib/cli.js`))).toBe('other');
	});
});

describe('displayFile', () => {
	it('names files inside the project relative to it, others by path, native code as such', () => {
		expect(displayFile(`${ROOT}/src/x.ts`, ROOT)).toBe('src/x.ts');
		expect(displayFile('file:///usr/lib/y.js', ROOT)).toBe('/usr/lib/y.js');
		expect(displayFile('node:internal/fs', ROOT)).toBe('node:internal/fs');
		expect(displayFile('', ROOT)).toBe('(native)');
	});
});
