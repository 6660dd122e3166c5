/**
 * npm run nieuwe-versie -- <periode>/<versie> [--van <periode>/<versie>] [--datum JJJJ-MM-DD] [--content <map>]
 * A new DVO version from the previous one; see src/lib/editorial/tasks/new-version.ts and docs/dvo-versie.md.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runTask } from '../src/lib/cli/run-task.ts';
import { usageError } from '../src/lib/cli/task-result.ts';
import { resolveContentDir } from '../src/lib/content/content-dir.ts';
import { NEW_VERSION_USAGE, newDvoVersion } from '../src/lib/editorial/tasks/new-version.ts';

await runTask(() => {
	let args;
	try {
		args = parseArgs({ allowPositionals: true, options: { van: { type: 'string' }, datum: { type: 'string' }, content: { type: 'string' } } });
	} catch (error) {
		return usageError((error as Error).message, NEW_VERSION_USAGE);
	}
	if (args.positionals.length !== 1) return usageError('Noem één nieuwe versie.', NEW_VERSION_USAGE);
	const contentDir = args.values.content ? path.resolve(args.values.content) : resolveContentDir();
	return newDvoVersion({ contentDir, target: args.positionals[0]!, from: args.values.van, date: args.values.datum });
});
