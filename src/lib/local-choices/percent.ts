/**
 * Percent change between two whole-euro amounts, in whole percent, rounded the Dutch way
 * (half away from zero: 71,5% → 72%, −71,5% → −72%), computed on integers only.
 */

/**
 * The change from `from` to `to` in whole percent of `from`; undefined when `from` is 0,
 * because a change from nothing has no percentage (the interface says "nieuw").
 */
export function percentChange(from: number, to: number): number | undefined {
	if (!Number.isSafeInteger(from) || !Number.isSafeInteger(to)) throw new RangeError(`Expected whole euros, got ${from} and ${to}`);
	if (from === 0) return undefined;
	return roundedRatioPercent(to - from, from);
}

/** round(numerator × 100 / denominator), half away from zero, exact for any safe integers. */
export function roundedRatioPercent(numerator: number, denominator: number): number {
	if (denominator === 0) throw new RangeError('Division by zero');
	const negative = numerator < 0 !== denominator < 0 && numerator !== 0;
	const n = BigInt(Math.abs(numerator)) * 100n;
	const d = BigInt(Math.abs(denominator));
	// floor((2n + d) / 2d) rounds n/d half up; applied to the magnitude it is half away from zero.
	const magnitude = Number((2n * n + d) / (2n * d));
	return negative ? -magnitude : magnitude;
}

/** "+71%", "−5%", "0%", or "nieuw" when there is no percentage. */
export function formatPercentChange(percent: number | undefined): string {
	if (percent === undefined) return 'nieuw';
	if (percent === 0) return '0%';
	return `${percent > 0 ? '+' : '−'}${Math.abs(percent).toLocaleString('nl-NL')}%`;
}

/** fte as whole hundredths (0.9 → 90), so that fte differences are integer arithmetic too. */
export function fteHundredths(fte: number): number {
	return Math.round(fte * 100);
}

/** "+0,05 fte", "−0,1 fte", "0 fte" from hundredths. */
export function formatFteChange(hundredths: number): string {
	const abs = Math.abs(hundredths);
	const whole = Math.floor(abs / 100);
	const rest = abs % 100;
	const text = rest === 0 ? String(whole) : `${whole},${String(rest).padStart(2, '0').replace(/0$/, '')}`;
	if (hundredths === 0) return '0\u00a0fte';
	return `${hundredths > 0 ? '+' : '−'}${text}\u00a0fte`;
}
