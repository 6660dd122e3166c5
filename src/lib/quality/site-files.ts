/** Walking a built site: its files, its HTML pages and a hash of every file. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Every file below `dir`, as sorted paths relative to it (with forward slashes). */
export function listSiteFiles(dir: string): string[] {
	const walk = (sub: string): string[] =>
		readdirSync(path.join(dir, sub), { withFileTypes: true }).flatMap((entry) => {
			const rel = sub ? `${sub}/${entry.name}` : entry.name;
			return entry.isDirectory() ? walk(rel) : [rel];
		});
	return walk('').sort();
}

/** The HTML pages of a site. */
export function listHtmlPages(dir: string): string[] {
	return listSiteFiles(dir).filter((file) => file.endsWith('.html'));
}

/** The route a visitor uses for a page file: adviezen/x/index.html → /adviezen/x/. */
export function routeOf(file: string): string {
	return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** SHA-256 of every file, to compare two builds byte for byte. */
export function hashSite(dir: string): Map<string, string> {
	return new Map(listSiteFiles(dir).map((file) => [file, createHash('sha256').update(readFileSync(path.join(dir, file))).digest('hex')]));
}
