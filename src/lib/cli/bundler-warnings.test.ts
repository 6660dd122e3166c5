/** Only Astro's own directive warning is dropped; any other bundler warning still reaches the terminal. */
import { describe, expect, it, vi } from 'vitest';
import { quietBundlerLog } from './bundler-warnings.ts';

describe('quietBundlerLog', () => {
	it('drops the MODULE_LEVEL_DIRECTIVE warning for "use astro:head-inject" and passes everything else on', () => {
		const handler = vi.fn();
		quietBundlerLog('warn', { code: 'MODULE_LEVEL_DIRECTIVE', message: 'The semantics of the module level directive "use astro:head-inject" in "content/adviezen/a.mdx" may not be preserved when bundling.' }, handler);
		expect(handler).not.toHaveBeenCalled();
		const others = [
			{ code: 'MODULE_LEVEL_DIRECTIVE', message: 'The semantics of the module level directive "use client" in "x.js" may not be preserved' },
			{ code: 'UNRESOLVED_IMPORT', message: '"./gone.ts" is imported by "x.mdx" but could not be resolved' },
			{ message: '"use astro:head-inject" mentioned in some other warning' },
		];
		for (const log of others) quietBundlerLog('warn', log, handler);
		expect(handler.mock.calls.map(([, log]) => log)).toEqual(others);
	});
});
