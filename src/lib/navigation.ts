/** The main navigation: the sections of the archive, in the order people need them. */

export interface NavItem {
	href: string;
	label: string;
}

export const mainNavigation: readonly NavItem[] = [
	{ href: '/', label: 'Home' },
	{ href: '/adviezen/', label: 'Adviezen' },
	{ href: '/dvo/', label: 'DVO per periode' },
	{ href: '/lokale-keuzes/', label: 'Lokale keuzes' },
	{ href: '/opvolging/', label: 'Opvolging' },
	{ href: '/begrippen/', label: 'Begrippen' },
];

/** True when `path` is the item's page or lies below it (the home page only matches itself). */
export function isCurrentSection(path: string, href: string): boolean {
	const normalized = path.endsWith('/') ? path : `${path}/`;
	return href === '/' ? normalized === '/' : normalized.startsWith(href);
}
