/**
 * npm run lock [-- <bestand.mdx> …] [--content <map>]
 * Records the published text of documents in gepubliceerd.lock.json: new documents are added,
 * corrected ones (with a new erratum) get their new hash. A change without an erratum is
 * refused. Without file names every document in the archive is recorded. Each recorded
 * document gets the same hash in its own frontmatter (`published: {date, sha256}`).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ARCHIVE_LAYOUT } from '../src/lib/content/archive-layout.ts';
import { checkArchive } from '../src/lib/content/check-archive.ts';
import { resolveContentDir } from '../src/lib/content/content-dir.ts';
import { formatProblems, hasErrors } from '../src/lib/content/problems.ts';
import { readArchive } from '../src/lib/content/read-archive.ts';
import { lockKey, parseLock, serializeLock, updateLock } from '../src/lib/editorial/lock.ts';
import { writeSeal } from '../src/lib/editorial/seal.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { content: { type: 'string' } } });
const contentDir = values.content ? path.resolve(values.content) : resolveContentDir();
const lockFile = path.join(contentDir, ARCHIVE_LAYOUT.lockFile);
const archive = await readArchive(contentDir);

// Only content that passes the check is recorded (lock problems themselves are handled below).
const blocking = checkArchive(archive, { skipLock: true }).problems.filter((p) => p.severity === 'error');
if (blocking.length > 0) {
	console.error(`Eerst deze fouten oplossen; er is niets vastgelegd.\n${formatProblems(blocking)}`);
	process.exit(1);
}

let current;
if (existsSync(lockFile)) {
	const parsed = parseLock(readFileSync(lockFile, 'utf8'));
	if (!parsed.ok) {
		console.error(`FOUT ${path.relative(process.cwd(), lockFile)}: ${parsed.message}\n    Oplossing: zet het bestand terug met git (git checkout -- ${path.relative(process.cwd(), lockFile)})`);
		process.exit(1);
	}
	current = parsed.lock;
}

const only = positionals.length > 0 ? new Set(positionals.map((file) => path.relative(contentDir, path.resolve(file)).replace(/\\/g, '/'))) : undefined;
const update = updateLock(current, archive.documents, only, new Date(), archive.sourceHashes);
if (only) {
	const known = new Set(archive.documents.map((d) => `${d.kind === 'advice' ? ARCHIVE_LAYOUT.adviceDir : ARCHIVE_LAYOUT.dvoDir}/${d.id}.mdx`));
	for (const key of only) if (!known.has(key)) console.error(`LET OP ${key}: dit is geen advies of DVO-versie in ${path.relative(process.cwd(), contentDir) || contentDir}`);
}
writeFileSync(lockFile, serializeLock(update.lock));
// Every recorded document carries the same hash in its own frontmatter (published: {date, sha256}).
for (const doc of archive.documents) {
	const seal = update.seals.get(lockKey(doc));
	if (!seal) continue;
	const file = path.join(contentDir, lockKey(doc));
	const sealed = writeSeal(doc.source, seal);
	if (sealed !== doc.source) writeFileSync(file, sealed);
}
for (const key of update.added) console.log(`Vastgelegd (nieuw): ${key}`);
for (const key of update.updated) console.log(`Vastgelegd (gecorrigeerd): ${key}`);
for (const key of update.sealed) console.log(`Vastgelegd (ongewijzigd; zegel "published" of regel in het slot hersteld): ${key}`);
if (update.added.length + update.updated.length + update.sealed.length === 0) console.log('Niets nieuws vast te leggen.');
if (update.refused.length > 0) {
	console.error(`Niet vastgelegd:\n${formatProblems(update.refused)}`);
	process.exit(hasErrors(update.refused) ? 1 : 0);
}
