/**
 * Which bundler warnings the build keeps to itself. The secretary's terminal should show their
 * own problems, not the bundler's notes about how Astro compiles their files: every MDX document
 * compiles to a module that starts with Astro's "use astro:head-inject" directive, and Rolldown
 * warns for each one (MODULE_LEVEL_DIRECTIVE) that it may drop the directive when bundling. Astro
 * relies on it only before bundling, so the warning is known and harmless. Exactly that warning is
 * dropped; every other warning still reaches the terminal.
 */

export interface BundlerLog {
	code?: string;
	message: string;
}

/** True for a known, harmless bundler warning (see the header). */
export function isHarmlessBundlerWarning(log: BundlerLog): boolean {
	return log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"');
}

/**
 * A Rolldown `onLog` handler that drops the harmless warnings and passes the rest on.
 * Use as `vite.build.rolldownOptions.onLog` in astro.config.mjs.
 */
export function quietBundlerLog<Level extends string, Log extends BundlerLog>(level: Level, log: Log, handler: (level: Level, log: Log) => void): void {
	if (level === 'warn' && isHarmlessBundlerWarning(log)) return;
	handler(level, log);
}
