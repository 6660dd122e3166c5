/** /robots.txt — everything may be read; names the sitemap and every DiWoo sitemap index. */
import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';
import { renderRobots } from '../lib/woo/sitemaps.ts';
import { getWooOutput } from './_data/woo.ts';

export const GET: APIRoute = async ({ site }) => {
	const settings = (await getEntry('instellingen', 'site'))!.data;
	const { files } = await getWooOutput();
	const robots = renderRobots(site!.href, ['sitemap.xml', ...files.indexes], settings.fictional);
	return new Response(robots, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
