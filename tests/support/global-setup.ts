/**
 * Builds each fixture site once per test run; tests get the output folders through `inject`.
 * A failed build fails the run with Astro's output, rather than every test failing on its own.
 * Before and after the run it stops any nginx a test started and could not stop (a worker
 * killed on a timeout or by Ctrl+C): see src/lib/serving/nginx-registry.ts.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { NGINX_REGISTRY, stopRecordedServers } from '../../src/lib/serving/nginx-registry.ts';
import { buildSite, repoRoot } from './build-site.ts';

export const FIXTURE_SITES = {
	/** The real archive in content/. */
	realSite: 'content',
	/** The fictional example archive. */
	exampleSite: 'examples/fictief',
} as const;

declare module 'vitest' {
	export interface ProvidedContext {
		realSite: string;
		exampleSite: string;
	}
}

export default async function setup(project: TestProject) {
	await stopRecordedServers(NGINX_REGISTRY);
	const root = path.join(repoRoot, '.tmp', 'sites');
	rmSync(root, { recursive: true, force: true });
	mkdirSync(root, { recursive: true });
	for (const [key, contentDir] of Object.entries(FIXTURE_SITES) as [keyof typeof FIXTURE_SITES, string][]) {
		const outDir = path.join(root, key);
		if (!existsSync(path.join(repoRoot, contentDir))) {
			project.provide(key, '');
			continue;
		}
		const result = buildSite(contentDir, outDir);
		if (result.status !== 0) throw new Error(`Building ${contentDir} failed:\n${result.output}`);
		project.provide(key, outDir);
	}
	return async () => {
		await stopRecordedServers(NGINX_REGISTRY);
	};
}
