/** /lokale-keuzes/lokale-keuzes.json — the same data as the CSV, for other tools (fields: README). */
import type { APIRoute } from 'astro';
import { getCollection, getEntry } from 'astro:content';
import { buildOverview, overviewJson } from '../../lib/local-choices/overview.ts';
import { toDvoDocuments } from '../../lib/local-choices/site-data.ts';

export const GET: APIRoute = async () => {
	const settings = (await getEntry('instellingen', 'site'))?.data;
	const json = overviewJson(buildOverview(toDvoDocuments(await getCollection('dvo'))), { fictional: settings?.fictional ?? false, councilName: settings?.councilName ?? '' });
	return new Response(`${JSON.stringify(json, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
