/**
 * npm run check [-- --content <map>]
 * Checks all content without building: schemas, cross-references, MDX syntax, sums, the
 * language guide and the lock on published texts. Exit 1 on errors, 0 with only warnings.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkArchive } from '../src/lib/content/check-archive.ts';
import { resolveContentDir } from '../src/lib/content/content-dir.ts';
import { formatProblems, hasErrors } from '../src/lib/content/problems.ts';
import { readArchive } from '../src/lib/content/read-archive.ts';

const { values } = parseArgs({ options: { content: { type: 'string' } } });
const contentDir = values.content ? path.resolve(values.content) : resolveContentDir();
const archive = await readArchive(contentDir);
// SITE_URL overrides baseUrl in the build; the check looks at the address the build would use.
const { problems, advice, dvo } = checkArchive(archive, { siteUrl: process.env.SITE_URL || undefined });
console.log(`Gecontroleerd: ${path.relative(process.cwd(), contentDir) || contentDir} (${advice.length} adviezen, ${dvo.length} DVO-versies)`);
console.log(problems.length > 0 ? formatProblems(problems) : 'Geen problemen gevonden.');
process.exit(hasErrors(problems) ? 1 : 0);
