/**
 * The follow-up data every page uses: all advice with their effective follow-up. The
 * responses collection is only read when the content has response files, so an archive
 * without responses (yet) builds without Astro's "collection is empty" warning.
 */
import { getCollection } from 'astro:content';
import { hasResponseFiles } from '../../lib/content/load-responses.ts';
import { resolveContentDir } from '../../lib/content/content-dir.ts';
import { buildFollowUpItems, type FollowUpItem } from '../../lib/follow-up/overview.ts';

export async function getResponses() {
	return hasResponseFiles(resolveContentDir()) ? await getCollection('reacties') : [];
}

let built: Promise<FollowUpItem[]> | undefined;

/**
 * Every point with its effective follow-up. A production build computes this once for all the
 * pages that need it (the overview and each filter page); the dev server recomputes it so
 * that edits show up.
 */
export function getFollowUpItems(): Promise<FollowUpItem[]> {
	const compute = async () => buildFollowUpItems(await getCollection('adviezen'), await getResponses());
	if (!import.meta.env.PROD) return compute();
	built ??= compute();
	return built;
}
