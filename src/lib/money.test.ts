import { describe, expect, it } from 'vitest';
import { formatEuroChange, formatEuros, formatFte, formatPercent, sumEuros } from './money.ts';

const nbsp = '\u00a0';

describe('money in Dutch notation', () => {
	it('writes whole euros with a dot for thousands and no cents', () => {
		expect(formatEuros(81000)).toBe(`€${nbsp}81.000`);
		expect(formatEuros(0)).toBe(`€${nbsp}0`);
		expect(formatEuros(1234567)).toBe(`€${nbsp}1.234.567`);
	});

	it('refuses fractional amounts instead of rounding them away', () => {
		expect(() => formatEuros(81000.5)).toThrow(RangeError);
	});

	it('writes changes with an explicit sign', () => {
		expect(formatEuroChange(10000)).toBe(`+${nbsp}€${nbsp}10.000`);
		expect(formatEuroChange(-5000)).toBe(`−${nbsp}€${nbsp}5.000`);
		expect(formatEuroChange(0)).toBe(`€${nbsp}0`);
	});

	it('writes fte with a decimal comma', () => {
		expect(formatFte(0.9)).toBe(`0,9${nbsp}fte`);
		expect(formatFte(1)).toBe(`1${nbsp}fte`);
		expect(formatFte(0.75)).toBe(`0,75${nbsp}fte`);
	});

	it('writes percentages without a space', () => {
		expect(formatPercent(15)).toBe('15%');
	});

	it('adds whole euros exactly', () => {
		expect(sumEuros([81000, 14000])).toBe(95000);
		expect(sumEuros([])).toBe(0);
		expect(() => sumEuros([1, 0.5])).toThrow(RangeError);
	});
});
