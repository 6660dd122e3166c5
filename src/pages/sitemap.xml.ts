/** /sitemap.xml — every public page. */
import type { APIRoute } from 'astro';
import { getFollowUpItems } from './_data/follow-up.ts';
import { getCollection } from 'astro:content';
import { advicePath } from '../lib/archive/advice-list.ts';
import { groupByPeriod, periodPath, versionPath } from '../lib/archive/dvo-versions.ts';
import { renderSitemap } from '../lib/feeds.ts';
import { STATIC_PAGES } from '../lib/archive/static-pages.ts';
import { toDvoDocuments } from '../lib/local-choices/site-data.ts';
import { publishedComparisons } from '../lib/local-choices/sources.ts';
import { allFilters, filterPath } from '../lib/follow-up/overview.ts';

export const GET: APIRoute = async ({ site }) => {
	const periods = groupByPeriod(await getCollection('dvo'));
	const paths = [
		...STATIC_PAGES,
		...(await getCollection('adviezen')).map((entry) => advicePath(entry.id)),
		...periods.map((p) => periodPath(p.slug)),
		...periods.flatMap((p) => p.versions.map(versionPath)),
		...publishedComparisons(toDvoDocuments(await getCollection('dvo'))).map((c) => c.path),
		...allFilters(await getFollowUpItems()).map(filterPath),
	];
	return new Response(renderSitemap(paths.map((p) => new URL(p, site).href)), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
