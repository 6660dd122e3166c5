/**
 * Money and formation figures in Dutch notation. Amounts are whole euros held as integers;
 * nothing here ever does floating-point arithmetic on money.
 */

const euroFormat = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', minimumFractionDigits: 0, maximumFractionDigits: 0 });
const fteFormat = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 0, maximumFractionDigits: 2 });
const percentFormat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });

/** "€ 81.000" (Intl writes a non-breaking space after the sign; we keep it so the figure never wraps). */
export function formatEuros(amount: number): string {
	assertWholeEuros(amount);
	return euroFormat.format(amount);
}

/** "+ € 10.000", "− € 5.000", "€ 0": a change in euros with an explicit sign. */
export function formatEuroChange(delta: number): string {
	assertWholeEuros(Math.abs(delta));
	if (delta === 0) return euroFormat.format(0);
	return `${delta > 0 ? '+' : '−'}\u00a0${euroFormat.format(Math.abs(delta))}`;
}

/** "0,9 fte" */
export function formatFte(value: number): string {
	return `${fteFormat.format(value)}\u00a0fte`;
}

/** "15%" */
export function formatPercent(value: number): string {
	return `${percentFormat.format(value)}%`;
}

/** Sum of whole-euro amounts; throws when any amount is not a safe integer. */
export function sumEuros(amounts: readonly number[]): number {
	let total = 0;
	for (const amount of amounts) {
		assertWholeEuros(Math.abs(amount));
		total += amount;
	}
	if (!Number.isSafeInteger(total)) throw new RangeError(`Sum ${total} is beyond safe integer range`);
	return total;
}

function assertWholeEuros(amount: number): void {
	if (!Number.isSafeInteger(amount)) throw new RangeError(`Expected a whole number of euros, got ${amount}`);
}
