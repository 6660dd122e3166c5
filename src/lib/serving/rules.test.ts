import { describe, expect, it } from 'vitest';
import { parseCsp, parseHeadersFile, headersFor } from '../quality/headers-file.ts';
import { renderHtaccess } from './apache-config.ts';
import { renderHeadersFile } from './headers-file.ts';
import { nginxDeployConfig } from './nginx-config.ts';
import { needsCharset, validateRules } from './policy.ts';
import { cspValue, extensionOf, fileTypeFor, headersForPath, pathRuleFor, SERVING_RULES } from './rules.ts';

describe('the serving rules', () => {
	it('are valid: every required header, charset on every text type', () => {
		expect(validateRules(SERVING_RULES)).toEqual([]);
	});

	it('give the search page and Pagefind WebAssembly, and no other page', () => {
		const scriptSrc = (p: string) => parseCsp(headersForPath(SERVING_RULES, p)['Content-Security-Policy']!).get('script-src');
		expect(scriptSrc('/zoeken/')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
		expect(scriptSrc('/pagefind/pagefind-worker.js')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
		expect(scriptSrc('/')).toEqual(["'self'"]);
		expect(scriptSrc('/adviezen/x/')).toEqual(["'self'"]);
	});

	it('cache hashed files for a year and revalidate the rest', () => {
		expect(pathRuleFor(SERVING_RULES, '/_astro/a.B1c.css').cache).toBe('immutable');
		expect(pathRuleFor(SERVING_RULES, '/pagefind/fragment/nl_1.pf_fragment').cache).toBe('immutable');
		expect(pathRuleFor(SERVING_RULES, '/pagefind/pagefind-entry.json').cache).toBe('revalidate');
		expect(pathRuleFor(SERVING_RULES, '/adviezen/').cache).toBe('revalidate');
	});

	it('give the feed its own type, and other files the type of their extension', () => {
		expect(fileTypeFor(SERVING_RULES, '/rss.xml')).toEqual({ type: 'application/rss+xml', charset: true, compress: true });
		expect(fileTypeFor(SERVING_RULES, '/sitemap.xml')?.type).toBe('application/xml');
		expect(fileTypeFor(SERVING_RULES, '/a/rss.xml')?.type).toBe('application/xml');
		expect(fileTypeFor(SERVING_RULES, '/a.unknown')).toBeUndefined();
		const withoutCharset = { ...SERVING_RULES, pathTypes: { '/rss.xml': { type: 'application/rss+xml', charset: false, compress: true } } };
		expect(validateRules(withoutCharset)).toEqual([expect.stringContaining('Bestand /rss.xml (application/rss+xml) wordt verstuurd zonder charset=utf-8')]);
	});

	it('know which types are text', () => {
		for (const type of ['text/html', 'text/csv', 'application/json', 'application/xml', 'image/svg+xml', 'application/rss+xml']) expect(needsCharset(type), type).toBe(true);
		for (const type of ['image/png', 'application/wasm', 'application/octet-stream']) expect(needsCharset(type), type).toBe(false);
		expect(extensionOf('/a/b.pf_fragment')).toBe('pf_fragment');
		expect(extensionOf('/a/')).toBe('');
	});
});

describe('the generated configurations carry the same headers', () => {
	const csp = (kind: 'site' | 'search') => cspValue(SERVING_RULES.csp[kind]);

	it('_headers: security headers on every path (CSP with WebAssembly), immutable only for hashed folders', () => {
		const rules = parseHeadersFile(renderHeadersFile(SERVING_RULES));
		const page = headersFor(rules, '/adviezen/');
		for (const [name, value] of Object.entries(SERVING_RULES.headers)) expect(page[name], name).toBe(value);
		expect(page['Content-Security-Policy']).toBe(csp('search'));
		expect(page['Cache-Control']).toBeUndefined();
		expect(headersFor(rules, '/_astro/x.css')['Cache-Control']).toBe(SERVING_RULES.cacheControl.immutable);
		expect(headersFor(rules, '/rss.xml')['Content-Type']).toBe('application/rss+xml; charset=utf-8');
		expect(headersFor(rules, '/sitemap.xml')['Content-Type']).toBeUndefined();
		// Hosts join the values of a header set by two matching rules: none may be.
		for (const header of ['Content-Security-Policy', 'Cache-Control']) expect(rules.filter((r) => r.headers[header]).every((r, _, all) => all.length === 1 || !r.pattern.startsWith('/*')), header).toBe(true);
	});

	it('.htaccess: every header, both CSPs, types with charset, the 404 page, the precompressed files', () => {
		const htaccess = renderHtaccess(SERVING_RULES);
		for (const [name, value] of Object.entries(SERVING_RULES.headers)) expect(htaccess).toContain(`Header always set ${name} "${value}"`);
		expect(htaccess).toContain(`Header always set Content-Security-Policy "${csp('site')}"`);
		expect(htaccess).toContain(`<If "%{REQUEST_URI} =~ m#^/zoeken/#">\n\t\tHeader always set Content-Security-Policy "${csp('search')}"`);
		expect(htaccess).toMatch(/AddCharset utf-8 .*\.html .*\.txt .*\.csv/);
		expect(htaccess).toContain('ErrorDocument 404 /404.html');
		expect(htaccess).toContain('ErrorDocument 403 /404.html');
		expect(htaccess).toContain('\tRewriteCond %{REQUEST_FILENAME} -d\n\tRewriteCond %{REQUEST_FILENAME}/index.html !-f\n\tRewriteRule ^ - [R=404,L]');
		expect(htaccess).toContain('RewriteRule \\.html\\.(br|gz)$ - [T=text/html;charset=utf-8,E=no-gzip:1,E=no-brotli:1]');
		// The feed's own type, for it and its copies, before (and instead of) the .xml type.
		const feed = htaccess.indexOf('\tRewriteRule ^rss\\.xml\\.(br|gz)$ - [T=application/rss+xml;charset=utf-8,E=no-gzip:1,E=no-brotli:1,L]\n\tRewriteRule ^rss\\.xml$ - [T=application/rss+xml;charset=utf-8,L]');
		expect(feed).toBeGreaterThan(0);
		expect(feed).toBeLessThan(htaccess.indexOf('RewriteRule \\.xml\\.(br|gz)$'));
	});

	it('nginx: every header in every location, always (also on the 404 page)', () => {
		const config = nginxDeployConfig(SERVING_RULES);
		const locations = config.split(/\n\tlocation /).slice(1).filter((block) => !block.includes('return 404'));
		expect(locations).toHaveLength(SERVING_RULES.paths.length + Object.keys(SERVING_RULES.pathTypes).length);
		for (const block of locations) for (const name of [...Object.keys(SERVING_RULES.headers), 'Content-Security-Policy', 'Cache-Control']) expect(block, name).toMatch(new RegExp(`add_header ${name} ".+" always;`));
		expect(config).toContain('charset_types text/html text/css text/javascript application/json application/xml text/plain text/csv image/svg+xml application/manifest+json application/rss+xml;');
		expect(config).toContain('\tlocation = /rss.xml {\n\t\ttypes { }\n\t\tdefault_type application/rss+xml;\n');
		// A folder without index.html gets the site's 404 page with status 404, not nginx's 403.
		expect(config).toContain('error_page 403 404 =404 /404.html;');
		// Compressed copies through proxies too, which Vary keeps apart.
		expect(config).toMatch(/\tgzip_vary on;\n(.*\n)*\tgzip_proxied any;/);
	});
});
