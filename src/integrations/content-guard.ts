/**
 * Astro integration that runs the content check before anything is built, so that wrong
 * input stops the build with the editor-friendly report, and nothing wrong is published.
 *
 * `npm run build` checks the content itself before Astro starts (scripts/build.ts) and tells
 * this integration so through ADVIESARCHIEF_CONTENT_CHECKED; `astro build` or `astro dev`
 * started directly are checked here. A content error is printed as the Dutch report and the
 * process ends with exit code 1: throwing from a hook would wrap the report in Astro's English
 * "unhandled error" banner and an empty stack trace.
 */
import type { AstroIntegration } from 'astro';
import { runContentGate } from '../lib/build/content-gate.ts';

/** The variable scripts/build.ts sets to the content folder it has already checked. */
export const CHECKED_ENV = 'ADVIESARCHIEF_CONTENT_CHECKED';

/** The integration for astro.config.mjs: checks the archive in `contentDir` before a build or dev server. */
export function contentGuard(contentDir: string): AstroIntegration {
	return {
		name: 'adviesarchief:content-guard',
		hooks: {
			'astro:config:setup': async ({ command, logger }) => {
				if (command === 'preview') return;
				if (process.env[CHECKED_ENV] === contentDir) return;
				const gate = await runContentGate(contentDir);
				if (!gate.ok) {
					process.stderr.write(`${gate.report}\n`);
					process.exit(1);
				}
				for (const warning of gate.warnings) logger.warn(warning);
			},
		},
	};
}
