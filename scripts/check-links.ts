/**
 * npm run links [-- <site folder>]: checks every internal link and anchor of a built site and
 * lists the external links (they are reported, never fetched). Exit code 1 on a broken link.
 */
import path from 'node:path';
import { resolveContentDir } from '../src/lib/content/content-dir.ts';
import { loadSettings } from '../src/lib/content/load-settings.ts';
import { checkLinks } from '../src/lib/quality/link-check.ts';

const siteDir = path.resolve(process.argv[2] ?? process.env.ADVIESARCHIEF_OUT ?? 'dist');
const siteUrl = loadSettings(resolveContentDir())?.baseUrl ?? 'http://localhost';
const report = checkLinks(siteDir, siteUrl);

console.log(`${report.checked} links gecontroleerd in ${siteDir}`);
if (report.external.length > 0) {
	console.log(`\nExterne links (niet opgevraagd):`);
	for (const link of report.external) console.log(`  ${link.href}  (op ${link.page})`);
}
if (report.broken.length > 0) {
	console.log(`\nKapotte links:`);
	for (const link of report.broken) console.log(`  ${link.page}: ${link.href} — ${link.reason}`);
	process.exitCode = 1;
} else {
	console.log('\nGeen kapotte links.');
}
