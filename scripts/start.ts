/**
 * `npm start` (after the build): shows the built site locally. With nginx installed, the site
 * is served as in production (src/lib/serving/nginx-server.ts, port 4321); without it, by
 * `astro preview`. Says which. When port 4321 is taken (most often by a preview started earlier)
 * it says so in Dutch, with how to stop that preview, and starts nothing
 * (src/lib/cli/port-in-use.ts).
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { findListeningProcess, portInUseMessage, probePort } from '../src/lib/cli/port-in-use.ts';
import { resolveOutDir } from '../src/lib/content/content-dir.ts';
import { chooseLocalServer, startedMessage } from '../src/lib/serving/local-server.ts';
import { findNginx, serveSite } from '../src/lib/serving/nginx-server.ts';

const repoRoot = path.resolve(import.meta.dirname, '..');
/** The port the guide (docs/) and astro preview use: http://localhost:4321/. */
const PORT = 4321;

if (await probePort(PORT)) {
	console.error(portInUseMessage(PORT, findListeningProcess(PORT)));
	process.exit(1);
}
const server = chooseLocalServer(findNginx());

if (server === 'nginx') {
	// Its own record, so a test run (which stops the nginx servers tests left behind) leaves it be.
	const running = await serveSite(resolveOutDir(process.env, repoRoot), { port: PORT, registry: path.join(repoRoot, '.tmp', 'nginx-start') });
	console.log(startedMessage(server, `${running.origin}/`));
	for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void running.close().then(() => process.exit(0)));
} else {
	console.log(startedMessage(server, ''));
	const astroBin = path.join(path.dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
	const preview = spawn(process.execPath, [astroBin, 'preview', ...process.argv.slice(2)], { cwd: repoRoot, stdio: 'inherit' });
	preview.on('close', (code) => process.exit(code ?? 0));
	for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => preview.kill(signal));
}
