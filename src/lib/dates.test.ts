import { describe, expect, it } from 'vitest';
import { formatDate, parseIsoDate, toIsoDate } from './dates.ts';

describe('dates', () => {
	it('reads YYYY-MM-DD as a calendar day', () => {
		expect(toIsoDate(parseIsoDate('2025-09-19')!)).toBe('2025-09-19');
	});

	it('rejects dates that do not exist or are written another way', () => {
		for (const value of ['2025-09-31', '2025-02-29', '19-09-2025', '2025-9-19', '19 september 2025', '']) {
			expect(parseIsoDate(value), value).toBeUndefined();
		}
		expect(parseIsoDate('2024-02-29')).toEqual(new Date(Date.UTC(2024, 1, 29)));
	});

	it('formats in Dutch, the same in every time zone', () => {
		expect(formatDate(parseIsoDate('2025-09-19')!)).toBe('19 september 2025');
		expect(formatDate(parseIsoDate('2025-10-01')!)).toBe('1 oktober 2025');
	});
});
