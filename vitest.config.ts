import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
		// Builds the real content and the example archive once, before any test reads them.
		globalSetup: ['tests/support/global-setup.ts'],
		// Build and browser tests start Astro and Chromium; two cores is all these machines have.
		pool: 'forks',
		maxWorkers: 2,
		testTimeout: 120_000,
		hookTimeout: 300_000,
		// expect.poll gives up after 1 s by default; a browser starved by builds on both cores
		// needs longer. A poll still ends as soon as its assertion holds.
		expect: { poll: { timeout: 30_000 } },
	},
});
