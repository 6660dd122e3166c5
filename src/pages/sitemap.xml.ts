/** /sitemap.xml — every public page; the addresses come from src/lib/routes.ts (sitemapPaths). */
import type { APIRoute } from 'astro';
import { getFollowUpItems } from './_data/follow-up.ts';
import { getCollection } from 'astro:content';
import { groupByPeriod } from '../lib/archive/dvo-versions.ts';
import { renderSitemap } from '../lib/feeds.ts';
import { toDvoDocuments } from '../lib/local-choices/site-data.ts';
import { publishedComparisons } from '../lib/local-choices/sources.ts';
import { allFilters } from '../lib/follow-up/overview.ts';
import { sitemapPaths } from '../lib/routes.ts';

export const GET: APIRoute = async ({ site }) => {
	const versions = await getCollection('dvo');
	const advice = await getCollection('adviezen');
	const periods = groupByPeriod(versions);
	const paths = sitemapPaths({
		adviceIds: advice.map((entry) => entry.id),
		periodSlugs: periods.map((p) => p.slug),
		versions: periods.flatMap((p) => p.versions),
		comparisons: publishedComparisons(toDvoDocuments(versions)).map((c) => c.path),
		followUpFilters: allFilters(await getFollowUpItems()),
		sourceFiles: advice.flatMap((entry) => (entry.data.sourceFile ? [entry.data.sourceFile] : [])),
	});
	return new Response(renderSitemap(paths.map((p) => new URL(p, site).href)), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
