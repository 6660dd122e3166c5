/**
 * npm run diff -- <a> <b> [--format table|md|csv|json]
 * Compares the local choices of two years or DVO versions. Reads the content folder
 * (ADVIESARCHIEF_CONTENT, default content/); all logic is in src/lib/local-choices.
 */
import { resolveContentDir } from '../src/lib/content/content-dir.ts';
import { readArchive } from '../src/lib/content/read-archive.ts';
import { runDiff } from '../src/lib/local-choices/diff-command.ts';

const result = runDiff(await readArchive(resolveContentDir()), process.argv.slice(2));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
