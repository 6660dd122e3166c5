import { describe, expect, it } from 'vitest';
import { comparePaths, documentPagePaths } from './document-pages.ts';

const version = (id: string, firstYear: number, label: 'ontwerp' | 'vastgesteld' | 'gewijzigd') => ({
	id,
	data: { period: { firstYear, lastYear: firstYear + 1 }, version: label, versionDate: undefined, title: id },
});

describe('documentPagePaths', () => {
	it('lists every advice and DVO version page once, in path order', () => {
		const paths = documentPagePaths(['2025-dvo-2026-2027', '2024-a'], [version('2026-2027/ontwerp', 2026, 'ontwerp'), version('2024-2025/vastgesteld', 2024, 'vastgesteld')]);
		expect(paths).toEqual(['/adviezen/2024-a/', '/adviezen/2025-dvo-2026-2027/', '/dvo/2024-2025/vastgesteld/', '/dvo/2026-2027/ontwerp/']);
	});

	it('orders by code units, not by locale: the order must not depend on the machine', () => {
		expect(['/adviezen/a/', '/adviezen/a-b/', '/adviezen/B/'].sort(comparePaths)).toEqual(['/adviezen/B/', '/adviezen/a-b/', '/adviezen/a/']);
	});
});
