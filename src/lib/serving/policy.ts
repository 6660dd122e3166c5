/**
 * What every way of serving the site must get right, stated apart from the rules that do it
 * (rules.ts): the headers no response may lack, and which media types need a character set.
 * The build checks the rules against this before it writes any configuration, and the deploy
 * check (check-deploy.ts) checks a running site against it, so a header dropped from the rules
 * or a text type without charset fails in both places.
 */
import type { ServingRules } from './rules.ts';

/** Headers every page and file must carry. */
export const REQUIRED_HEADERS = ['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'X-Frame-Options', 'Permissions-Policy'] as const;

/** Whether a media type is text a browser must decode (and so needs `charset=utf-8`). */
export function needsCharset(mediaType: string): boolean {
	const type = mediaType.split(';')[0]!.trim().toLowerCase();
	return type.startsWith('text/') || /^application\/(json|xml|javascript|manifest\+json)$/.test(type) || /\+(xml|json)$/.test(type);
}

/** Whether a Content-Type header value declares UTF-8. */
export function hasUtf8Charset(contentType: string): boolean {
	return /;\s*charset=(")?utf-8\1\s*(;|$)/i.test(contentType);
}

/** Problems in a set of serving rules, in Dutch, each naming the rule and the fix. */
export function validateRules(rules: ServingRules): string[] {
	const problems: string[] = [];
	for (const name of REQUIRED_HEADERS) {
		if (name === 'Content-Security-Policy') continue;
		if (!rules.headers[name]) problems.push(`De header ${name} ontbreekt in src/lib/serving/rules.ts (SERVING_RULES.headers); voeg hem toe.`);
	}
	for (const kind of ['site', 'search'] as const) {
		const csp = rules.csp[kind];
		if (!csp['default-src']?.length) problems.push(`De CSP "${kind}" in src/lib/serving/rules.ts heeft geen default-src; voeg default-src 'self' toe.`);
	}
	for (const [extension, fileType] of Object.entries(rules.types)) {
		if (needsCharset(fileType.type) && !fileType.charset) problems.push(`Bestandstype .${extension} (${fileType.type}) wordt verstuurd zonder charset=utf-8; zet charset: true in src/lib/serving/rules.ts.`);
	}
	for (const [pathname, fileType] of Object.entries(rules.pathTypes)) {
		if (!pathname.startsWith('/') || pathname.endsWith('/')) problems.push(`pathTypes "${pathname}" in src/lib/serving/rules.ts moet het pad van één bestand zijn, beginnend met / (bijvoorbeeld /rss.xml).`);
		if (needsCharset(fileType.type) && !fileType.charset) problems.push(`Bestand ${pathname} (${fileType.type}) wordt verstuurd zonder charset=utf-8; zet charset: true in src/lib/serving/rules.ts.`);
	}
	if (!rules.paths.some((rule) => rule.prefix === '/')) problems.push('De serveerregels missen een regel voor "/"; voeg { prefix: "/" } toe in src/lib/serving/rules.ts.');
	if (!rules.notFoundPage.startsWith('/')) problems.push(`notFoundPage "${rules.notFoundPage}" moet met / beginnen.`);
	return problems;
}
