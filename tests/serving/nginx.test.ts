/**
 * The built sites served by nginx with the generated configuration, as in production: types
 * with charset, the headers on every template, the 404 page, cache rules, precompressed files,
 * and the deploy check finding nothing. The failing fixtures (a header missing from the rules,
 * a text type without charset, a broken link) prove the checks can fail.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pickTemplatePages, listPages } from '../../src/lib/bench/page-weight.ts';
import { listSiteFiles } from '../../src/lib/quality/site-files.ts';
import { checkDeploy, headerProblems } from '../../src/lib/serving/check-deploy.ts';
import { renderHtaccess } from '../../src/lib/serving/apache-config.ts';
import { renderHeadersFile } from '../../src/lib/serving/headers-file.ts';
import { expectedContentType, nginxDeployConfig } from '../../src/lib/serving/nginx-config.ts';
import { hasUtf8Charset, needsCharset, REQUIRED_HEADERS, validateRules } from '../../src/lib/serving/policy.ts';
import { findBrotliModule, findNginx } from '../../src/lib/serving/nginx-server.ts';
import { DEPLOY_FILES, prepareSiteForServing } from '../../src/lib/serving/prepare-site.ts';
import { isPrecompressedCopy } from '../../src/lib/serving/precompress.ts';
import { extensionOf, headersForPath, SERVING_RULES, type ServingRules } from '../../src/lib/serving/rules.ts';
import { serveStatic, type StaticServer } from '../support/serve.ts';

const sites = { real: inject('realSite'), example: inject('exampleSite') };
const servers = {} as Record<keyof typeof sites, StaticServer>;

beforeAll(async () => {
	servers.real = await serveStatic(sites.real);
	servers.example = await serveStatic(sites.example);
});
afterAll(async () => {
	await Promise.all(Object.values(servers).map((s) => s?.close()));
});

/** A raw GET (no automatic decompression): status, headers and the bytes as sent. */
function rawGet(url: string, acceptEncoding = 'identity', extraHeaders: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
	return new Promise((resolve, reject) => {
		http
			.get(url, { headers: { 'accept-encoding': acceptEncoding, ...extraHeaders } }, (response) => {
				const chunks: Buffer[] = [];
				response.on('data', (chunk: Buffer) => chunks.push(chunk));
				response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
			})
			.on('error', reject);
	});
}

/** One file of each extension the site has (not the generated server files). */
function oneFilePerExtension(siteDir: string): Map<string, string> {
	const byExtension = new Map<string, string>();
	for (const file of listSiteFiles(siteDir)) {
		if (isPrecompressedCopy(file) || file.startsWith(`${SERVING_RULES.deployDir}/`) || file === '_headers' || file === '.htaccess') continue;
		if (!byExtension.has(extensionOf(file))) byExtension.set(extensionOf(file), `/${file}`);
	}
	return byExtension;
}

