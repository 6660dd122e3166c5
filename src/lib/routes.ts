/**
 * Every address the site builds, in one place. Pages, components, the feed and the sitemap ask
 * this module for a URL instead of writing one, so an address changes in one line and a link
 * can never point at a page the site does not build under that name.
 *
 * Addresses are root-relative paths with a trailing slash for pages (Astro's directory format)
 * and a file name for downloads. Pure functions, no Astro.
 */
import type { FollowUpStatus } from '../schemas/advice.ts';
import { ARCHIVE_LAYOUT } from './content/archive-layout.ts';
import { versionPeriod, versionSlug, type DvoVersionRef } from './archive/dvo-versions.ts';

/** The home page. */
export function homePath(): string {
	return '/';
}

/** The list of all advice. */
export function adviceListPath(): string {
	return '/adviezen/';
}

/** The advice of one year: /adviezen/jaar/<year>/ (the list pages that keep /adviezen/ small). */
export function adviceYearPath(year: number): string {
	return `${adviceListPath()}jaar/${year}/`;
}

/** One advice's page: /adviezen/<id>/. */
export function advicePath(adviceId: string): string {
	return `${adviceListPath()}${adviceId}/`;
}

/** The id of a point's item in the advice page's summary: "punt-<point id>". */
export function pointAnchor(pointId: string): string {
	return `punt-${pointId}`;
}

/** The link to one point of an advice: its page, at the point in the summary. */
export function pointPath(adviceId: string, pointId: string): string {
	return `${advicePath(adviceId)}#${pointAnchor(pointId)}`;
}

/** The list of all DVO periods and their versions. */
export function dvoListPath(): string {
	return '/dvo/';
}

/** A period's overview page: /dvo/<period>/, e.g. /dvo/2026-2027/. */
export function periodPath(periodSlug: string): string {
	return `${dvoListPath()}${periodSlug}/`;
}

/** One exact DVO version's page: /dvo/<period>/<version>/. */
export function versionPath(version: DvoVersionRef): string {
	return `${periodPath(versionPeriod(version))}${versionSlug(version)}/`;
}

/**
 * A DVO version's page from its id alone ("2026-2027/ontwerp"). The content check requires the
 * folder to be the period, so this equals versionPath() of the same version.
 */
export function versionPathFromId(versionId: string): string {
	return `${dvoListPath()}${versionId}/`;
}

/** Anything with a URL slug, such as a comparison side ("2026", "2026-2027-ontwerp"). */
export type Slugged = string | { slug: string };

const COMPARISONS = '/vergelijk/';

/** The comparison page of two years or two versions: /vergelijk/<a>/<b>/. */
export function comparisonPath(a: Slugged, b: Slugged): string {
	const slug = (s: Slugged) => (typeof s === 'string' ? s : s.slug);
	return `${COMPARISONS}${slug(a)}/${slug(b)}/`;
}

/** True for any comparison page. */
export function isComparisonPath(path: string): boolean {
	return path.startsWith(COMPARISONS);
}

/** True for a comparison of two calendar years (/vergelijk/2026/2027/), false for two versions. */
export function isYearComparisonPath(path: string): boolean {
	return /^\/vergelijk\/\d{4}\/\d{4}\/?$/.test(path);
}

/** The overview of every year's local choices. */
export function localChoicesPath(): string {
	return '/lokale-keuzes/';
}

/** The local choices as CSV (for Excel). */
export function localChoicesCsvPath(): string {
	return `${localChoicesPath()}lokale-keuzes.csv`;
}

/** The local choices as JSON. */
export function localChoicesJsonPath(): string {
	return `${localChoicesPath()}lokale-keuzes.json`;
}

/** The follow-up of every advice point. */
export function followUpPath(): string {
	return '/opvolging/';
}

/** The id of a point's item on the follow-up list: "opvolging-<advice id>-<point id>". */
export function followUpPointAnchor(adviceId: string, pointId: string): string {
	return `opvolging-${adviceId}-${pointId}`;
}

/** One point's place on the follow-up list: /opvolging/#opvolging-<advice id>-<point id>. */
export function followUpPointPath(adviceId: string, pointId: string): string {
	return `${followUpPath()}#${followUpPointAnchor(adviceId, pointId)}`;
}

/** A follow-up filter: one year, one status or one topic (by its URL slug). */
export type FollowUpFilter = { kind: 'jaar'; year: number } | { kind: 'status'; status: FollowUpStatus } | { kind: 'onderwerp'; slug: string };

/** A follow-up filter page: /opvolging/jaar/2025/, /opvolging/status/open/, /opvolging/onderwerp/<slug>/. */
export function followUpFilterPath(filter: FollowUpFilter): string {
	switch (filter.kind) {
		case 'jaar':
			return `${followUpPath()}jaar/${filter.year}/`;
		case 'status':
			return `${followUpPath()}status/${filter.status}/`;
		case 'onderwerp':
			return `${followUpPath()}onderwerp/${filter.slug}/`;
	}
}

