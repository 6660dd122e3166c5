/** /lokale-keuzes/lokale-keuzes.csv — every year's lines with the change per line (columns: README). */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { buildOverview, overviewCsv } from '../../lib/local-choices/overview.ts';
import { toDvoDocuments } from '../../lib/local-choices/site-data.ts';

export const GET: APIRoute = async () =>
	new Response(overviewCsv(buildOverview(toDvoDocuments(await getCollection('dvo')))), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
