/**
 * One Chromium and both built archives served by nginx, for a browser test file: started before
 * its tests and stopped after them, so every browser test sets up the same way. Read
 * `fixture.browser` and `fixture.servers` inside tests (they are set once the hooks have run).
 */
import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { serveStatic, type StaticServer } from './serve.ts';

export interface ArchiveBrowser {
	browser: Browser;
	/** `real` (content/) and `example` (examples/fictief), plus any extra sites asked for. */
	servers: Record<string, StaticServer>;
}

/** Registers the hooks that start Chromium and serve the archives (and `extraSites`) for this file. */
export function useArchiveBrowser(extraSites: Record<string, () => Promise<StaticServer>> = {}): ArchiveBrowser {
	const fixture = { servers: {} } as ArchiveBrowser;
	beforeAll(async () => {
		fixture.browser = await launchBrowser();
		fixture.servers.real = await serveStatic(inject('realSite'));
		fixture.servers.example = await serveStatic(inject('exampleSite'));
		for (const [name, start] of Object.entries(extraSites)) fixture.servers[name] = await start();
	});
	afterAll(async () => {
		await fixture.browser?.close();
		for (const server of Object.values(fixture.servers)) await server?.close();
	});
	return fixture;
}
