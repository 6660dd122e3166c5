/**
 * npm run erratum -- <advies of DVO-versie> [--beschrijving …] [--reden …] [--datum JJJJ-MM-DD] [--content <map>]
 * Records the correction of a published text; see src/lib/editorial/tasks/erratum.ts and docs/corrigeren.md.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runTask, terminalAsk } from '../src/lib/cli/run-task.ts';
import { usageError } from '../src/lib/cli/task-result.ts';
import { resolveContentDir } from '../src/lib/content/content-dir.ts';
import { addErratum, ERRATUM_USAGE } from '../src/lib/editorial/tasks/erratum.ts';

await runTask(async () => {
	let args;
	try {
		args = parseArgs({ allowPositionals: true, options: { beschrijving: { type: 'string' }, reden: { type: 'string' }, datum: { type: 'string' }, content: { type: 'string' } } });
	} catch (error) {
		return usageError((error as Error).message, ERRATUM_USAGE);
	}
	if (args.positionals.length !== 1) return usageError('Noem één advies of DVO-versie.', ERRATUM_USAGE);
	const contentDir = args.values.content ? path.resolve(args.values.content) : resolveContentDir();
	return addErratum({ contentDir, document: args.positionals[0]!, description: args.values.beschrijving, reason: args.values.reden, date: args.values.datum, ask: terminalAsk() });
});
