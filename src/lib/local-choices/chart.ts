/**
 * A bar chart of the local-choice budget per year, as geometry for an SVG drawn at build time
 * (no script), with a text alternative that says everything the chart shows.
 */
import { formatEuros } from '../money.ts';
import { PROPOSAL_MARKER } from '../labels.ts';

export interface ChartDatum {
	label: string;
	value: number;
	proposed?: boolean;
}

export interface ChartBar {
	label: string;
	value: number;
	x: number;
	y: number;
	width: number;
	height: number;
	valueLabel: string;
	/** True when the value is a proposal; the chart writes "voorstel" under the year. */
	proposed: boolean;
}

export interface BarChart {
	width: number;
	height: number;
	/** y of the baseline. */
	baseline: number;
	bars: ChartBar[];
	/** Horizontal grid lines with their labels. */
	ticks: { y: number; label: string }[];
	/** The chart in words, for screen readers and for anyone who cannot see it. */
	description: string;
}

/** Round numbers for the axis: 1, 2 or 5 times a power of ten. */
function niceStep(max: number, targetTicks: number): number {
	const raw = max / targetTicks;
	const power = 10 ** Math.floor(Math.log10(raw));
	return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
}

/** The geometry of a bar chart of `data`, with its description in words. */
export function barChart(data: readonly ChartDatum[], options: { width?: number; height?: number } = {}): BarChart {
	// Narrow for few bars, so the labels stay readable when a phone shows the chart at full width.
	const width = options.width ?? Math.min(640, Math.max(340, 112 + 100 * data.length));
	const height = options.height ?? 320;
	const left = 96;
	const right = 16;
	const top = 48;
	const bottom = 36;
	const baseline = height - bottom;
	const max = Math.max(1, ...data.map((d) => d.value));
	const step = niceStep(max, 4);
	const top_ = Math.ceil(max / step) * step;
	const plotHeight = baseline - top;
	const slot = (width - left - right) / Math.max(1, data.length);
	const barWidth = Math.min(72, slot * 0.6);
	const bars = data.map((d, i) => {
		const h = Math.round((d.value / top_) * plotHeight);
		return { label: d.label, value: d.value, x: Math.round(left + slot * i + (slot - barWidth) / 2), y: baseline - h, width: Math.round(barWidth), height: h, valueLabel: formatEuros(d.value), proposed: d.proposed === true };
	});
	const ticks: BarChart['ticks'] = [];
	for (let v = 0; v <= top_; v += step) ticks.push({ y: baseline - Math.round((v / top_) * plotHeight), label: formatEuros(v) });
	return { width, height, baseline, bars, ticks, description: describeChart(data) };
}

/** "Lokale keuzes per jaar, som van de posten in het archief: 2026: € 95.000, voorstel; …" */
export function describeChart(data: readonly ChartDatum[]): string {
	if (data.length === 0) return 'Er zijn nog geen lokale keuzes in het archief.';
	const parts = data.map((d, i) => {
		const previous = data[i - 1];
		const amount = `${formatEuros(d.value)}${d.proposed ? `, ${PROPOSAL_MARKER}` : ''}`;
		if (!previous) return `${d.label}: ${amount}`;
		const delta = d.value - previous.value;
		const change = delta === 0 ? 'gelijk aan het jaar ervoor' : `${delta > 0 ? 'meer' : 'minder'} dan het jaar ervoor: ${formatEuros(Math.abs(delta))}`;
		return `${d.label}: ${amount} (${change})`;
	});
	return `Lokale keuzes per jaar, som van de posten in het archief: ${parts.join('; ')}.`;
}
