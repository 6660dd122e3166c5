/**
 * The DiWoo output of the site, computed once per build from the collections: the entries, the
 * sitemap files and robots.txt. Every file is checked against the standard's rules before it is
 * written; a file that breaks one stops the build.
 */
import { getCollection, getEntry } from 'astro:content';
import { getResponses } from './follow-up.ts';
import { buildWooEntries, resolveWooSettings, type WooEntry, type WooSettings } from '../../lib/woo/entries.ts';
import { buildWooFiles, type WooFiles } from '../../lib/woo/sitemaps.ts';
import { validateDiwooSitemap, validateSitemapIndex, SITEMAP_INDEX_NAME } from '../../lib/woo/validate.ts';

export interface WooOutput {
	settings?: WooSettings;
	entries: WooEntry[];
	files: WooFiles;
}

async function compute(): Promise<WooOutput> {
	const site = (await getEntry('instellingen', 'site'))!.data;
	// The address the site is built for (SITE_URL may override the settings, as for every link).
	const settings = resolveWooSettings({ ...site, baseUrl: import.meta.env.SITE ?? site.baseUrl });
	if (!settings) return { entries: [], files: { files: new Map(), indexes: [] } };
	const { entries } = buildWooEntries(settings, await getCollection('adviezen'), await getCollection('dvo'), await getResponses());
	const files = buildWooFiles(entries, settings.publisher, settings.baseUrl);
	for (const [name, xml] of files.files) {
		const problems = SITEMAP_INDEX_NAME.test(name) ? validateSitemapIndex(name, xml) : validateDiwooSitemap(xml);
		if (problems.length > 0) throw new Error(`${name} volgt de DiWoo-standaard niet:\n${problems.join('\n')}`);
	}
	return { settings, entries, files };
}

let built: Promise<WooOutput> | undefined;

/** The DiWoo output; a production build computes it once for all its routes. */
export function getWooOutput(): Promise<WooOutput> {
	if (!import.meta.env.PROD) return compute();
	built ??= compute();
	return built;
}
