import path from 'node:path';

/**
 * The content folder the site is built from: `content/` unless ADVIESARCHIEF_CONTENT names
 * another (the fictional example archive, a test fixture, a generated benchmark corpus).
 */
export function resolveContentDir(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
	return path.resolve(cwd, env.ADVIESARCHIEF_CONTENT || 'content');
}

/**
 * The folder the site is built into: `dist/` unless ADVIESARCHIEF_OUT names another. An empty
 * variable counts as unset, as in astro.config.mjs, so the build and its search index always
 * agree on the folder.
 */
export function resolveOutDir(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
	return path.resolve(cwd, env.ADVIESARCHIEF_OUT || 'dist');
}
