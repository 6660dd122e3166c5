/**
 * The quality budgets the test suite enforces and the README states. Changing a number here is
 * a product decision: say why in the commit.
 */

/** HTML plus CSS of a content page, gzip-compressed. */
export const CONTENT_PAGE_GZIP_BUDGET = 25 * 1024;

/** The only routes that may load JavaScript: search needs it, content pages do not. */
export const ROUTES_WITH_SCRIPTS: readonly string[] = ['/zoeken/'];

export function mayHaveScripts(route: string): boolean {
	return ROUTES_WITH_SCRIPTS.includes(route);
}
