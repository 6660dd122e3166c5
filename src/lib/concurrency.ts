/**
 * Work on a list with a few items in progress at a time: enough to keep the cores and the disk
 * busy, few enough that a long list does not hold every item's data in memory at once. Used
 * for requests to a deployed site, precompressing a built site and rewriting index chunks.
 */

/**
 * Calls `work` for every item, at most `limit` at a time, each item once, and resolves when all
 * are done (rejects with the first failure). `index` is the item's place in `items`, so results
 * can be kept in the list's order.
 */
export async function forEachConcurrently<T>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
	let next = 0;
	await Promise.all(
		Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
			while (next < items.length) {
				const index = next++;
				await work(items[index]!, index);
			}
		}),
	);
}
