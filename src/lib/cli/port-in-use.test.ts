/** A taken port is found, with its process, and explained in Dutch with how to stop the preview. */
import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { findListeningProcess, isAddressInUse, portInUseMessage, probePort } from './port-in-use.ts';

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

function listen(): Promise<number> {
	return new Promise((resolve) => {
		server = createServer();
		server.listen(0, '127.0.0.1', () => resolve((server!.address() as { port: number }).port));
	});
}

describe('port in use', () => {
	it('sees a port that is taken, and one that is free', async () => {
		const port = await listen();
		expect(await probePort(port)).toBe(true);
		await new Promise<void>((resolve) => server!.close(() => resolve()));
		server = undefined;
		expect(await probePort(port)).toBe(false);
	});

	it('finds this process as the one listening (Linux)', async () => {
		const port = await listen();
		const owner = findListeningProcess(port);
		if (process.platform === 'linux') expect(owner?.pid).toBe(process.pid);
	});

	it('says in Dutch what is going on and how to stop it', () => {
		const message = portInUseMessage(4321, { pid: 1234, command: 'node astro preview' });
		expect(message).toContain('Er draait al iets op http://localhost:4321/ (proces 1234: node astro preview)');
		expect(message).toContain('druk op Ctrl+C');
		expect(message).toContain('kill 1234');
		expect(message).not.toMatch(/EADDRINUSE|Error|\n\s+at /);
		expect(isAddressInUse(Object.assign(new Error('listen EADDRINUSE'), { code: 'EADDRINUSE' }))).toBe(true);
		expect(isAddressInUse(new Error('other'))).toBe(false);
	});
});
