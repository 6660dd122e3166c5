/**
 * A minimal static file server for built sites, on a free loopback port, with the same
 * resolution rules as a plain web server (directory → index.html, 404.html for misses), and
 * the security headers of the site's own `_headers` file, so browser tests run under its CSP.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { headersFor, parseHeadersFile } from '../../src/lib/quality/headers-file.ts';

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

export async function serveStatic(root: string): Promise<StaticServer> {
	const headersFile = path.join(root, '_headers');
	const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
	const server: Server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		let file = path.join(root, decodeURIComponent(url.pathname));
		if (!file.startsWith(root)) {
			response.writeHead(403).end();
			return;
		}
		if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
		let status = 200;
		if (!existsSync(file)) {
			status = 404;
			file = path.join(root, '404.html');
			if (!existsSync(file)) {
				response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Niet gevonden');
				return;
			}
		}
		response.writeHead(status, { ...headersFor(rules, url.pathname), 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
		createReadStream(file).pipe(response);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
