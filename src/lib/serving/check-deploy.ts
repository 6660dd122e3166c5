/**
 * Checks a deployed site over HTTP, whatever serves it: every page in its sitemap.xml and every
 * file those pages link to must arrive with status 200, the right type with charset=utf-8 for
 * text, the security headers (policy.ts), `immutable` only on hashed files and never on HTML;
 * a missing address, and a folder without an index page, must get the site's 404 page with
 * status 404. `npm run check-deploy`.
 */
import { parse } from 'node-html-parser';
import { hasUtf8Charset, needsCharset, REQUIRED_HEADERS } from './policy.ts';
import { fileTypeFor, pathRuleFor, SERVING_RULES, type ServingRules } from './rules.ts';
import { forEachConcurrently } from '../concurrency.ts';

export interface DeployFinding {
	url: string;
	message: string;
}

export interface DeployReport {
	/** Pages listed in the sitemap. */
	pages: number;
	/** Addresses requested (pages, linked files, the 404 check). */
	requested: number;
	problems: DeployFinding[];
	/** Worth fixing, but the site works: e.g. pages sent uncompressed. */
	warnings: DeployFinding[];
}

export interface CheckOptions {
	rules?: ServingRules;
	/** Requests at a time. */
	concurrency?: number;
	fetch?: typeof fetch;
}

/** Files the search page loads by script, so no link points at them. */
const SCRIPT_LOADED = ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json'];
const MISSING_PATH = '/deze-pagina-bestaat-niet-controle/';

/** Other names hosts use for the same media type; either is right. */
const SAME_TYPE: Record<string, string> = {
	'application/javascript': 'text/javascript',
	'application/x-javascript': 'text/javascript',
	'text/xml': 'application/xml',
	'image/vnd.microsoft.icon': 'image/x-icon',
};

/** The <loc> addresses of a sitemap, moved onto `base` (the sitemap may name another host). */
export function sitemapUrls(xml: string, base: URL): URL[] {
	return [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => {
		const loc = new URL(m[1]!.replace(/&amp;/g, '&'));
		return new URL(loc.pathname + loc.search, base);
	});
}

/** Same-site addresses a page links to or loads (without fragments). */
export function linkedUrls(html: string, pageUrl: URL): URL[] {
	const root = parse(html);
	const found = new Map<string, URL>();
	for (const [selector, attribute] of [
		['a[href]', 'href'],
		['link[href]', 'href'],
		['img[src]', 'src'],
		['script[src]', 'src'],
	] as const) {
		for (const element of root.querySelectorAll(selector)) {
			const value = element.getAttribute(attribute);
			if (!value || /^(mailto|tel|javascript|data):/i.test(value)) continue;
			let url: URL;
			try {
				url = new URL(value, pageUrl);
			} catch {
				continue;
			}
			if (url.origin !== pageUrl.origin) continue;
			url.hash = '';
			found.set(url.href, url);
		}
	}
	return [...found.values()];
}

/**
 * The folders above the given addresses that are not addresses themselves (/vergelijk/ above
 * /vergelijk/2026/x/, /bronnen/ above /bronnen/a.txt): folders without an index page, which a
 * visitor who shortens an address reaches. Sorted, without the site root.
 */
export function foldersWithoutPage(urls: readonly URL[], base: URL): URL[] {
	const known = new Set(urls.map((u) => u.pathname));
	const folders = new Set<string>();
	for (const url of urls) {
		const parts = url.pathname.split('/').slice(1, -1);
		for (let depth = 1; depth <= parts.length; depth++) {
			const folder = `/${parts.slice(0, depth).join('/')}/`;
			if (!known.has(folder) && folder.startsWith(base.pathname) && folder !== base.pathname) folders.add(folder);
		}
	}
	return [...folders].sort().map((folder) => new URL(folder, base));
}

