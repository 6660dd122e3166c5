/**
 * The one source for how the built site is served: the security headers (CSP included), the
 * content type and character set of every file type (and of single files whose type is not
 * their extension's, such as the feed), which files may be cached for a year and
 * which must be revalidated, and which files the build precompresses. The nginx configuration,
 * the Apache `.htaccess` and the Netlify/Cloudflare `_headers` file are all generated from this
 * (nginx-config.ts, apache-config.ts, headers-file.ts); change a header here, nowhere else.
 */

/** A Content-Security-Policy as directive → sources, in the order they are written. */
export type CspDirectives = Readonly<Record<string, readonly string[]>>;

export interface FileType {
	/** The media type without parameters, e.g. text/html. */
	type: string;
	/** Send `; charset=utf-8` with it (every text format the build writes is UTF-8). */
	charset: boolean;
	/** The build writes .gz and .br versions next to files of this type. */
	compress: boolean;
}

/** Which policy a path gets: the site's strict one, or the search page's (WebAssembly allowed). */
export type CspKind = 'site' | 'search';
/** `revalidate`: a browser asks each time (HTML and every file without a hash in its name);
 * `immutable`: the name changes when the content does, so it may be kept for a year. */
export type CacheKind = 'revalidate' | 'immutable';

export interface PathRule {
	/** A path prefix; the longest matching prefix decides. */
	prefix: string;
	csp: CspKind;
	cache: CacheKind;
}

export interface ServingRules {
	/** Headers on every response, including error pages; the CSP is added per path. */
	headers: Readonly<Record<string, string>>;
	csp: { site: CspDirectives; search: CspDirectives };
	/** By file extension, without the dot. Files with another extension are sent as binary. */
	types: Readonly<Record<string, FileType>>;
	/** By exact path, for a file whose type is not its extension's (the feed is XML, but RSS). */
	pathTypes: Readonly<Record<string, FileType>>;
	paths: readonly PathRule[];
	cacheControl: Readonly<Record<CacheKind, string>>;
	/** The site's own page for a missing address, sent with status 404. */
	notFoundPage: string;
	/** The folder in the built site with the generated server configuration; never served. */
	deployDir: string;
}

const SITE_CSP: CspDirectives = {
	'default-src': ["'self'"],
	'script-src': ["'self'"],
	'style-src': ["'self'"],
	'img-src': ["'self'", 'data:'],
	'font-src': ["'self'"],
	'connect-src': ["'self'"],
	'object-src': ["'none'"],
	'base-uri': ["'self'"],
	'form-action': ["'self'"],
	'frame-ancestors': ["'none'"],
};

const text = (type: string): FileType => ({ type, charset: true, compress: true });
const binary = (type: string, compress = false): FileType => ({ type, charset: false, compress });

/** The archive's serving rules. */
export const SERVING_RULES: ServingRules = {
	headers: {
		'X-Content-Type-Options': 'nosniff',
		'Referrer-Policy': 'no-referrer',
		'X-Frame-Options': 'DENY',
		'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
	},
	csp: {
		site: SITE_CSP,
		// Pagefind runs its index in WebAssembly; nothing else on the site needs it.
		search: { ...SITE_CSP, 'script-src': ["'self'", "'wasm-unsafe-eval'"] },
	},
	types: {
		html: text('text/html'),
		css: text('text/css'),
		js: text('text/javascript'),
		mjs: text('text/javascript'),
		json: text('application/json'),
		xml: text('application/xml'),
		txt: text('text/plain'),
		csv: text('text/csv'),
		svg: text('image/svg+xml'),
		webmanifest: text('application/manifest+json'),
		wasm: binary('application/wasm', true),
		// Pagefind's index files and WebAssembly are gzip-compressed by Pagefind itself.
		pagefind: binary('application/octet-stream'),
		pf_meta: binary('application/octet-stream'),
		pf_index: binary('application/octet-stream'),
		pf_fragment: binary('application/octet-stream'),
		pf_filter: binary('application/octet-stream'),
		png: binary('image/png'),
		jpg: binary('image/jpeg'),
		jpeg: binary('image/jpeg'),
		gif: binary('image/gif'),
		webp: binary('image/webp'),
		avif: binary('image/avif'),
		ico: binary('image/x-icon', true),
		woff: binary('font/woff'),
		woff2: binary('font/woff2'),
		pdf: binary('application/pdf'),
	},
	pathTypes: {
		// The feed (src/pages/rss.xml.ts): feed readers and browsers recognise it by this type.
		'/rss.xml': text('application/rss+xml'),
	},
	paths: [
		{ prefix: '/', csp: 'site', cache: 'revalidate' },
		// Astro's bundles carry a content hash in their names.
		{ prefix: '/_astro/', csp: 'site', cache: 'immutable' },
		{ prefix: '/zoeken/', csp: 'search', cache: 'revalidate' },
		// pagefind.js, pagefind-entry.json and the WebAssembly keep their names: revalidate.
		{ prefix: '/pagefind/', csp: 'search', cache: 'revalidate' },
		// Index chunks, fragments and filters are named by their content hash.
		{ prefix: '/pagefind/index/', csp: 'search', cache: 'immutable' },
		{ prefix: '/pagefind/fragment/', csp: 'search', cache: 'immutable' },
		{ prefix: '/pagefind/filter/', csp: 'search', cache: 'immutable' },
	],
	cacheControl: {
		revalidate: 'no-cache',
		immutable: 'public, max-age=31536000, immutable',
	},
	notFoundPage: '/404.html',
	deployDir: '_deploy',
};

/** A CSP header value from its directives. */
export function cspValue(directives: CspDirectives): string {
	return Object.entries(directives)
		.map(([name, sources]) => [name, ...sources].join(' '))
		.join('; ');
}

/** The rule for a request path: the longest matching prefix. */
export function pathRuleFor(rules: ServingRules, pathname: string): PathRule {
	const matching = rules.paths.filter((rule) => pathname.startsWith(rule.prefix)).sort((a, b) => b.prefix.length - a.prefix.length);
	const rule = matching[0];
	if (!rule) throw new Error(`Geen regel voor ${pathname}: de serveerregels missen het voorvoegsel "/"`);
	return rule;
}

/** The extension of a path (without the dot, lower case), or '' when it has none. */
export function extensionOf(pathname: string): string {
	const name = pathname.slice(pathname.lastIndexOf('/') + 1);
	const dot = name.lastIndexOf('.');
	return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** The type of the file at a path: its own (pathTypes), else its extension's; undefined when
 * the rules name neither (such a file is sent as application/octet-stream). */
export function fileTypeFor(rules: ServingRules, pathname: string): FileType | undefined {
	return rules.pathTypes[pathname] ?? rules.types[extensionOf(pathname)];
}

/** The full Content-Type for a file type, with its charset when the rules ask for one. */
export function contentTypeValue(fileType: FileType): string {
	return fileType.charset ? `${fileType.type}; charset=utf-8` : fileType.type;
}

/** Every header the rules send for a path (security headers, CSP, Cache-Control), by name. */
export function headersForPath(rules: ServingRules, pathname: string): Record<string, string> {
	const rule = pathRuleFor(rules, pathname);
	return { ...rules.headers, 'Content-Security-Policy': cspValue(rules.csp[rule.csp]), 'Cache-Control': rules.cacheControl[rule.cache] };
}
