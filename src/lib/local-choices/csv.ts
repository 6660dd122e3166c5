/**
 * CSV for Dutch spreadsheet users: semicolon-separated (Dutch Excel uses the comma as the
 * decimal sign), UTF-8 with a byte-order mark so Excel reads é and € correctly, CRLF line ends.
 */

const BOM = '\ufeff';

function cell(value: string | number | undefined): string {
	if (value === undefined) return '';
	const text = String(value);
	return /[";\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text, header first. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | undefined)[])[], options: { bom?: boolean } = {}): string {
	const lines = [header, ...rows].map((row) => row.map(cell).join(';'));
	return `${options.bom === false ? '' : BOM}${lines.join('\r\n')}\r\n`;
}

/** fte hundredths as a Dutch decimal for a spreadsheet: 90 → "0,9"; undefined → "". */
export function csvFte(hundredths: number | undefined): string {
	if (hundredths === undefined) return '';
	const sign = hundredths < 0 ? '-' : '';
	const abs = Math.abs(hundredths);
	const rest = abs % 100;
	return `${sign}${Math.floor(abs / 100)}${rest === 0 ? '' : `,${String(rest).padStart(2, '0').replace(/0$/, '')}`}`;
}