describe.each(Object.keys(sites) as (keyof typeof sites)[])('the %s site through nginx', (name) => {
	it('sends every file type with its type, and charset=utf-8 for every text type', async () => {
		const files = oneFilePerExtension(sites[name]);
		for (const extension of ['html', 'css', 'js', 'json', 'xml', 'svg', 'csv']) expect([...files.keys()], extension).toContain(extension);
		for (const [extension, file] of files) {
			expect(SERVING_RULES.types[extension], `.${extension} has no type in src/lib/serving/rules.ts`).toBeDefined();
			const { status, headers } = await rawGet(`${servers[name].origin}${file}`);
			expect(status, file).toBe(200);
			expect(headers['content-type'], file).toBe(expectedContentType(SERVING_RULES, file));
			if (needsCharset(headers['content-type']!)) expect(hasUtf8Charset(headers['content-type']!), file).toBe(true);
		}
	});

	it('sends the feed as application/rss+xml with charset=utf-8, also compressed, with the headers of its path', async () => {
		for (const encoding of ['identity', 'gzip', 'br']) {
			const { status, headers } = await rawGet(`${servers[name].origin}/rss.xml`, encoding);
			expect(status, encoding).toBe(200);
			expect(headers['content-type'], encoding).toBe('application/rss+xml; charset=utf-8');
			if (encoding !== 'identity') expect(headers['content-encoding'], encoding).toBe(encoding);
			for (const header of REQUIRED_HEADERS) expect(headers[header.toLowerCase()], `${header} on /rss.xml`).toBeTruthy();
			expect(headers['cache-control']).toBe('no-cache');
		}
	});

	it('sends the security headers on one page of every template, with WebAssembly allowed on the search page only', async () => {
		const pages = pickTemplatePages(listPages(sites[name]));
		expect(pages.map((p) => p.template)).toEqual(expect.arrayContaining(['home', 'advice', 'search', 'not-found']));
		for (const { path: route } of pages) {
			const { headers } = await rawGet(`${servers[name].origin}${route}`);
			for (const header of REQUIRED_HEADERS) expect(headers[header.toLowerCase()], `${header} on ${route}`).toBeTruthy();
			expect(headers['x-content-type-options']).toBe('nosniff');
			expect(headers['content-security-policy']!.includes("'wasm-unsafe-eval'"), route).toBe(route === '/zoeken/');
		}
	});

	it("answers a missing address with the site's own 404 page and status 404", async () => {
		const { status, headers, body } = await rawGet(`${servers[name].origin}/bestaat-niet/`);
		expect(status).toBe(404);
		expect(headers['content-type']).toBe('text/html; charset=utf-8');
		expect(body.toString('utf8')).toBe(readFileSync(path.join(sites[name], '404.html'), 'utf8'));
		expect(headers['content-security-policy']).toBe(headersForPath(SERVING_RULES, '/bestaat-niet/')['Content-Security-Policy']);
	});

	it("answers a folder without an index page (/vergelijk/, /bronnen/) with the site's 404 page, not nginx's 403", async () => {
		const folders = ['/vergelijk/', '/bronnen/', '/_astro/'].filter((route) => existsSync(path.join(sites[name], route)) && !existsSync(path.join(sites[name], route, 'index.html')));
		expect(folders).toContain('/vergelijk/');
		for (const route of folders) {
			const { status, headers, body } = await rawGet(`${servers[name].origin}${route}`);
			expect(status, route).toBe(404);
			expect(body.toString('utf8'), route).toBe(readFileSync(path.join(sites[name], '404.html'), 'utf8'));
			for (const header of REQUIRED_HEADERS) expect(headers[header.toLowerCase()], `${header} on ${route}`).toBeTruthy();
		}
	});

	it('lets browsers keep hashed files for a year, and makes them revalidate pages and unhashed files', async () => {
		const files = listSiteFiles(sites[name]).filter((f) => !isPrecompressedCopy(f));
		const hashed = [files.find((f) => f.startsWith('_astro/') && f.endsWith('.css')), files.find((f) => f.startsWith('pagefind/fragment/')), files.find((f) => f.startsWith('pagefind/index/'))];
		for (const file of hashed) {
			expect(file).toBeDefined();
			expect((await rawGet(`${servers[name].origin}/${file}`)).headers['cache-control'], file).toBe('public, max-age=31536000, immutable');
		}
		for (const route of ['/', '/adviezen/', '/zoeken/', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/sitemap.xml']) {
			const cache = (await rawGet(`${servers[name].origin}${route}`)).headers['cache-control'];
			expect(cache, route).toBe('no-cache');
		}
	});

	it('sends the precompressed file to a browser that accepts it, and it decompresses to the original', async () => {
		expect(servers[name].brotli).toBe(true);
		for (const route of ['/', '/zoeken/', '/pagefind/pagefind.js']) {
			const original = readFileSync(path.join(sites[name], route.endsWith('/') ? `${route}index.html` : route));
			const br = await rawGet(`${servers[name].origin}${route}`, 'gzip, deflate, br');
			expect(br.headers['content-encoding'], route).toBe('br');
			expect(br.headers.vary).toMatch(/Accept-Encoding/i);
			expect(br.body.length).toBeLessThan(original.length / 2);
			expect(brotliDecompressSync(br.body).equals(original), route).toBe(true);
			const gzip = await rawGet(`${servers[name].origin}${route}`, 'gzip');
			expect(gzip.headers['content-encoding'], route).toBe('gzip');
			expect(gunzipSync(gzip.body).equals(original), route).toBe(true);
			const plain = await rawGet(`${servers[name].origin}${route}`);
			expect(plain.headers['content-encoding']).toBeUndefined();
			expect(plain.body.equals(original)).toBe(true);
		}
		// Behind a proxy or CDN (a Via header) the compressed copies are sent too, with Vary, so
		// the proxy keeps one copy per encoding.
		for (const encoding of ['br', 'gzip']) {
			const proxied = await rawGet(`${servers[name].origin}/`, encoding, { via: '1.1 cdn.example' });
			expect(proxied.headers['content-encoding'], `${encoding} through a proxy`).toBe(encoding);
			expect(proxied.headers.vary, `${encoding} through a proxy`).toMatch(/Accept-Encoding/i);
		}
		// Pagefind compresses its own index files; they are sent as they are.
		const fragment = listSiteFiles(sites[name]).find((f) => f.startsWith('pagefind/fragment/'))!;
		const sent = await rawGet(`${servers[name].origin}/${fragment}`, 'br, gzip');
		expect(sent.headers['content-encoding']).toBeUndefined();
		expect(sent.body.equals(readFileSync(path.join(sites[name], fragment)))).toBe(true);
	});

	it('passes the deploy check: every page and linked file, types, headers, links, 404', async () => {
		const report = await checkDeploy(servers[name].origin);
		expect(report.pages).toBeGreaterThan(8);
		expect(report.requested).toBeGreaterThan(report.pages);
		expect(report.problems).toEqual([]);
		expect(report.warnings).toEqual([]);
	});
});

it('writes the nginx, Apache and _headers configurations from the rules into the built site', () => {
	expect(readFileSync(path.join(sites.real, DEPLOY_FILES.nginx), 'utf8')).toBe(nginxDeployConfig(SERVING_RULES));
	expect(readFileSync(path.join(sites.real, DEPLOY_FILES.apache), 'utf8')).toBe(renderHtaccess(SERVING_RULES));
	expect(readFileSync(path.join(sites.real, DEPLOY_FILES.headers), 'utf8')).toBe(renderHeadersFile(SERVING_RULES));
});

it('writes a production nginx configuration that nginx accepts (nginx -t)', () => {
	const run = mkdtempSync(path.join(tmpdir(), 'aa-nginx-t-'));
	try {
		const deployConfig = path.join(sites.real, DEPLOY_FILES.nginx);
		writeFileSync(
			path.join(run, 'nginx.conf'),
			`load_module ${findBrotliModule()};\npid ${run}/nginx.pid;\nevents {}\nhttp {\n\tclient_body_temp_path ${run}/body;\n\tproxy_temp_path ${run}/proxy;\n\tfastcgi_temp_path ${run}/fastcgi;\n\tuwsgi_temp_path ${run}/uwsgi;\n\tscgi_temp_path ${run}/scgi;\n\taccess_log off;\n\tinclude ${deployConfig};\n}\n`,
		);
		const result = spawnSync(findNginx()!, ['-t', '-p', run, '-e', `${run}/error.log`, '-c', `${run}/nginx.conf`], { encoding: 'utf8' });
		expect(result.stderr).toContain('syntax is ok');
		expect(result.status, result.stderr).toBe(0);
		expect(readFileSync(deployConfig, 'utf8')).toContain('brotli_static on;');
	} finally {
		rmSync(run, { recursive: true, force: true });
	}
});

it('sends the source letters as UTF-8, so € and ë arrive intact', async () => {
	const letter = listSiteFiles(sites.real).find((f) => f.startsWith('bronnen/') && f.endsWith('.txt'))!;
	const original = readFileSync(path.join(sites.real, letter), 'utf8');
	expect(original).toContain('€');
	const response = await fetch(`${servers.real.origin}/${letter}`);
	expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
	expect(await response.text()).toBe(original);
});

describe('the checks fail on broken serving rules and a broken site', () => {
	const withoutNosniff: ServingRules = { ...SERVING_RULES, headers: Object.fromEntries(Object.entries(SERVING_RULES.headers).filter(([n]) => n !== 'X-Content-Type-Options')) };
	const csvWithoutCharset: ServingRules = { ...SERVING_RULES, types: { ...SERVING_RULES.types, csv: { type: 'text/csv', charset: false, compress: true } } };

	it('a header missing from the rules: the build refuses, and the deploy check reports it on every page', async () => {
		expect(validateRules(withoutNosniff)).toEqual([expect.stringContaining('X-Content-Type-Options ontbreekt')]);
		const scratch = mkdtempSync(path.join(tmpdir(), 'aa-serving-'));
		try {
			await expect(prepareSiteForServing(scratch, withoutNosniff)).rejects.toThrow(/X-Content-Type-Options/);
		} finally {
			rmSync(scratch, { recursive: true, force: true });
		}
		const server = await serveStatic(sites.real, { rules: withoutNosniff });
		try {
			const report = await checkDeploy(server.origin);
			const missing = report.problems.filter((p) => p.message === 'header X-Content-Type-Options ontbreekt');
			expect(missing.length).toBeGreaterThanOrEqual(report.pages);
			expect(missing.map((p) => new URL(p.url).pathname)).toContain('/zoeken/');
		} finally {
			await server.close();
		}
	});

	it('a text type without charset: the build refuses, and the deploy check names the file', async () => {
		expect(validateRules(csvWithoutCharset)).toEqual([expect.stringContaining('.csv (text/csv) wordt verstuurd zonder charset=utf-8')]);
		const server = await serveStatic(sites.real, { rules: csvWithoutCharset });
		try {
			const report = await checkDeploy(server.origin);
			expect(report.problems).toEqual([{ url: `${server.origin}/lokale-keuzes/lokale-keuzes.csv`, message: expect.stringContaining('type text/csv zonder charset=utf-8') }]);
		} finally {
			await server.close();
		}
		expect(headerProblems(SERVING_RULES, new URL('http://x/a.txt'), new Headers({ 'content-type': 'text/plain' }), false)).toContain('type text/plain zonder charset=utf-8 (tekens zoals € worden verkeerd getoond)');
	});

	it('a broken link, a page without headers and a missing 404 page are reported', async () => {
		const site = mkdtempSync(path.join(tmpdir(), 'aa-broken-deploy-'));
		try {
			writeFileSync(path.join(site, 'index.html'), '<!doctype html><html lang="nl"><title>x</title><link rel="stylesheet" href="/ontbreekt.css"><a href="/weg/">weg</a></html>');
			writeFileSync(path.join(site, 'sitemap.xml'), '<?xml version="1.0"?><urlset><url><loc>https://elders.example/</loc></url></urlset>');
			const server = await serveStatic(site);
			try {
				const report = await checkDeploy(server.origin);
				const messages = report.problems.map((p) => `${new URL(p.url).pathname}: ${p.message}`);
				expect(messages).toContain(`/ontbreekt.css: kapotte link op ${server.origin}/: status 404`);
				expect(messages).toContain(`/weg/: kapotte link op ${server.origin}/: status 404`);
				expect(messages).toContain('/deze-pagina-bestaat-niet-controle/: een adres dat niet bestaat krijgt niet de 404-pagina van de site');
			} finally {
				await server.close();
			}
		} finally {
			rmSync(site, { recursive: true, force: true });
		}
	});
});
