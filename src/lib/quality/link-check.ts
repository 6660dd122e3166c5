/**
 * Link check over a built site: every internal link and anchor must resolve to a file and, for
 * a fragment, to an element with that id. External links are collected, never fetched.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { listHtmlPages, routeOf } from './site-files.ts';

export interface LinkProblem {
	page: string;
	href: string;
	reason: string;
}

export interface LinkReport {
	checked: number;
	broken: LinkProblem[];
	/** Links to other sites, sorted and unique per page. */
	external: { page: string; href: string }[];
}

const ATTRIBUTES: [selector: string, attribute: string][] = [
	['a[href]', 'href'],
	['link[href]', 'href'],
	['img[src]', 'src'],
	['script[src]', 'src'],
	['form[action]', 'action'],
];

/** The file a site path is served from, or undefined when there is none. */
export function resolveSitePath(siteDir: string, pathname: string): string | undefined {
	const decoded = decodeURIComponent(pathname);
	const candidate = path.join(siteDir, decoded);
	if (!candidate.startsWith(siteDir)) return undefined;
	if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	const index = path.join(candidate, 'index.html');
	return existsSync(index) ? index : undefined;
}

/**
 * Checks every page of a built site. `siteUrl` is the site's own public address (canonical
 * links and the feed use it): links to it count as internal and are checked as such.
 */
export function checkLinks(siteDir: string, siteUrl = 'http://localhost'): LinkReport {
	const siteOrigin = new URL(siteUrl).origin;
	const root = path.resolve(siteDir);
	const ids = new Map<string, Set<string>>();
	const idsOf = (file: string): Set<string> => {
		let set = ids.get(file);
		if (!set) {
			const doc = parse(readFileSync(file, 'utf8'));
			set = new Set(doc.querySelectorAll('[id]').map((el) => el.getAttribute('id')!));
			for (const el of doc.querySelectorAll('a[name]')) set.add(el.getAttribute('name')!);
			ids.set(file, set);
		}
		return set;
	};
	const report: LinkReport = { checked: 0, broken: [], external: [] };
	for (const file of listHtmlPages(root)) {
		const page = routeOf(file);
		const doc = parse(readFileSync(path.join(root, file), 'utf8'));
		for (const [selector, attribute] of ATTRIBUTES) {
			for (const element of doc.querySelectorAll(selector)) {
				const href = element.getAttribute(attribute)!.trim();
				if (/^(mailto|tel|data):/i.test(href)) continue;
				report.checked++;
				const url = new URL(href, new URL(page, siteOrigin));
				if (url.origin !== siteOrigin) {
					report.external.push({ page, href });
					continue;
				}
				const target = resolveSitePath(root, url.pathname);
				if (!target) {
					report.broken.push({ page, href, reason: `geen bestand voor ${url.pathname}` });
					continue;
				}
				const fragment = decodeURIComponent(url.hash.slice(1));
				if (fragment && !fragment.startsWith(':~:') && target.endsWith('.html') && !idsOf(target).has(fragment)) {
					report.broken.push({ page, href, reason: `geen element met id "${fragment}" op ${url.pathname}` });
				}
			}
		}
	}
	report.external.sort((a, b) => a.href.localeCompare(b.href) || a.page.localeCompare(b.page));
	return report;
}
