/**
 * Debian's Chromium driven by playwright-core, with the flags that keep it from reaching for
 * the network (this machine has none but the package registries). Playwright gives every
 * launch a fresh temporary profile of its own. Used by the browser tests and the benchmark.
 */
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: CHROMIUM_PATH,
		headless: true,
		args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
	});
}
