import { describe, expect, it } from 'vitest';
import { dvoPageContexts, dvoPeriodOverviews } from './dvo-page.ts';

const version = (id: string, version: 'ontwerp' | 'vastgesteld', extra: { versionDate?: Date; fullText?: boolean; errata?: unknown[] } = {}) => {
	const [first, last] = id.split('/')[0]!.split('-').map(Number);
	return { id, data: { period: { firstYear: first!, lastYear: last ?? first! }, version, versionDate: extra.versionDate, title: `DVO ${id}`, fullText: extra.fullText, errata: extra.errata } };
};
const draft = version('2024-2025/ontwerp', 'ontwerp');
const final = version('2024-2025/vastgesteld', 'vastgesteld', { versionDate: new Date('2024-01-15'), fullText: true, errata: [{}] });
const other = version('2023/vastgesteld', 'vastgesteld');
const advice = [{ id: '2023-advies', data: { year: 2023, dates: {}, title: 'Advies 2023', dvo: '2024-2025/ontwerp' } }];

describe('dvoPeriodOverviews', () => {
	it('lists the versions the archive holds, oldest first, with the newest marked', () => {
		const [overview] = dvoPeriodOverviews([final, draft, other], advice);
		expect(overview!.period.slug).toBe('2024-2025');
		expect(overview!.versions).toEqual([
			{ title: 'DVO 2024-2025/ontwerp', href: '/dvo/2024-2025/ontwerp/', label: 'Ontwerp', date: undefined, fullText: false, latest: false, corrections: 0 },
			{ title: 'DVO 2024-2025/vastgesteld', href: '/dvo/2024-2025/vastgesteld/', label: 'Vastgesteld', date: new Date('2024-01-15'), fullText: true, latest: true, corrections: 1 },
		]);
	});

	it('gathers the advice on any version of the period, saying which version it is about', () => {
		const [overview, older] = dvoPeriodOverviews([final, draft, other], advice);
		expect(overview!.advice).toEqual([{ title: 'Advies 2023', href: '/adviezen/2023-advies/', versionTitle: 'DVO 2024-2025/ontwerp', versionHref: '/dvo/2024-2025/ontwerp/' }]);
		expect(older!.advice).toEqual([]);
	});

	it('lists each comparison once, even when both its sides are in the period', () => {
		const link = { href: '/vergelijk/2024-2025-ontwerp/2024-2025-vastgesteld/', label: 'Vergelijk ontwerp met vastgesteld' };
		const [overview] = dvoPeriodOverviews([final, draft], [], new Map([[draft.id, [link]], [final.id, [link, { href: '/vergelijk/2024/2025/', label: 'x' }]]]));
		expect(overview!.comparisons.map((c) => c.href)).toEqual([link.href, '/vergelijk/2024/2025/']);
	});
});

describe('dvoPageContexts', () => {
	it('links every version page to its period overview', () => {
		const contexts = dvoPageContexts([final, draft], advice);
		expect(contexts.map((c) => [c.version.id, c.isLatest, c.periodHref])).toEqual([
			['2024-2025/ontwerp', false, '/dvo/2024-2025/'],
			['2024-2025/vastgesteld', true, '/dvo/2024-2025/'],
		]);
	});
});
