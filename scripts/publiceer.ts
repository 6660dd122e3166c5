/**
 * npm run publiceer [-- --content <map>]
 * Check, build, lock, and what to copy where; see src/lib/editorial/tasks/publish.ts and docs/publiceren.md.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runTask } from '../src/lib/cli/run-task.ts';
import { usageError } from '../src/lib/cli/task-result.ts';
import { resolveContentDir, resolveOutDir } from '../src/lib/content/content-dir.ts';
import { publish } from '../src/lib/editorial/tasks/publish.ts';

const repoRoot = path.resolve(import.meta.dirname, '..');

await runTask(async () => {
	let args;
	try {
		args = parseArgs({ options: { content: { type: 'string' } } });
	} catch (error) {
		return usageError((error as Error).message, 'Gebruik: npm run publiceer');
	}
	const contentDir = args.values.content ? path.resolve(args.values.content) : resolveContentDir();
	const env = { ...process.env, ADVIESARCHIEF_CONTENT: contentDir };
	const build = () =>
		new Promise<number>((resolve) => {
			const child = spawn(process.execPath, [path.join(repoRoot, 'scripts', 'build.ts')], { cwd: repoRoot, env, stdio: 'inherit' });
			child.on('error', () => resolve(1));
			child.on('close', (code) => resolve(code ?? 1));
		});
	return publish({ contentDir, outDir: resolveOutDir(env, repoRoot), build, progress: (line) => console.log(line) });
});
