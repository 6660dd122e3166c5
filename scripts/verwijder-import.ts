/**
 * npm run verwijder-import -- <advies> [--content <map>]
 * Undoes an import that was not published; see src/lib/editorial/tasks/remove-import.ts.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runTask } from '../src/lib/cli/run-task.ts';
import { usageError } from '../src/lib/cli/task-result.ts';
import { resolveContentDir } from '../src/lib/content/content-dir.ts';
import { REMOVE_USAGE, removeImport } from '../src/lib/editorial/tasks/remove-import.ts';

await runTask(() => {
	let args;
	try {
		args = parseArgs({ allowPositionals: true, options: { content: { type: 'string' } } });
	} catch (error) {
		return usageError((error as Error).message, REMOVE_USAGE);
	}
	if (args.positionals.length !== 1) return usageError('Noem één advies.', REMOVE_USAGE);
	const contentDir = args.values.content ? path.resolve(args.values.content) : resolveContentDir();
	return removeImport({ contentDir, advice: args.positionals[0]! });
});
