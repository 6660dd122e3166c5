/**
 * Runs nginx on a built site, the way production serves it: the generated configuration
 * (nginx-config.ts) on a free loopback port, as a foreground process with its own pid file,
 * temporary folders and error log in a temporary folder, never touching the system's nginx
 * service. Browser tests, the benchmark and `npm start` serve the site through this. nginx is
 * stopped on close, on exit, on SIGINT/SIGTERM, and is recorded (nginx-registry.ts) so that the
 * tests can stop it even after a SIGKILL of the process that started it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { nginxStandaloneConfig } from './nginx-config.ts';
import { forgetServer, NGINX_REGISTRY, recordServer } from './nginx-registry.ts';
import { SERVING_RULES, type ServingRules } from './rules.ts';

export interface StaticServer {
	/** http://127.0.0.1:port, without a trailing slash. */
	origin: string;
	/** The same as `origin`. */
	url: string;
	/** Whether .br files are served (the brotli static module was found). */
	brotli: boolean;
	/** The nginx master process. */
	pid: number;
	close(): Promise<void>;
}

export interface ServeOptions {
	rules?: ServingRules;
	/** Try this port first (for `npm start`); otherwise any free port. */
	port?: number;
	/** false: no security headers or CSP, for a broken fixture that must show what a page does
	 * without them (a third-party request, an inline script). */
	securityHeaders?: boolean;
	/** Where the running nginx is recorded (nginx-registry.ts); NGINX_REGISTRY by default. */
	registry?: string;
}

const NGINX_CANDIDATES = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx', '/opt/homebrew/bin/nginx', '/usr/local/bin/nginx'];
const BROTLI_MODULE_CANDIDATES = ['/usr/lib/nginx/modules/ngx_http_brotli_static_module.so', '/usr/share/nginx/modules/ngx_http_brotli_static_module.so', '/usr/lib64/nginx/modules/ngx_http_brotli_static_module.so'];

