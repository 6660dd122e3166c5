import { describe, expect, it } from 'vitest';
import { checkDeploy, foldersWithoutPage, headerProblems, linkedUrls, runCheckDeploy, sitemapUrls } from './check-deploy.ts';
import { headersForPath, SERVING_RULES } from './rules.ts';

const good = (pathname: string, contentType: string) => new Headers({ ...headersForPath(SERVING_RULES, pathname), 'content-type': contentType });

describe('the deploy check', () => {
	it('reads the sitemap onto the address it was given', () => {
		const xml = '<urlset><url><loc>https://archief.example/</loc></url><url><loc>https://archief.example/adviezen/a/</loc></url></urlset>';
		expect(sitemapUrls(xml, new URL('http://127.0.0.1:8080/')).map(String)).toEqual(['http://127.0.0.1:8080/', 'http://127.0.0.1:8080/adviezen/a/']);
	});

	it('follows the same-site links of a page, without fragments, and skips other sites', () => {
		const html = '<link rel="stylesheet" href="/_astro/a.css"><a href="../b/#x">b</a><a href="https://elders.example/">c</a><a href="mailto:a@b.nl">m</a><img src="/x.svg">';
		expect(linkedUrls(html, new URL('http://s/adviezen/a/')).map((u) => u.pathname).sort()).toEqual(['/_astro/a.css', '/adviezen/b/', '/x.svg']);
	});

	it('finds the folders without a page of their own above pages and files', () => {
		const base = new URL('http://s/');
		const urls = ['/', '/vergelijk/2026/a/', '/adviezen/', '/adviezen/x/', '/bronnen/a.txt', '/favicon.svg'].map((p) => new URL(p, base));
		expect(foldersWithoutPage(urls, base).map((u) => u.pathname)).toEqual(['/bronnen/', '/vergelijk/', '/vergelijk/2026/']);
		expect(foldersWithoutPage([new URL('http://s/archief/a/b/')], new URL('http://s/archief/')).map((u) => u.pathname)).toEqual(['/archief/a/']);
	});

	it("reports a folder without a page that does not get the site's 404 page with status 404", async () => {
		const pageHtml = '<!doctype html><html lang="nl"><title>x</title></html>';
		const responses: Record<string, () => Response> = {
			'/sitemap.xml': () => new Response('<urlset><url><loc>https://a.example/vergelijk/2026/</loc></url></urlset>', { headers: good('/sitemap.xml', 'application/xml; charset=utf-8') }),
			'/vergelijk/2026/': () => new Response(pageHtml, { headers: good('/vergelijk/2026/', 'text/html; charset=utf-8') }),
			'/vergelijk/': () => new Response('<html><body>403 Forbidden</body></html>', { status: 403, headers: good('/vergelijk/', 'text/html; charset=utf-8') }),
		};
		const fake = (async (input: URL | RequestInfo) => {
			const pathname = new URL(String(input)).pathname;
			return responses[pathname]?.() ?? new Response(pageHtml, { status: 404, headers: good(pathname, 'text/html; charset=utf-8') });
		}) as typeof fetch;
		const report = await checkDeploy('http://s/', { fetch: fake });
		// /pagefind/ (above the search files) gets the 404 page; /vergelijk/ does not.
		expect(report.problems.filter((p) => p.message.includes('map zonder'))).toEqual([{ url: 'http://s/vergelijk/', message: 'een map zonder eigen pagina geeft status 403, verwacht 404' }]);
	});

	it('accepts what the rules send, and other names for the same type', () => {
		expect(headerProblems(SERVING_RULES, new URL('http://s/adviezen/'), good('/adviezen/', 'text/html; charset=utf-8'), true)).toEqual([]);
		expect(headerProblems(SERVING_RULES, new URL('http://s/zoeken/'), good('/zoeken/', 'text/html; charset=UTF-8'), true)).toEqual([]);
		expect(headerProblems(SERVING_RULES, new URL('http://s/_astro/a.js'), good('/_astro/a.js', 'application/javascript; charset=utf-8'), false)).toEqual([]);
	});

	it('names each kind of problem', () => {
		const headers = new Headers({ 'content-type': 'text/css', 'cache-control': 'max-age=3600', 'content-security-policy': "script-src 'self' 'unsafe-inline'" });
		expect(headerProblems(SERVING_RULES, new URL('http://s/_astro/a.css'), headers, false)).toEqual([
			'type text/css zonder charset=utf-8 (tekens zoals € worden verkeerd getoond)',
			'header X-Content-Type-Options ontbreekt',
			'header Referrer-Policy ontbreekt',
			'header X-Frame-Options ontbreekt',
			'header Permissions-Policy ontbreekt',
			"de CSP staat 'unsafe-inline' of 'unsafe-eval' toe",
			'de CSP heeft geen default-src',
			'Cache-Control "max-age=3600": bestanden met een hash in de naam mogen een jaar bewaard worden (immutable)',
		]);
		const page = good('/', 'text/html; charset=utf-8');
		page.set('cache-control', 'public, max-age=31536000, immutable');
		expect(headerProblems(SERVING_RULES, new URL('http://s/'), page, true)).toEqual([
			'Cache-Control "public, max-age=31536000, immutable": een pagina mag niet immutable zijn, anders zien bezoekers een nieuwe versie niet',
			'Cache-Control "public, max-age=31536000, immutable": een pagina moet opnieuw gecontroleerd worden (no-cache)',
		]);
		const search = good('/', 'text/html; charset=utf-8');
		expect(headerProblems(SERVING_RULES, new URL('http://s/zoeken/'), search, true)).toEqual(["de CSP van de zoekpagina mist 'wasm-unsafe-eval': zoeken werkt dan niet"]);
	});

	it('asks for an address and stops with code 2 without one, code 1 when the site is unreachable', async () => {
		expect(await runCheckDeploy([])).toMatchObject({ code: 2, stderr: expect.stringContaining('Gebruik: npm run check-deploy -- <adres van de site>') });
		const unreachable = await runCheckDeploy(['http://127.0.0.1:9/'], { fetch: () => Promise.reject(new Error('verbinding geweigerd')) });
		expect(unreachable.code).toBe(1);
		expect(unreachable.stdout).toContain('http://127.0.0.1:9/sitemap.xml: niet bereikbaar: verbinding geweigerd');
	});
});
