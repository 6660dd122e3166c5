import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatFteChange, formatPercentChange, percentChange, roundedRatioPercent } from './percent.ts';

describe('percentChange', () => {
	it('rounds 10.000 on 14.000 to +71%', () => {
		expect(percentChange(14000, 24000)).toBe(71);
		expect(formatPercentChange(percentChange(14000, 24000))).toBe('+71%');
	});
	it('rounds halves away from zero, in both directions', () => {
		expect(roundedRatioPercent(1, 200)).toBe(1); // 0,5%
		expect(roundedRatioPercent(-1, 200)).toBe(-1);
		expect(roundedRatioPercent(3, 200)).toBe(2); // 1,5%
		expect(roundedRatioPercent(-3, 200)).toBe(-2);
		expect(roundedRatioPercent(1, 300)).toBe(0); // 0,33%
		expect(percentChange(200, 199)).toBe(-1); // −0,5%
	});
	it('has no percentage for a change from zero', () => {
		expect(percentChange(0, 5000)).toBeUndefined();
		expect(formatPercentChange(undefined)).toBe('nieuw');
	});
	it('writes minus signs and zero the Dutch way', () => {
		expect(formatPercentChange(-100)).toBe('−100%');
		expect(formatPercentChange(0)).toBe('0%');
		expect(formatPercentChange(1234)).toBe('+1.234%');
	});
	it('agrees with exact rational rounding for any amounts', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 0, max: 10_000_000 }), (from, to) => {
				const p = percentChange(from, to)!;
				// |p − 100·(to−from)/from| ≤ ½, and at exactly ½ the magnitude rounds up.
				const twice = 200 * (to - from) - 2 * p * from; // = 2·from·(exact − p)
				expect(Math.abs(twice)).toBeLessThanOrEqual(from);
				if (Math.abs(twice) === from) expect(Math.sign(twice)).toBe(-Math.sign(p));
			}),
		);
	});
	it('refuses fractions of euros', () => {
		expect(() => percentChange(1.5, 2)).toThrow(RangeError);
	});
});

describe('formatFteChange', () => {
	it('writes hundredths as Dutch decimals with a sign', () => {
		expect(formatFteChange(5)).toBe('+0,05\u00a0fte');
		expect(formatFteChange(-10)).toBe('−0,1\u00a0fte');
		expect(formatFteChange(150)).toBe('+1,5\u00a0fte');
		expect(formatFteChange(0)).toBe('0\u00a0fte');
	});
});
