/**
 * `npm start` (after the build): shows the built site locally. With nginx installed, the site
 * is served as in production (src/lib/serving/nginx-server.ts, port 4321 when free); without it,
 * by `astro preview`. Says which.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { resolveOutDir } from '../src/lib/content/content-dir.ts';
import { chooseLocalServer, startedMessage } from '../src/lib/serving/local-server.ts';
import { findNginx, serveSite } from '../src/lib/serving/nginx-server.ts';

const repoRoot = path.resolve(import.meta.dirname, '..');
const server = chooseLocalServer(findNginx());

if (server === 'nginx') {
	// Its own record, so a test run (which stops the nginx servers tests left behind) leaves it be.
	const running = await serveSite(resolveOutDir(process.env, repoRoot), { port: 4321, registry: path.join(repoRoot, '.tmp', 'nginx-start') });
	console.log(startedMessage(server, `${running.origin}/`));
	for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void running.close().then(() => process.exit(0)));
} else {
	console.log(startedMessage(server, ''));
	const astroBin = path.join(path.dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
	const preview = spawn(process.execPath, [astroBin, 'preview', ...process.argv.slice(2)], { cwd: repoRoot, stdio: 'inherit' });
	preview.on('close', (code) => process.exit(code ?? 0));
	for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => preview.kill(signal));
}
