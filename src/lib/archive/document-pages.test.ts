import { describe, expect, it } from 'vitest';
import { comparePaths, documentPagePaths } from './document-pages.ts';

import { versionPath } from '../routes.ts';

describe('documentPagePaths', () => {
	it('lists every advice and DVO version page once, in path order', () => {
		const paths = documentPagePaths(['2025-dvo-2026-2027', '2024-a'], ['2026-2027/ontwerp', '2024-2025/vastgesteld']);
		expect(paths).toEqual(['/adviezen/2024-a/', '/adviezen/2025-dvo-2026-2027/', '/dvo/2024-2025/vastgesteld/', '/dvo/2026-2027/ontwerp/']);
		// The same path the version's page gets from its data.
		const version = { id: '2026-2027/ontwerp', data: { period: { firstYear: 2026, lastYear: 2027 }, version: 'ontwerp' as const, versionDate: undefined, title: 'x' } };
		expect(paths).toContain(versionPath(version));
	});

	it('orders by code units, not by locale: the order must not depend on the machine', () => {
		expect(['/adviezen/a/', '/adviezen/a-b/', '/adviezen/B/'].sort(comparePaths)).toEqual(['/adviezen/B/', '/adviezen/a-b/', '/adviezen/a/']);
	});
});
