/**
 * A minimal static file server for a built site, on a free loopback port (directory →
 * index.html, 404.html for misses). Kept apart from the test helpers so the benchmark does
 * not depend on tests/.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.wasm': 'application/wasm',
};

export interface StaticServer {
	origin: string;
	close(): Promise<void>;
}

export async function serveSite(root: string): Promise<StaticServer> {
	const base = path.resolve(root);
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
				response.writeHead(404).end();
				return;
			}
		}
		response.writeHead(status, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Content-Length': statSync(file).size });
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
