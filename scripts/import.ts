/**
 * npm run import -- <brief.txt|brief.docx> [--out <bestand.mdx>] [--dvo <periode/versie>] [--force]
 * Reads a letter into a new advice document; see docs/redactie.md.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { resolveContentDir } from '../src/lib/content/content-dir.ts';
import { ImportError } from '../src/lib/import/decode.ts';
import { importLetter } from '../src/lib/import/import-letter.ts';

const usage = 'Gebruik: npm run import -- <brief.txt of brief.docx> [--out <bestand.mdx>] [--dvo <periode/versie>] [--force] [--content <map>]';

let args;
try {
	args = parseArgs({
		allowPositionals: true,
		options: { out: { type: 'string' }, dvo: { type: 'string' }, force: { type: 'boolean', default: false }, content: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
	});
} catch (error) {
	console.error(`${(error as Error).message}\n${usage}`);
	process.exit(2);
}
if (args.values.help || args.positionals.length !== 1) {
	console.error(usage);
	process.exit(args.values.help ? 0 : 2);
}

const contentDir = args.values.content ? path.resolve(args.values.content) : resolveContentDir();
try {
	const result = await importLetter({ file: args.positionals[0]!, contentDir, out: args.values.out, dvo: args.values.dvo, force: args.values.force });
	const rel = (file: string) => path.relative(process.cwd(), file);
	console.log(`Ingelezen (${result.encoding}): ${rel(result.mdxFile)}`);
	console.log(`Brief bewaard als: ${rel(result.sourceCopy)}`);
	for (const warning of result.warnings) console.warn(`LET OP: ${warning}`);
	console.log(`Koppen: ${result.headings.length > 0 ? result.headings.join(' | ') : '(geen)'}`);
	console.log('Controleer de regels met "# VOORSTEL:" bovenaan het bestand, vul de punten in en voer npm run check uit.');
} catch (error) {
	if (error instanceof ImportError) {
		console.error(`FOUT ${args.positionals[0]}: ${error.message}\nEr is niets geschreven.`);
		process.exit(1);
	}
	throw error;
}
