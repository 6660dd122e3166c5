/**
 * A minimal static file server for a built site, on a free loopback port, with the rules of a
 * plain web server (directory → index.html, 404.html for misses) and the security headers of
 * the site's own `_headers` file, so browser tests and the benchmark run under its CSP.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { headersFor, parseHeadersFile } from './headers-file.ts';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.xml': 'application/xml',
	'.svg': 'image/svg+xml',
	'.txt': 'text/plain; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.wasm': 'application/wasm',
};

export interface StaticServer {
	origin: string;
	close(): Promise<void>;
}

export async function serveSite(root: string): Promise<StaticServer> {
	const base = path.resolve(root);
	const headersFile = path.join(base, '_headers');
	const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
	const server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		let file = path.join(base, decodeURIComponent(url.pathname));
		if (!file.startsWith(base)) {
			response.writeHead(403).end();
			return;
		}
		if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
		let status = 200;
		if (!existsSync(file)) {
			status = 404;
			file = path.join(base, '404.html');
			if (!existsSync(file)) {
				response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Niet gevonden');
				return;
			}
		}
		response.writeHead(status, { ...headersFor(rules, url.pathname), 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Content-Length': statSync(file).size });
		createReadStream(file).pipe(response);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}
