/**
 * The content check as the build runs it: read the archive, check it, and say in Dutch whether
 * the build may go on. `npm run build` runs it before Astro starts, so a content error ends
 * the build with the editor's report and nothing else (no English hook banner, no stack trace);
 * the Astro integration runs the same gate for `astro build` and `astro dev` started directly.
 */
import { checkArchive, type CheckedArchive } from '../content/check-archive.ts';
import { formatProblems, hasErrors } from '../content/problems.ts';
import { readArchive, type RawArchive } from '../content/read-archive.ts';

export interface GateResult {
	ok: boolean;
	/** The Dutch report: every problem, or the warnings when there are no errors. */
	report: string;
	/** One line per warning, for a logger. */
	warnings: string[];
	/** The archive as read and checked, for what the build needs from it next (the search content). */
	archive: RawArchive;
	checked: CheckedArchive;
}

/** The heading above a report that stopped the build. */
export const BUILD_STOPPED = 'De inhoud bevat fouten; de site is niet gebouwd.';

/** Checks the archive in `contentDir` the way the build does. */
export async function runContentGate(contentDir: string): Promise<GateResult> {
	// SITE_URL overrides baseUrl in the build; the check looks at the address the build will use.
	const archive = await readArchive(contentDir);
	const checked = checkArchive(archive, { siteUrl: process.env.SITE_URL || undefined });
	const { problems } = checked;
	const warnings = problems.filter((p) => p.severity === 'warning').map((p) => formatProblems([p]).split('\n')[0] ?? '');
	if (hasErrors(problems)) return { ok: false, report: `${BUILD_STOPPED}\n${formatProblems(problems)}`, warnings, archive, checked };
	return { ok: true, report: problems.length > 0 ? formatProblems(problems) : '', warnings, archive, checked };
}
