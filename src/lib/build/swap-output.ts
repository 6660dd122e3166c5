/**
 * A failed build leaves the previous site untouched: the build writes into a fresh folder next
 * to the output folder, and only a build that succeeded takes the output folder's place.
 *
 * The folder sits next to the output (same file system), so the swap is two renames; the old
 * site is removed only after the new one is in place.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/** The temporary folder a build into `outDir` writes to: a sibling, unique per process. */
export function stagingDirFor(outDir: string, pid = process.pid): string {
	return path.join(path.dirname(outDir), `.${path.basename(outDir)}.bouw-${pid}`);
}

/** Creates an empty staging folder for `outDir` (removing a leftover of the same process id). */
export function prepareStaging(outDir: string, pid = process.pid): string {
	const staging = stagingDirFor(outDir, pid);
	rmSync(staging, { recursive: true, force: true });
	mkdirSync(path.dirname(staging), { recursive: true });
	return staging;
}

/** Puts the finished build in `staging` in the place of `outDir`, then removes the old site. */
export function swapOutput(staging: string, outDir: string): void {
	const old = `${staging}.oud`;
	rmSync(old, { recursive: true, force: true });
	const hadOld = existsSync(outDir);
	if (hadOld) renameSync(outDir, old);
	try {
		renameSync(staging, outDir);
	} catch (error) {
		// Put the previous site back rather than leave no site at all.
		if (hadOld) renameSync(old, outDir);
		throw error;
	}
	if (hadOld) rmSync(old, { recursive: true, force: true });
}

/** Removes the staging folder of a build that failed; the output folder is not touched. */
export function discardStaging(staging: string): void {
	rmSync(staging, { recursive: true, force: true });
}
