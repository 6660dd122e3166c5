/**
 * The main navigation and the breadcrumb: the sections of the archive, in the order people need
 * them, which section a page belongs to, and the trail from home to a page. Addresses come from
 * routes.ts; this module only decides where a page sits in the site.
 */
import { adviceListPath, dvoListPath, followUpPath, glossaryPath, homePath, isComparisonPath, isSourcePath, isYearComparisonPath, localChoicesPath } from './routes.ts';

export interface NavItem {
	href: string;
	label: string;
}

export const mainNavigation: readonly NavItem[] = [
	{ href: homePath(), label: 'Home' },
	{ href: adviceListPath(), label: 'Adviezen' },
	{ href: dvoListPath(), label: 'DVO per periode' },
	{ href: localChoicesPath(), label: 'Lokale keuzes' },
	{ href: followUpPath(), label: 'Opvolging' },
	{ href: glossaryPath(), label: 'Begrippen' },
];

function withSlash(path: string): string {
	return path.endsWith('/') ? path : `${path}/`;
}

/**
 * The menu item a page belongs to, or undefined for pages outside the sections (search,
 * accessibility, 404). Comparisons live under /vergelijk/ but belong to the section that links
 * to them: two calendar years (/vergelijk/2026/2027/) to "Lokale keuzes", whose overview lists
 * the year comparisons; two DVO versions to "DVO per periode", whose pages list those.
 * An archived letter (/bronnen/…) belongs to "Adviezen".
 */
export function sectionOf(path: string): NavItem | undefined {
	const normalized = withSlash(path);
	if (isComparisonPath(normalized)) {
		const href = isYearComparisonPath(normalized) ? localChoicesPath() : dvoListPath();
		return mainNavigation.find((item) => item.href === href);
	}
	if (isSourcePath(normalized)) return mainNavigation.find((item) => item.href === adviceListPath());
	if (normalized === homePath()) return mainNavigation[0];
	return mainNavigation.find((item) => item.href !== homePath() && normalized.startsWith(item.href));
}

/** True when the menu item `href` is the section of the page at `path` (marked aria-current). */
export function isCurrentSection(path: string, href: string): boolean {
	return sectionOf(path)?.href === href;
}

/**
 * The aria-current value of a menu item on the page at `path`: "page" when the item is this very
 * page, "true" when the page lies in the item's section, undefined otherwise.
 */
export function menuItemCurrent(path: string, href: string): 'page' | 'true' | undefined {
	if (!isCurrentSection(path, href)) return undefined;
	return withSlash(path) === href ? 'page' : 'true';
}

export interface Crumb {
	href: string;
	label: string;
}

/**
 * The breadcrumb of a page: home, the page's section (unless the page is the section itself),
 * any `parents` the page names (e.g. the period of a DVO version), then the page itself as the
 * last item, without a link. The home page has no breadcrumb (an empty list).
 */
export function breadcrumbTrail(path: string, currentLabel: string, parents: readonly Crumb[] = []): { ancestors: Crumb[]; current: string } | undefined {
	const normalized = withSlash(path);
	if (normalized === homePath()) return undefined;
	const home = mainNavigation[0]!;
	const section = sectionOf(normalized);
	const ancestors: Crumb[] = [{ href: home.href, label: home.label }];
	if (section && section.href !== home.href && section.href !== normalized) ancestors.push({ href: section.href, label: section.label });
	for (const parent of parents) if (!ancestors.some((a) => a.href === parent.href) && parent.href !== normalized) ancestors.push(parent);
	return { ancestors, current: currentLabel };
}