/** Problems with the headers of one response, for a page (`html`) or any other file. */
export function headerProblems(rules: ServingRules, url: URL, headers: Headers, html: boolean): string[] {
	const problems: string[] = [];
	const contentType = headers.get('content-type') ?? '';
	const sentType = contentType.split(';')[0]!.trim().toLowerCase();
	const mediaType = SAME_TYPE[sentType] ?? sentType;
	const expected = html ? 'text/html' : fileTypeFor(rules, url.pathname)?.type;
	if (!contentType) problems.push('geen Content-Type');
	else if (expected && mediaType !== expected) problems.push(`type ${sentType}, verwacht ${expected}`);
	if (contentType && needsCharset(sentType) && !hasUtf8Charset(contentType)) problems.push(`type ${contentType} zonder charset=utf-8 (tekens zoals € worden verkeerd getoond)`);
	for (const name of REQUIRED_HEADERS) if (!headers.get(name)) problems.push(`header ${name} ontbreekt`);
	if (headers.get('x-content-type-options') && headers.get('x-content-type-options')!.toLowerCase() !== 'nosniff') problems.push('X-Content-Type-Options is niet nosniff');
	const csp = headers.get('content-security-policy') ?? '';
	if (/'unsafe-(inline|eval)'/.test(csp)) problems.push("de CSP staat 'unsafe-inline' of 'unsafe-eval' toe");
	if (csp && !/(^|;)\s*default-src\s/.test(csp)) problems.push('de CSP heeft geen default-src');
	const rule = pathRuleFor(rules, url.pathname);
	if (html && rule.csp === 'search' && csp && !/script-src[^;]*'wasm-unsafe-eval'/.test(csp)) problems.push("de CSP van de zoekpagina mist 'wasm-unsafe-eval': zoeken werkt dan niet");
	const cache = (headers.get('cache-control') ?? '').toLowerCase();
	if (html && cache.includes('immutable')) problems.push(`Cache-Control "${cache}": een pagina mag niet immutable zijn, anders zien bezoekers een nieuwe versie niet`);
	if (html && !/no-cache|max-age=0\b|no-store/.test(cache)) problems.push(`Cache-Control "${cache || '(geen)'}": een pagina moet opnieuw gecontroleerd worden (no-cache)`);
	if (!html && rule.cache === 'immutable' && !cache.includes('immutable')) problems.push(`Cache-Control "${cache || '(geen)'}": bestanden met een hash in de naam mogen een jaar bewaard worden (immutable)`);
	return problems;
}

