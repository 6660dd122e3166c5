/**
 * Astro integration that runs the content check before anything is built, so that wrong
 * input stops the build with the editor-friendly report instead of a stack trace, and
 * nothing wrong is published.
 */
import type { AstroIntegration } from 'astro';
import { checkArchive } from '../lib/content/check-archive.ts';
import { formatProblems, hasErrors } from '../lib/content/problems.ts';
import { readArchive } from '../lib/content/read-archive.ts';

export class ContentError extends Error {
	constructor(report: string) {
		super(`De inhoud bevat fouten; de site is niet gebouwd.\n${report}`);
		this.name = 'ContentError';
		// The report is the message; a stack trace would only bury it.
		this.stack = this.message;
	}
}

export function contentGuard(contentDir: string): AstroIntegration {
	return {
		name: 'adviesarchief:content-guard',
		hooks: {
			'astro:config:setup': async ({ command, config, logger }) => {
				if (command === 'preview') return;
				const archive = await readArchive(contentDir);
				// The address this build is for (SITE_URL or baseUrl), so the check warns about the one in use.
				const { problems } = checkArchive(archive, { siteUrl: process.env.SITE_URL ? config.site : undefined });
				if (hasErrors(problems)) throw new ContentError(formatProblems(problems));
				for (const problem of problems) logger.warn(formatProblems([problem]).split('\n')[0] ?? '');
			},
		},
	};
}
