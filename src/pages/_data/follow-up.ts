/**
 * The follow-up data every page uses: all advice with their effective follow-up. The
 * responses collection is only read when the content has response files, so an archive
 * without responses (yet) builds without Astro's "collection is empty" warning.
 */
import { getCollection } from 'astro:content';
import { loadResponseEntries } from '../../lib/content/load-responses.ts';
import { resolveContentDir } from '../../lib/content/content-dir.ts';
import { buildFollowUpItems, type FollowUpItem } from '../../lib/follow-up/overview.ts';

export async function getResponses() {
	return loadResponseEntries(resolveContentDir()).length === 0 ? [] : await getCollection('reacties');
}

export async function getFollowUpItems(): Promise<FollowUpItem[]> {
	return buildFollowUpItems(await getCollection('adviezen'), await getResponses());
}
