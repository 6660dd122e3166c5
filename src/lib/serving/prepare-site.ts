/**
 * The last step of a build: make the output folder ready to be served. Checks the serving
 * rules, writes the server configurations generated from them (nginx, Apache, `_headers`) and
 * the precompressed .gz/.br files. scripts/build.ts calls this once, before publishing the site.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { renderHtaccess } from './apache-config.ts';
import { renderHeadersFile } from './headers-file.ts';
import { nginxDeployConfig } from './nginx-config.ts';
import { validateRules } from './policy.ts';
import { createPrecompressor, type PrecompressReport, type Precompressor } from './precompress.ts';
import { SERVING_RULES, type ServingRules } from './rules.ts';

/** Where in the built site each generated configuration lands (relative paths). */
export const DEPLOY_FILES = {
	nginx: `${SERVING_RULES.deployDir}/nginx.conf`,
	apache: '.htaccess',
	headers: '_headers',
} as const;

export interface PreparedSite extends PrecompressReport {
	/** Milliseconds spent, almost all of it compressing. */
	ms: number;
}

/**
 * Writes the configurations and compressed files into `siteDir`; throws (in Dutch) on bad rules.
 * `precompressor` may have compressed some files already while the site was built.
 */
export async function prepareSiteForServing(siteDir: string, rules: ServingRules = SERVING_RULES, precompressor: Precompressor = createPrecompressor(siteDir, rules)): Promise<PreparedSite> {
	const started = performance.now();
	const problems = validateRules(rules);
	if (problems.length > 0) throw new Error(`De serveerregels kloppen niet:\n- ${problems.join('\n- ')}`);
	await mkdir(path.join(siteDir, rules.deployDir), { recursive: true });
	await writeFile(path.join(siteDir, rules.deployDir, 'nginx.conf'), nginxDeployConfig(rules));
	await writeFile(path.join(siteDir, '.htaccess'), renderHtaccess(rules));
	await writeFile(path.join(siteDir, '_headers'), renderHeadersFile(rules));
	const report = await precompressor.finish();
	return { ...report, ms: Math.round(performance.now() - started) };
}