/** Requests every page and linked file of the site at `baseUrl` and reports what is wrong. */
export async function checkDeploy(baseUrl: string, options: CheckOptions = {}): Promise<DeployReport> {
	const rules = options.rules ?? SERVING_RULES;
	const get = options.fetch ?? fetch;
	const base = new URL(baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
	const report: DeployReport = { pages: 0, requested: 0, problems: [], warnings: [] };
	const problem = (url: URL | string, message: string) => report.problems.push({ url: String(url), message });
	const request = async (url: URL) => {
		report.requested++;
		return get(url, { headers: { 'accept-encoding': 'br, gzip' }, redirect: 'follow' });
	};

	const sitemapUrl = new URL('sitemap.xml', base);
	let sitemap: Response;
	try {
		sitemap = await request(sitemapUrl);
	} catch (error) {
		problem(sitemapUrl, `niet bereikbaar: ${error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error)}`);
		return report;
	}
	if (sitemap.status !== 200) {
		problem(sitemapUrl, `status ${sitemap.status}: zonder sitemap weet de controle niet welke pagina's er zijn`);
		return report;
	}
	for (const message of headerProblems(rules, sitemapUrl, sitemap.headers, false)) problem(sitemapUrl, message);
	const pages = sitemapUrls(await sitemap.text(), base);
	report.pages = pages.length;
	if (pages.length === 0) problem(sitemapUrl, 'de sitemap noemt geen pagina’s');

	const seen = new Set<string>(pages.map((p) => p.href));
	const files = new Map<string, { url: URL; from: string }>();
	await forEachConcurrently(pages, options.concurrency ?? 8, async (page) => {
		let response: Response;
		try {
			response = await request(page);
		} catch (error) {
			problem(page, `niet bereikbaar: ${error instanceof Error ? error.message : String(error)}`);
			return;
		}
		if (response.status !== 200) {
			problem(page, `status ${response.status}`);
			return;
		}
		for (const message of headerProblems(rules, page, response.headers, true)) problem(page, message);
		if (!response.headers.get('content-encoding')) report.warnings.push({ url: page.href, message: 'niet gecomprimeerd verstuurd (geen gzip of brotli)' });
		for (const url of linkedUrls(await response.text(), page)) {
			if (!seen.has(url.href) && !files.has(url.href)) files.set(url.href, { url, from: page.href });
		}
	});
	for (const path of SCRIPT_LOADED) {
		const url = new URL(path.slice(1), base);
		if (!files.has(url.href)) files.set(url.href, { url, from: '(zoekpagina)' });
	}

	await forEachConcurrently([...files.values()], options.concurrency ?? 8, async ({ url, from }) => {
		let response: Response;
		try {
			response = await request(url);
		} catch (error) {
			problem(url, `niet bereikbaar (link op ${from}): ${error instanceof Error ? error.message : String(error)}`);
			return;
		}
		if (response.status !== 200) {
			problem(url, `kapotte link op ${from}: status ${response.status}`);
			await response.body?.cancel();
			return;
		}
		const html = (response.headers.get('content-type') ?? '').startsWith('text/html');
		for (const message of headerProblems(rules, url, response.headers, html)) problem(url, message);
		await response.body?.cancel();
	});

	/** An address that must get the site's 404 page with status 404; `what` names it in Dutch. */
	const expectNotFound = async (url: URL, what: string) => {
		try {
			const response = await request(url);
			const body = await response.text();
			if (response.status !== 404) problem(url, `${what} geeft status ${response.status}, verwacht 404`);
			// The site's pages declare their language; a server's own error page does not.
			else if (!/<html[^>]*\slang=/i.test(body)) problem(url, `${what} krijgt niet de 404-pagina van de site`);
			// The answer is the 404 page, with that page's rules (e.g. no WebAssembly under /pagefind/).
			for (const message of headerProblems(rules, new URL(rules.notFoundPage, url), response.headers, true)) problem(url, message);
		} catch (error) {
			problem(url, `niet bereikbaar: ${error instanceof Error ? error.message : String(error)}`);
		}
	};
	await expectNotFound(new URL(MISSING_PATH.slice(1), base), 'een adres dat niet bestaat');
	// nginx and Apache forbid (403) a folder without index.html unless told otherwise.
	const folders = foldersWithoutPage([...pages, ...[...files.values()].map((f) => f.url)], base);
	await forEachConcurrently(folders, options.concurrency ?? 8, (folder) => expectNotFound(folder, 'een map zonder eigen pagina'));
	report.problems.sort((a, b) => a.url.localeCompare(b.url) || a.message.localeCompare(b.message));
	return report;
}

/** The report as Dutch lines for the terminal. */
export function formatDeployReport(baseUrl: string, report: DeployReport): string {
	const lines = [`${report.pages} pagina's uit de sitemap van ${baseUrl}; ${report.requested} adressen opgevraagd.`];
	if (report.warnings.length > 0) lines.push('', `Waarschuwingen (${report.warnings.length}):`, ...report.warnings.map((w) => `  ${w.url}: ${w.message}`));
	if (report.problems.length > 0) lines.push('', `Problemen (${report.problems.length}):`, ...report.problems.map((p) => `  ${p.url}: ${p.message}`));
	else lines.push('', 'Geen problemen: types, headers en links kloppen.');
	return lines.join('\n');
}

/** `npm run check-deploy -- <base URL>` as a function: exit code and output. */
export async function runCheckDeploy(args: readonly string[], options: CheckOptions = {}): Promise<{ code: number; stdout: string; stderr: string }> {
	const baseUrl = args.find((a) => !a.startsWith('-'));
	if (!baseUrl || !/^https?:\/\//.test(baseUrl)) return { code: 2, stdout: '', stderr: 'Gebruik: npm run check-deploy -- <adres van de site>, bijvoorbeeld npm run check-deploy -- https://adviesarchief.example/\n' };
	const report = await checkDeploy(baseUrl, options);
	return { code: report.problems.length > 0 ? 1 : 0, stdout: `${formatDeployReport(baseUrl, report)}\n`, stderr: '' };
}