function executable(file: string): boolean {
	try {
		accessSync(file, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

/** The nginx binary: $NGINX, a usual install location, or `nginx` on the PATH; undefined if none. */
export function findNginx(env: NodeJS.ProcessEnv = process.env): string | undefined {
	if (env.NGINX) return executable(env.NGINX) ? env.NGINX : undefined;
	const onPath = (env.PATH ?? '').split(path.delimiter).filter(Boolean).map((dir) => path.join(dir, 'nginx'));
	return [...NGINX_CANDIDATES, ...onPath].find(executable);
}

/** The brotli static module (.so) of a Debian-style install, or undefined. */
export function findBrotliModule(): string | undefined {
	return BROTLI_MODULE_CANDIDATES.find((file) => existsSync(file));
}

/** A port on 127.0.0.1 that nobody listens on right now (`preferred` when it is free). */
export async function freePort(preferred = 0): Promise<number> {
	const tryPort = (port: number) =>
		new Promise<number>((resolve, reject) => {
			const server = createServer();
			server.once('error', reject);
			server.listen(port, '127.0.0.1', () => {
				const address = server.address();
				server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
			});
		});
	if (preferred) {
		try {
			return await tryPort(preferred);
		} catch {
			// taken: any free port will do
		}
	}
	return tryPort(0);
}

const running = new Map<ChildProcess, { registry: string; runDir: string }>();

/** Stops every nginx this process started, at once (for exit and signal handlers). */
function stopAllNow(): void {
	for (const [child, { registry, runDir }] of running) {
		child.kill('SIGTERM');
		if (child.pid !== undefined) forgetServer(registry, child.pid);
		rmSync(runDir, { recursive: true, force: true });
	}
	running.clear();
}

/** Stops nginx also when this process ends without closing its servers: on exit, and on
 * Ctrl+C or a SIGTERM (then ends the process as the signal would, unless someone else handles
 * it, as `npm start` does). A SIGKILL runs nothing: for that the servers are recorded in
 * NGINX_REGISTRY, which the tests' global setup clears (nginx-registry.ts). */
let handlersInstalled = false;
function installExitHandlers(): void {
	if (handlersInstalled) return;
	handlersInstalled = true;
	process.once('exit', stopAllNow);
	for (const signal of ['SIGINT', 'SIGTERM'] as const) {
		process.once(signal, () => {
			stopAllNow();
			if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
		});
	}
}

async function waitUntilServing(origin: string, child: ChildProcess, errorLog: string, timeoutMs = 15_000): Promise<void> {
	const started = Date.now();
	while (Date.now() - started < timeoutMs) {
		if (child.exitCode !== null || child.signalCode !== null) {
			const log = existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : '';
			throw new Error(`nginx stopte direct (code ${child.exitCode ?? child.signalCode}):\n${log}`);
		}
		try {
			await fetch(`${origin}/`, { signal: AbortSignal.timeout(1000) });
			return;
		} catch {
			await new Promise((resolve) => setTimeout(resolve, 50));
		}
	}
	throw new Error(`nginx reageerde niet binnen ${timeoutMs / 1000} s op ${origin}`);
}

/**
 * Serves `root` with nginx and the serving rules on 127.0.0.1. Throws a clear error when nginx
 * is not installed. `close()` stops nginx and removes its temporary folder.
 */
export async function serveSite(root: string, options: ServeOptions = {}): Promise<StaticServer> {
	const nginx = findNginx();
	if (!nginx) throw new Error('nginx is niet geïnstalleerd. Installeer het met: apt-get install nginx libnginx-mod-http-brotli-static');
	const rules = options.rules ?? SERVING_RULES;
	const registry = options.registry ?? NGINX_REGISTRY;
	installExitHandlers();
	const brotliModule = findBrotliModule();
	const runDir = mkdtempSync(path.join(tmpdir(), 'aa-nginx-'));
	const errorLog = path.join(runDir, 'error.log');
	let lastError: unknown;
	// Another process may take the free port between finding and binding it: try again.
	for (let attempt = 0; attempt < 5; attempt++) {
		const port = await freePort(attempt === 0 ? options.port : 0);
		const config = nginxStandaloneConfig(rules, {
			root: path.resolve(root),
			listen: `127.0.0.1:${port}`,
			serverName: 'localhost',
			securityHeaders: options.securityHeaders,
			brotli: brotliModule !== undefined,
			brotliModule,
			runDir,
			// Started as root, nginx would hand its workers to `nobody`, who may not read the site.
			user: process.getuid?.() === 0 ? 'root' : undefined,
		});
		const configFile = path.join(runDir, 'nginx.conf');
		writeFileSync(configFile, config);
		const child = spawn(nginx, ['-p', runDir, '-e', errorLog, '-c', configFile], { stdio: ['ignore', 'ignore', 'pipe'] });
		let stderr = '';
		child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		if (child.pid !== undefined) recordServer(registry, { pid: child.pid, runDir });
		running.set(child, { registry, runDir });
		const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
		const origin = `http://127.0.0.1:${port}`;
		try {
			await waitUntilServing(origin, child, errorLog);
		} catch (error) {
			lastError = new Error(`${error instanceof Error ? error.message : String(error)}${stderr}`);
			child.kill('SIGTERM');
			await exited;
			running.delete(child);
			if (child.pid !== undefined) forgetServer(registry, child.pid);
			continue;
		}
		return {
			origin,
			url: origin,
			brotli: brotliModule !== undefined,
			pid: child.pid!,
			close: async () => {
				if (child.exitCode === null && child.signalCode === null) {
					child.kill('SIGTERM');
					await exited;
				}
				running.delete(child);
				if (child.pid !== undefined) forgetServer(registry, child.pid);
				rmSync(runDir, { recursive: true, force: true });
			},
		};
	}
	rmSync(runDir, { recursive: true, force: true });
	throw lastError instanceof Error ? lastError : new Error(String(lastError));
}
