/**
 * The document pages of the site: one per advice and one per DVO version. They are the pages
 * the search index holds (their main content carries data-pagefind-body), and the build writes
 * them in path order, so the index can follow the build (src/lib/search/follow-build.ts).
 */
import { advicePath, versionPathFromId } from '../routes.ts';

/** Orders URL paths by their UTF-16 code units: the same everywhere, whatever the locale. */
export function comparePaths(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The URL paths of all document pages, in path order, from the ids alone. A DVO version's id is
 * "<period>/<version>", and the content check requires the folder to be the period, so
 * "/dvo/<id>/" is the version's page (versionPath).
 */
export function documentPagePaths(adviceIds: readonly string[], dvoIds: readonly string[]): string[] {
	return [...adviceIds.map(advicePath), ...dvoIds.map(versionPathFromId)].sort(comparePaths);
}
