/**
 * npm run reactie -- <advies> --datum JJJJ-MM-DD [--titel …] [--url …] [--punt "<code>=<status>: <antwoord>" …] [--content <map>]
 * Records a response of the college; see src/lib/editorial/tasks/response.ts and docs/opvolging.md.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runTask, terminalAsk } from '../src/lib/cli/run-task.ts';
import { usageError } from '../src/lib/cli/task-result.ts';
import { resolveContentDir } from '../src/lib/content/content-dir.ts';
import { newResponse, RESPONSE_USAGE } from '../src/lib/editorial/tasks/response.ts';

await runTask(async () => {
	let args;
	try {
		args = parseArgs({ allowPositionals: true, options: { datum: { type: 'string' }, titel: { type: 'string' }, url: { type: 'string' }, punt: { type: 'string', multiple: true }, content: { type: 'string' } } });
	} catch (error) {
		return usageError((error as Error).message, RESPONSE_USAGE);
	}
	if (args.positionals.length !== 1) return usageError('Noem één advies.', RESPONSE_USAGE);
	const contentDir = args.values.content ? path.resolve(args.values.content) : resolveContentDir();
	return newResponse({ contentDir, advice: args.positionals[0]!, date: args.values.datum, title: args.values.titel, url: args.values.url, points: args.values.punt, ask: terminalAsk() });
});
