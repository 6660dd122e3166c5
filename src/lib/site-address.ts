/**
 * The address the site is built for, in one place: SITE_URL at build time overrides `baseUrl`
 * from the settings, and without either the site is built for the local development address.
 * A local address is a placeholder: sitemaps, robots.txt, the feed and permanent links made
 * with it point at nobody's site but the editor's own computer, so the pages do not present it
 * as a permanent address and the content check warns before publishing.
 */

/** The address of the development server, used when no address is set. */
export const DEFAULT_SITE_URL = 'http://localhost:4321';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The address the build uses: SITE_URL when set, else the settings' baseUrl, else the default. */
export function resolveSiteUrl(baseUrl: string | undefined, siteUrlOverride: string | undefined): string {
	return siteUrlOverride || baseUrl || DEFAULT_SITE_URL;
}

/** True when `url` is an address on the editor's own computer, not where the site is published. */
export function isPlaceholderAddress(url: string): boolean {
	try {
		return LOCAL_HOSTS.has(new URL(url).hostname);
	} catch {
		return false;
	}
}
