/** /rss.xml — a feed of new advice. */
import type { APIRoute } from 'astro';
import { getCollection, getEntry } from 'astro:content';
import { sortAdviceNewestFirst } from '../lib/archive/advice-list.ts';
import { advicePath, homePath, rssPath } from '../lib/routes.ts';
import { renderRss } from '../lib/feeds.ts';

export const GET: APIRoute = async ({ site }) => {
	const settings = (await getEntry('instellingen', 'site'))!.data;
	const advice = sortAdviceNewestFirst(await getCollection('adviezen'));
	const xml = renderRss({
		title: `Adviezen van de ${settings.councilName}`,
		description: `Nieuwe adviezen van de ${settings.councilName} over de DVO met het ${settings.partner}.`,
		link: new URL(homePath(), site).href,
		self: new URL(rssPath(), site).href,
		items: advice.map((entry) => ({
			title: entry.data.title,
			link: new URL(advicePath(entry.id), site).href,
			description: entry.data.verdictSummary,
			pubDate: entry.data.dates.letter,
		})),
	});
	return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
