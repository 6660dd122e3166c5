/**
 * The nginx configuration for the built site, generated from the serving rules (rules.ts): a
 * `server` block for production (written to dist/_deploy/nginx.conf by the build) and, around
 * the same block, a complete configuration that runs nginx as an ordinary process with its own
 * prefix, for the tests and `npm start` (nginx-server.ts).
 */
import { contentTypeValue, cspValue, fileTypeFor, pathRuleFor, type PathRule, type ServingRules } from './rules.ts';

export interface ServerBlockOptions {
	/** The folder with the built site. */
	root: string;
	/** nginx's `listen` value, e.g. `80` or `127.0.0.1:8080`. */
	listen: string;
	serverName?: string;
	/** Serve .br files with `brotli_static` (needs the brotli static module, e.g. Debian's
	 * libnginx-mod-http-brotli-static). */
	brotli: boolean;
	/** false: leave out the security headers and CSP (only for test fixtures that must show what
	 * a page does without them). */
	securityHeaders?: boolean;
}

/** A double-quoted nginx string (nginx would read `$` as a variable, so none may occur). */
function quote(value: string): string {
	if (value.includes('$')) throw new Error(`nginx-configuratie: "${value}" bevat een $, die nginx als variabele leest.`);
	return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

function headerLines(rules: ServingRules, rule: PathRule, indent: string, security: boolean): string[] {
	const headers: [string, string][] = [...(security ? [...Object.entries(rules.headers), ['Content-Security-Policy', cspValue(rules.csp[rule.csp])] as [string, string]] : []), ['Cache-Control', rules.cacheControl[rule.cache]]];
	// `always`: error pages (the 404 page) carry the headers too.
	return headers.map(([name, value]) => `${indent}add_header ${name} ${quote(value)} always;`);
}

/** The `types` block and the charset settings: the type of every extension, UTF-8 for text. */
function typeLines(rules: ServingRules, indent: string): string[] {
	const byType = new Map<string, string[]>();
	for (const [extension, fileType] of Object.entries(rules.types)) byType.set(fileType.type, [...(byType.get(fileType.type) ?? []), extension]);
	const withCharset = [...new Set([...Object.values(rules.types), ...Object.values(rules.pathTypes)].filter((t) => t.charset).map((t) => t.type))];
	return [
		`${indent}types {`,
		...[...byType].map(([type, extensions]) => `${indent}\t${type} ${extensions.join(' ')};`),
		`${indent}}`,
		`${indent}default_type application/octet-stream;`,
		`${indent}charset utf-8;`,
		// nginx adds the charset only to the types listed here (text/html always).
		`${indent}charset_types ${withCharset.join(' ')};`,
	];
}

/**
 * The `server` block: types and charsets, precompressed files, the 404 page, and per path the
 * security headers, the CSP and the cache rule. nginx picks the longest matching prefix, and a
 * location's `add_header` lines replace the server's, so each location carries the full set.
 */
export function nginxServerBlock(rules: ServingRules, options: ServerBlockOptions): string {
	const i = '\t';
	const locations = [...rules.paths]
		.sort((a, b) => a.prefix.localeCompare(b.prefix))
		.flatMap((rule) => [`${i}location ${rule.prefix === '/' ? '' : '^~ '}${rule.prefix} {`, ...headerLines(rules, rule, `${i}\t`, options.securityHeaders !== false), `${i}}`]);
	const typesWithCharset = Object.entries(rules.types).filter(([, t]) => t.charset);
	// A file with a type of its own: an exact location whose only type is that one (it keeps
	// the .gz/.br copies and charset), with the headers of the prefix it is under.
	const fileLocations = Object.entries(rules.pathTypes).flatMap(([pathname, fileType]) => [
		`${i}location = ${pathname} {`,
		`${i}\ttypes { }`,
		`${i}\tdefault_type ${fileType.type};`,
		...headerLines(rules, pathRuleFor(rules, pathname), `${i}\t`, options.securityHeaders !== false),
		`${i}}`,
	]);
	return [
		'server {',
		`${i}listen ${options.listen};`,
		`${i}server_name ${options.serverName ?? '_'};`,
		`${i}root ${quote(options.root)};`,
		`${i}index index.html;`,
		`${i}server_tokens off;`,
		// Redirects (/adviezen → /adviezen/) keep the host and port the visitor used.
		`${i}absolute_redirect off;`,
		...typeLines(rules, i),
		`${i}# The build wrote .gz and .br files next to ${typesWithCharset.map(([e]) => e).join(', ')} and other compressible files.`,
		`${i}gzip_static on;`,
		`${i}gzip_vary on;`,
		// Also to requests through a proxy or CDN (a Via header): Vary tells it to keep one copy
		// per encoding. brotli_static sends Vary as well (tests/serving/nginx.test.ts checks both).
		`${i}gzip_proxied any;`,
		...(options.brotli ? [`${i}brotli_static on;`] : [`${i}# brotli_static on;  # with the brotli static module (Debian: libnginx-mod-http-brotli-static)`]),
		// A folder without index.html (/vergelijk/, /bronnen/) would get nginx's own 403 page:
		// it is a missing page to a visitor, so it gets the site's 404 page with status 404.
		`${i}error_page 403 404 =404 ${rules.notFoundPage};`,
		...locations,
		...fileLocations,
		`${i}# The server configuration and host files in the build are not part of the site.`,
		`${i}location ^~ /${rules.deployDir}/ { return 404; }`,
		`${i}location = /_headers { return 404; }`,
		`${i}location = /.htaccess { return 404; }`,
		'}',
		'',
	].join('\n');
}

/** The server block for production, with a header saying how to use it. */
export function nginxDeployConfig(rules: ServingRules): string {
	return [
		'# nginx configuration for this site, generated by the build from src/lib/serving/rules.ts;',
		'# do not edit (change the rules and build again).',
		'#',
		'# Copy dist/ to the server, set `root` below to that folder and `server_name` to the site',
		'# address, and include this file in the http block (e.g. /etc/nginx/sites-enabled/).',
		'# TLS: add your `listen 443 ssl` and certificate lines as for any other site.',
		'# brotli_static needs the brotli static module: on Debian 12',
		'#   apt-get install nginx libnginx-mod-http-brotli-static',
		'# (without it, delete the brotli_static line; gzip_static is part of nginx).',
		'',
		nginxServerBlock(rules, { root: '/var/www/adviesarchief', listen: '80', serverName: 'adviesarchief.example', brotli: true }),
	].join('\n');
}

export interface StandaloneOptions extends ServerBlockOptions {
	/** A writable folder for the pid file, error log and temporary files. */
	runDir: string;
	/** The brotli static module to load (a .so path), when `brotli` is on. */
	brotliModule?: string;
	/** `user` for the worker processes; only meaningful when nginx starts as root. */
	user?: string;
}

/** A complete nginx.conf that runs in the foreground with everything in `runDir`. */
export function nginxStandaloneConfig(rules: ServingRules, options: StandaloneOptions): string {
	const run = (name: string) => quote(`${options.runDir}/${name}`);
	return [
		...(options.brotli && options.brotliModule ? [`load_module ${quote(options.brotliModule)};`] : []),
		...(options.user ? [`user ${options.user};`] : []),
		'daemon off;',
		'worker_processes 1;',
		`pid ${run('nginx.pid')};`,
		`error_log ${run('error.log')} warn;`,
		'events { worker_connections 256; }',
		'http {',
		'\taccess_log off;',
		`\tclient_body_temp_path ${run('body')};`,
		`\tproxy_temp_path ${run('proxy')};`,
		`\tfastcgi_temp_path ${run('fastcgi')};`,
		`\tuwsgi_temp_path ${run('uwsgi')};`,
		`\tscgi_temp_path ${run('scgi')};`,
		nginxServerBlock(rules, options)
			.split('\n')
			.map((line) => (line ? `\t${line}` : line))
			.join('\n'),
		'}',
		'',
	].join('\n');
}

/** The full Content-Type nginx sends for the file at this path (for tests and checks). */
export function expectedContentType(rules: ServingRules, pathname: string): string {
	const fileType = fileTypeFor(rules, pathname);
	return fileType ? contentTypeValue(fileType) : 'application/octet-stream';
}
