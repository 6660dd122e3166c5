/**
 * Builds a site the way `npm run build` does, from any content folder into any output folder,
 * and reports the exit code and output so tests can assert on failures too.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '../..');

export interface BuildResult {
	status: number;
	output: string;
	outDir: string;
}

/** Runs the production build. `contentDir` is relative to the repository or absolute. */
export function buildSite(contentDir: string, outDir = mkdtempSync(path.join(tmpdir(), 'aa-build-'))): BuildResult {
	const result = spawnSync('npm', ['run', '--silent', 'build'], {
		cwd: repoRoot,
		env: {
			...process.env,
			ADVIESARCHIEF_CONTENT: path.resolve(repoRoot, contentDir),
			ADVIESARCHIEF_OUT: outDir,
			// Each build keeps its own content cache; builds in parallel test files still take
			// turns, because they share the project's .astro/ folder (scripts/build.ts locks it).
			ADVIESARCHIEF_CACHE: `${outDir}.cache`,
			ASTRO_TELEMETRY_DISABLED: '1',
			NO_COLOR: '1',
			FORCE_COLOR: '0',
		},
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	return { status: result.status ?? 1, output: `${result.stdout}\n${result.stderr}`, outDir };
}