/**
 * A combination of follow-up filters: any of year, topic (by its URL slug) and status. The
 * address lists the chosen ones in a fixed order: /opvolging/jaar/2025/onderwerp/taalgebruik/status/open/.
 * One filter alone gives the same address as followUpFilterPath.
 */
export interface FollowUpSelection {
	year?: number;
	topic?: string;
	status?: FollowUpStatus;
}

/** The page of a combination of follow-up filters; no filter is the follow-up overview. */
export function followUpSelectionPath(selection: FollowUpSelection): string {
	const parts = [
		...(selection.year === undefined ? [] : ['jaar', String(selection.year)]),
		...(selection.topic === undefined ? [] : ['onderwerp', selection.topic]),
		...(selection.status === undefined ? [] : ['status', selection.status]),
	];
	return parts.length === 0 ? followUpPath() : `${followUpPath()}${parts.join('/')}/`;
}

/** The glossary. */
export function glossaryPath(): string {
	return '/begrippen/';
}

/** One term in the glossary: /begrippen/#<term id>. */
export function glossaryTermPath(termId: string): string {
	return `${glossaryPath()}#${termId}`;
}

/** The search page (its form sends ?q=). */
export function searchPath(): string {
	return '/zoeken/';
}

/** The list of every machine-readable file the site publishes (CSV, JSON, RSS, DiWoo sitemaps). */
export function openDataPath(): string {
	return '/open-data/';
}

/** The accessibility statement. */
export function accessibilityPath(): string {
	return '/toegankelijkheid/';
}

/** The feed of new advice. */
export function rssPath(): string {
	return '/rss.xml';
}

/** The site's icon (public/favicon.svg). */
export function faviconPath(): string {
	return '/favicon.svg';
}

/** The sitemap. */
export function sitemapPath(): string {
	return '/sitemap.xml';
}

/** The file name at the end of a file's path ("/lokale-keuzes/lokale-keuzes.csv" → "lokale-keuzes.csv"), as a link text. */
export function fileNameOf(path: string): string {
	return path.slice(path.lastIndexOf('/') + 1);
}

/** robots.txt, which names the sitemaps. */
export function robotsPath(): string {
	return '/robots.txt';
}

/** A DiWoo sitemap index or sitemap, by its file name: at the site root, where the Woo-index looks. */
export function wooFilePath(fileName: string): string {
	return `/${fileName}`;
}

/** The folder of the archived letters, in the content folder and on the site. */
const SOURCES = ARCHIVE_LAYOUT.sourcesDir;

/**
 * The file name of an archived letter from an advice's `sourceFile` ("bronnen/brief.txt" →
 * "brief.txt"). Sub-folders below bronnen/ are kept ("bronnen/2025/brief.txt" → "2025/brief.txt").
 */
export function sourceFileName(sourceFile: string): string {
	return sourceFile.replace(/\\/g, '/').replace(new RegExp(`^/?${SOURCES}/`), '');
}

/**
 * The name of a letter's page: its file name without ".txt" ("brief.txt" → "brief"); another
 * format keeps its extension after a hyphen ("brief.docx" → "brief-docx"), so the same letter
 * archived as text and as Word gets two pages.
 */
export function sourceName(sourceFile: string): string {
	return sourceFileName(sourceFile).replace(/\.txt$/i, '').replace(/\.([^./]+)$/, '-$1');
}

/** True for an archived letter's reading page or file (anything below /bronnen/). */
export function isSourcePath(path: string): boolean {
	return path.startsWith(`/${SOURCES}/`);
}

/** The reading page of an archived letter: /bronnen/<name>/ (HTML, in the site's layout). */
export function sourcePagePath(sourceFile: string): string {
	return `/${SOURCES}/${sourceName(sourceFile)}/`;
}

/** The original file of an archived letter, byte for byte: /bronnen/<file name>. */
export function sourceDownloadPath(sourceFile: string): string {
	return `/${SOURCES}/${sourceFileName(sourceFile)}`;
}

/** The pages that exist whatever the content (the 404 page has no address of its own). */
export const STATIC_PAGES: readonly string[] = [
	homePath(),
	adviceListPath(),
	dvoListPath(),
	localChoicesPath(),
	followUpPath(),
	glossaryPath(),
	searchPath(),
	accessibilityPath(),
	openDataPath(),
];

/** What the sitemap needs to know about the archive. */
export interface SitemapInput {
	adviceIds: readonly string[];
	periodSlugs: readonly string[];
	versions: readonly DvoVersionRef[];
	/** Paths of the published comparisons (from comparisonPath). */
	comparisons: readonly string[];
	followUpFilters: readonly FollowUpFilter[];
	/** The advice's `sourceFile` values. */
	sourceFiles: readonly string[];
}

/** Every page of the site, for the sitemap: static pages, documents, comparisons, filters, letters. No duplicates. */
export function sitemapPaths(input: SitemapInput): string[] {
	return [
		...new Set([
			...STATIC_PAGES,
			...input.adviceIds.map(advicePath),
			...input.periodSlugs.map(periodPath),
			...input.versions.map(versionPath),
			...input.comparisons,
			...input.followUpFilters.map(followUpFilterPath),
			...input.sourceFiles.map(sourcePagePath),
		]),
	];
}
