/**
 * The benchmark report: its shape (also the JSON in bench-results/bench.json), the
 * statistics over runs, the targets and the table printed on the terminal.
 */
import { PHASE_LABELS, type Phase, type PhaseId, type PhaseReport } from '../build/build-phases.ts';
import type { PageWeight } from './page-weight.ts';
import type { QueryFigures, SearchFigures } from './search.ts';

export interface RunFigures {
	wallMs: number;
	peakRssBytes: number | null;
	/** User + system CPU time of the process tree (null without GNU time). */
	cpuMs: number | null;
}

export interface SiteFigures {
	runs: RunFigures[];
	/** Median wall time of the runs: the whole `npm run build`, start-up included. */
	buildMs: number;
	/** Median CPU time of the runs (null without GNU time). */
	cpuMs: number | null;
	/** Highest peak RSS of the process tree over the runs. */
	peakRssBytes: number | null;
	/** HTML pages written. */
	pages: number;
	msPerPage: number;
	msPerDocument: number;
	/** All files in the output folder. */
	outputBytes: number;
}

/** The build's phases (src/lib/build/build-phases.ts), the median of each over the cold runs. */
export interface PhaseSummary {
	/** How many runs' phase reports the medians are taken from. */
	runs: number;
	phases: Phase[];
	totalWallMs: number;
	totalCpuMs: number;
	/** The search index's CPU split (medians): build.ts's page reader and Pagefind's process. */
	search: PhaseReport['search'];
}

/** A rebuild with one advice added to the built archive, Astro's cache and .astro/ kept. */
export interface WarmRebuild {
	/** The advice added (path in the content folder). */
	addedAdvice: string;
	run: RunFigures;
	pages: number;
	phases: PhaseReport | null;
}

export interface SizeResult {
	documents: number;
	advice: number;
	dvo: number;
	periods: number;
	/** Bytes of the generated content folder. */
	corpusBytes: number;
	archive: SiteFigures;
	/** The bare render alone (its output without the index). */
	bare: SiteFigures;
	/** `pagefind --site` over the bare output, one run after each bare render. */
	bareIndexRuns: RunFigures[];
	/**
	 * The bare render with search, as a bare site with search would build: per run the render's and
	 * the index's wall and CPU time added up, peak memory the larger of the two; output with the index.
	 */
	bareSearch: SiteFigures;
	/** Archive build time per document divided by the bare render's. */
	overhead: number;
	/** The same ratio in CPU time, which other work on the machine disturbs less (null without GNU time). */
	cpuOverhead: number | null;
	/** Archive build time divided by the bare render with search (the fair comparison). */
	searchOverhead: number;
	/** The same in CPU time. */
	searchCpuOverhead: number | null;
	/** The archive build's phases (null when no run wrote a phase report). */
	phases: PhaseSummary | null;
	/** The warm rebuild after the cold runs (null when not measured). */
	warm: WarmRebuild | null;
	pageWeights: PageWeight[];
	search: SearchFigures | null;
}

export interface TargetResult {
	id: 'overhead' | 'overhead-search' | 'cpu-per-document' | 'memory-bare' | 'memory-linear' | 'memory-5000' | 'advice-page-weight' | 'first-search' | 'list-pages';
	description: string;
	limit: number;
	value: number | null;
	unit: 'ratio' | 'bytes';
	/** The corpus size the value was taken at (or extrapolated to). */
	documents: number | null;
	extrapolated: boolean;
	/** null when the figure could not be measured. */
	met: boolean | null;
}

export interface BenchReport {
	schemaVersion: 2;
	generatedAt: string;
	mode: 'quick' | 'full' | 'custom';
	seed: number;
	/** loadAverage: 1, 5 and 15 minute load when the run started; other work on the machine slows builds. */
	machine: { cpus: number; cpuModel: string; totalMemoryBytes: number; node: string; platform: string; loadAverage: number[] };
	sizes: SizeResult[];
	targets: TargetResult[];
	/** Sizes whose builds failed (for example out of memory), with the end of the build's output. */
	failures: { documents: number; message: string }[];
	/** Figures from the text-diff benchmark hook (scripts/bench/text-diff.ts), when present. */
	textDiff: unknown;
}

export const KB = 1024;
export const GB = 1024 ** 3;

export const TARGET_LIMITS = {
	overhead: 1.5,
	/** Issue 14, at 5,000 documents: build time at most 1.25 × the bare render with search. */
	overheadSearchAt5000: 1.25,
	/** CPU time per document at 5,000 at most 10% above that at 1,000. */
	cpuPerDocumentGrowth: 1.1,
	/** Peak memory at 5,000 at most 1.2 × the bare render with search. */
	memoryVsBareAt5000: 1.2,
	/** The marginal memory per document may grow at most this much between the smallest and largest steps. */
	memoryLinearSlack: 1.25,
	memoryAt5000: 4 * GB,
	advicePageGzip: 25 * KB,
	firstSearchAt5000: 300 * KB,
	/** HTML of each list page (/adviezen/, /lokale-keuzes/), uncompressed. */
	listPageHtml: 100 * KB,
} as const;

/** The list pages, which must not grow with the archive: their templates in page-weight.ts. */
export const LIST_PAGE_TEMPLATES = ['advice-list', 'local-choices'] as const;

/** The HTML bytes of each list page at one corpus size (null: the build has no such page). */
export function listPageSizes(size: Pick<SizeResult, 'pageWeights'>): Record<(typeof LIST_PAGE_TEMPLATES)[number], number | null> {
	const bytes = (template: string) => size.pageWeights.find((p) => p.template === template)?.htmlBytes ?? null;
	return { 'advice-list': bytes('advice-list'), 'local-choices': bytes('local-choices') };
}

export function median(values: readonly number[]): number {
	if (values.length === 0) throw new Error('median of nothing');
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function summariseRuns(runs: RunFigures[], documents: number, pages: number, outputBytes: number): SiteFigures {
	const buildMs = median(runs.map((r) => r.wallMs));
	const rss = runs.map((r) => r.peakRssBytes).filter((x): x is number => x !== null);
	const cpu = runs.map((r) => r.cpuMs).filter((x): x is number => x !== null);
	return {
		runs,
		buildMs,
		cpuMs: cpu.length === runs.length && cpu.length > 0 ? median(cpu) : null,
		peakRssBytes: rss.length > 0 ? Math.max(...rss) : null,
		pages,
		msPerPage: buildMs / pages,
		msPerDocument: buildMs / documents,
		outputBytes,
	};
}

/** The wall and CPU time of two commands run one after the other (the bare render, then its index); peak memory the larger. */
export function combineRuns(first: RunFigures, second: RunFigures): RunFigures {
	return {
		wallMs: first.wallMs + second.wallMs,
		cpuMs: first.cpuMs !== null && second.cpuMs !== null ? first.cpuMs + second.cpuMs : null,
		peakRssBytes: first.peakRssBytes !== null && second.peakRssBytes !== null ? Math.max(first.peakRssBytes, second.peakRssBytes) : null,
	};
}

/** The median of each phase over several runs' phase reports, in the order of the first (null for none). */
export function medianPhases(reports: readonly PhaseReport[]): PhaseSummary | null {
	if (reports.length === 0) return null;
	const ids: PhaseId[] = [];
	for (const report of reports) for (const phase of report.phases) if (!ids.includes(phase.id)) ids.push(phase.id);
	const phases = ids.map((id) => {
		const found = reports.flatMap((r) => r.phases.filter((p) => p.id === id));
		const cpu = found.map((p) => p.cpuMs).filter((c): c is number => c !== null);
		return { id, wallMs: median(found.map((p) => p.wallMs)), cpuMs: cpu.length > 0 ? median(cpu) : null };
	});
	return {
		runs: reports.length,
		phases,
		totalWallMs: median(reports.map((r) => r.totalWallMs)),
		totalCpuMs: median(reports.map((r) => r.totalCpuMs)),
		search: { buildTsCpuMs: median(reports.map((r) => r.search.buildTsCpuMs)), pagefindCpuMs: median(reports.map((r) => r.search.pagefindCpuMs)) },
	};
}

/** Memory per added document between two sizes. */
function marginal(a: SizeResult, b: SizeResult): number | null {
	if (a.archive.peakRssBytes === null || b.archive.peakRssBytes === null) return null;
	return (b.archive.peakRssBytes - a.archive.peakRssBytes) / (b.documents - a.documents);
}

/** Judges the report against the targets in the README. */
export function evaluateTargets(sizes: readonly SizeResult[]): TargetResult[] {
	const sorted = [...sizes].sort((a, b) => a.documents - b.documents);
	const largest = sorted.at(-1);
	const targets: TargetResult[] = [];

	targets.push({
		id: 'overhead',
		description: 'build time per document at most 1.5 × the bare Astro render without search (largest corpus; the earlier target)',
		limit: TARGET_LIMITS.overhead,
		value: largest ? largest.overhead : null,
		unit: 'ratio',
		documents: largest?.documents ?? null,
		extrapolated: false,
		met: largest ? largest.overhead <= TARGET_LIMITS.overhead : null,
	});

	// Issue 14's targets, judged only when the sizes they speak of were measured.
	const at1000 = sorted.find((s) => s.documents === 1000);
	const at5000Size = sorted.find((s) => s.documents === 5000);
	const overheadSearch = at5000Size ? at5000Size.searchOverhead : null;
	targets.push({
		id: 'overhead-search',
		description: 'build time at 5,000 documents at most 1.25 × the bare render with search (Pagefind over its output)',
		limit: TARGET_LIMITS.overheadSearchAt5000,
		value: overheadSearch,
		unit: 'ratio',
		documents: 5000,
		extrapolated: false,
		met: overheadSearch === null ? null : overheadSearch <= TARGET_LIMITS.overheadSearchAt5000,
	});
	const cpuPerDocument = (s: SizeResult | undefined) => (s?.archive.cpuMs != null ? s.archive.cpuMs / s.documents : null);
	const cpu1000 = cpuPerDocument(at1000);
	const cpu5000 = cpuPerDocument(at5000Size);
	const cpuGrowth = cpu1000 !== null && cpu5000 !== null ? cpu5000 / cpu1000 : null;
	targets.push({
		id: 'cpu-per-document',
		description: 'CPU time per document at 5,000 documents at most 10% above that at 1,000 (needs both sizes)',
		limit: TARGET_LIMITS.cpuPerDocumentGrowth,
		value: cpuGrowth,
		unit: 'ratio',
		documents: 5000,
		extrapolated: false,
		met: cpuGrowth === null ? null : cpuGrowth <= TARGET_LIMITS.cpuPerDocumentGrowth,
	});
	const memoryRatio =
		at5000Size?.archive.peakRssBytes != null && at5000Size.bareSearch.peakRssBytes != null && at5000Size.bareSearch.peakRssBytes > 0
			? at5000Size.archive.peakRssBytes / at5000Size.bareSearch.peakRssBytes
			: null;
	targets.push({
		id: 'memory-bare',
		description: 'peak memory at 5,000 documents at most 1.2 × the bare render with search (whole process tree)',
		limit: TARGET_LIMITS.memoryVsBareAt5000,
		value: memoryRatio,
		unit: 'ratio',
		documents: 5000,
		extrapolated: false,
		met: memoryRatio === null ? null : memoryRatio <= TARGET_LIMITS.memoryVsBareAt5000,
	});

	// Linear growth: the memory each extra document costs does not grow with the archive.
	let linearValue: number | null = null;
	if (sorted.length >= 3) {
		const first = marginal(sorted[0]!, sorted[1]!);
		const last = marginal(sorted.at(-2)!, sorted.at(-1)!);
		if (first !== null && last !== null && first > 0) linearValue = last / first;
	}
	targets.push({
		id: 'memory-linear',
		description: `memory grows at most linearly: memory per added document between the two largest corpora at most ${TARGET_LIMITS.memoryLinearSlack} × that between the two smallest (needs 3 sizes)`,
		limit: TARGET_LIMITS.memoryLinearSlack,
		value: linearValue,
		unit: 'ratio',
		documents: largest?.documents ?? null,
		extrapolated: false,
		met: linearValue === null ? null : linearValue <= TARGET_LIMITS.memoryLinearSlack,
	});

	// 5,000 documents within 4 GB: measured when that size ran, else extrapolated from the two largest.
	let memoryValue: number | null = null;
	let extrapolated = false;
	const at5000 = sorted.find((s) => s.documents === 5000);
	if (at5000?.archive.peakRssBytes != null) memoryValue = at5000.archive.peakRssBytes;
	else if (sorted.length >= 2) {
		const perDoc = marginal(sorted.at(-2)!, sorted.at(-1)!);
		const base = sorted.at(-1)!;
		if (perDoc !== null && base.archive.peakRssBytes !== null) {
			memoryValue = base.archive.peakRssBytes + Math.max(0, perDoc) * (5000 - base.documents);
			extrapolated = true;
		}
	}
	targets.push({
		id: 'memory-5000',
		description: 'a build of 5,000 documents peaks below 4 GB (whole process tree)',
		limit: TARGET_LIMITS.memoryAt5000,
		value: memoryValue,
		unit: 'bytes',
		documents: 5000,
		extrapolated,
		met: memoryValue === null ? null : memoryValue < TARGET_LIMITS.memoryAt5000,
	});

	const advice = largest?.pageWeights.find((p) => p.template === 'advice');
	const adviceValue = advice ? advice.htmlGzipBytes + advice.cssGzipBytes : null;
	targets.push({
		id: 'advice-page-weight',
		description: 'advice page HTML + CSS below 25 KB gzip',
		limit: TARGET_LIMITS.advicePageGzip,
		value: adviceValue,
		unit: 'bytes',
		documents: largest?.documents ?? null,
		extrapolated: false,
		met: adviceValue === null ? null : adviceValue < TARGET_LIMITS.advicePageGzip,
	});

	const searchSize = at5000 ?? largest;
	const firstQuery = searchSize?.search?.firstQueryBytes ?? null;
	targets.push({
		id: 'first-search',
		description: 'a first search on 5,000 documents fetches below 300 KB (largest of the three commonest words)',
		limit: TARGET_LIMITS.firstSearchAt5000,
		value: firstQuery,
		unit: 'bytes',
		documents: searchSize?.documents ?? null,
		extrapolated: false,
		met: firstQuery === null ? null : searchSize?.documents === 5000 ? firstQuery < TARGET_LIMITS.firstSearchAt5000 : null,
	});

	const lists = largest ? Object.values(listPageSizes(largest)).filter((b): b is number => b !== null) : [];
	const listValue = lists.length > 0 ? Math.max(...lists) : null;
	targets.push({
		id: 'list-pages',
		description: 'each list page (/adviezen/, /lokale-keuzes/) below 100 KB of HTML (largest corpus)',
		limit: TARGET_LIMITS.listPageHtml,
		value: listValue,
		unit: 'bytes',
		documents: largest?.documents ?? null,
		extrapolated: false,
		met: listValue === null ? null : listValue < TARGET_LIMITS.listPageHtml,
	});
	return targets;
}

export function formatBytes(bytes: number | null): string {
	if (bytes === null) return '–';
	if (bytes >= GB) return `${(bytes / GB).toFixed(2)} GB`;
	if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
	return `${(bytes / KB).toFixed(1)} KB`;
}

function formatMs(ms: number): string {
	return ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}

function table(header: string[], rows: string[][]): string {
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
	const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
	return [line(header), `|${widths.map((w, i) => (i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...rows.map(line)].join('\n');
}

/** The report as Markdown tables (printed by `npm run bench`, pasted into the README). */
export function formatReport(report: BenchReport): string {
	const cpu = (ms: number | null) => (ms === null ? '–' : formatMs(ms));
	const ratio = (r: number | null) => (r === null ? '–' : `${r.toFixed(2)}×`);
	const sizes = table(
		['documents', 'pages', 'build (median)', 'per page', 'CPU', 'CPU per document', 'peak memory', 'output', 'index', 'first search', 'first search sent (br)'],
		report.sizes.map((s) => [
			s.documents.toLocaleString('en'),
			String(s.archive.pages),
			`${formatMs(s.archive.buildMs)} (${s.archive.runs.length}×)`,
			`${s.archive.msPerPage.toFixed(1)} ms`,
			cpu(s.archive.cpuMs),
			s.archive.cpuMs === null ? '–' : `${(s.archive.cpuMs / s.documents).toFixed(1)} ms`,
			formatBytes(s.archive.peakRssBytes),
			formatBytes(s.archive.outputBytes),
			s.search ? formatBytes(s.search.indexBytes) : '–',
			s.search ? formatBytes(s.search.firstQueryBytes) : '–',
			formatBytes(s.search?.firstQueryBrotliBytes ?? null),
		]),
	);
	const bare = table(
		['documents', 'bare build', 'bare CPU', 'bare memory', 'bare + search build', 'bare + search CPU', 'bare + search memory', 'overhead vs bare', 'CPU overhead vs bare', 'overhead vs bare + search', 'CPU overhead vs bare + search'],
		report.sizes.map((s) => [
			s.documents.toLocaleString('en'),
			formatMs(s.bare.buildMs),
			cpu(s.bare.cpuMs),
			formatBytes(s.bare.peakRssBytes),
			formatMs(s.bareSearch.buildMs),
			cpu(s.bareSearch.cpuMs),
			formatBytes(s.bareSearch.peakRssBytes),
			ratio(s.overhead),
			ratio(s.cpuOverhead),
			ratio(s.searchOverhead),
			ratio(s.searchCpuOverhead),
		]),
	);
	const phaseRows: { label: string; phases: readonly Phase[]; totalWallMs: number; totalCpuMs: number; search: PhaseReport['search'] }[] = report.sizes.flatMap((s) => [
		...(s.phases ? [{ label: `${s.documents.toLocaleString('en')} cold (median of ${s.phases.runs})`, ...s.phases }] : []),
		...(s.warm?.phases ? [{ label: `${s.documents.toLocaleString('en')} warm (1 advice added)`, ...s.warm.phases }] : []),
	]);
	const phaseIds = [...new Set(phaseRows.flatMap((r) => r.phases.map((p) => p.id)))];
	const seconds = (ms: number | null) => (ms === null ? '–' : (ms / 1000).toFixed(1));
	const phases =
		phaseRows.length > 0
			? table(
					['build (wall s / CPU s)', ...phaseIds.map((id) => PHASE_LABELS[id]), 'build.ts total'],
					phaseRows.map((row) => [
						row.label,
						...phaseIds.map((id) => {
							const phase = row.phases.find((p) => p.id === id);
							return phase ? `${seconds(phase.wallMs)} / ${seconds(phase.cpuMs)}` : '–';
						}),
						`${seconds(row.totalWallMs)} / ${seconds(row.totalCpuMs)}`,
					]),
				)
			: '';
	const warmSizes = report.sizes.filter((s) => s.warm);
	const warm =
		warmSizes.length > 0
			? table(
					['documents', 'cold build', 'cold CPU', 'warm rebuild', 'warm CPU', 'warm ÷ cold (wall)', 'warm ÷ cold (CPU)', 'pages (cold → warm)'],
					warmSizes.map((s) => {
						const w = s.warm!;
						return [
							s.documents.toLocaleString('en'),
							formatMs(s.archive.buildMs),
							cpu(s.archive.cpuMs),
							formatMs(w.run.wallMs),
							cpu(w.run.cpuMs),
							ratio(w.run.wallMs / s.archive.buildMs),
							ratio(w.run.cpuMs !== null && s.archive.cpuMs !== null ? w.run.cpuMs / s.archive.cpuMs : null),
							`${s.archive.pages} → ${w.pages}`,
						];
					}),
				)
			: '';
	const lists = table(
		['documents', '/adviezen/ HTML', '/lokale-keuzes/ HTML'],
		report.sizes.map((s) => {
			const sizes = listPageSizes(s);
			return [s.documents.toLocaleString('en'), formatBytes(sizes['advice-list']), formatBytes(sizes['local-choices'])];
		}),
	);
	const largest = report.sizes.at(-1);
	const weights = largest
		? table(
				['template', 'HTML', 'HTML gzip', 'CSS', 'CSS gzip', 'JS', 'JS gzip', 'total gzip', 'sent (br)'],
				largest.pageWeights.map((p) => [
					`${p.template} (${p.path.length > 28 ? `${p.path.slice(0, 27)}…` : p.path})`,
					formatBytes(p.htmlBytes),
					formatBytes(p.htmlGzipBytes),
					formatBytes(p.cssBytes),
					formatBytes(p.cssGzipBytes),
					formatBytes(p.jsBytes),
					formatBytes(p.jsGzipBytes),
					formatBytes(p.totalGzipBytes),
					p.totalBrotliBytes === undefined ? '–' : formatBytes(p.totalBrotliBytes),
				]),
			)
		: '';
	const targets = table(
		['target', 'limit', 'measured', 'met'],
		report.targets.map((t) => [
			t.description,
			t.unit === 'bytes' ? formatBytes(t.limit) : `${t.limit}×`,
			`${t.value === null ? '–' : t.unit === 'bytes' ? formatBytes(t.value) : `${t.value.toFixed(2)}×`}${t.extrapolated ? ' (extrapolated)' : ''}${t.documents ? ` at ${t.documents.toLocaleString('en')}` : ''}`,
			t.met === null ? 'not measured' : t.met ? 'yes' : 'NO',
		]),
	);
	const stopWordSentence = (q: QueryFigures | null) =>
		q === null
			? 'no stop word in the archive'
			: `the commonest stop word "${q.query}" typed alone is explained on the search page without searching: ${formatBytes(q.bytes)} fetched, ${formatBytes(q.indexChunkBytes)} of index chunks`;
	const searchSource = largest?.search
		? `\nSearch at ${largest.documents.toLocaleString('en')} documents: the index the build wrote; a first search (with the data of the first page of results) for the three commonest words a search sends (stop words are left out of every query): ${largest.search.queries.map((q) => `"${q.query}" ${formatBytes(q.bytes)}`).join(', ')}; ${stopWordSentence(largest.search.stopWordQuery)}; suggestion data ${formatBytes(largest.search.suggestionBytes)} (${formatBytes(largest.search.suggestionGzipBytes)} gzip), loaded only when a search finds little.`
		: '';
	return [
		`Adviesarchief benchmark (${report.mode}), ${report.generatedAt}, ${report.machine.cpus} × ${report.machine.cpuModel}, ${formatBytes(report.machine.totalMemoryBytes)}, Node ${report.machine.node}, load average at start ${report.machine.loadAverage.map((l) => l.toFixed(1)).join(' ')}`,
		'',
		sizes,
		'',
		'Against the bare reference: the bare Astro render alone, and with a search index (`pagefind --site` over its output; wall and CPU added up, memory the larger):',
		'',
		bare,
		...(phases
			? [
					'',
					"Build phases (npm run build's phase report; search index: wall time after Astro has finished, CPU of the follower and Pagefind during and after the render):",
					'',
					phases,
					'',
					`Search index CPU, split: ${phaseRows.map((row) => `${row.label}: build.ts ${seconds(row.search.buildTsCpuMs)} s (reading and preparing the pages, the records), Pagefind's process ${seconds(row.search.pagefindCpuMs)} s`).join('; ')}.`,
				]
			: []),
		...(warm ? ['', 'Warm rebuild: one advice added to the built archive, the cache folder and .astro/ kept:', '', warm] : []),
		'',
		'HTML size of the list pages per corpus size:',
		'',
		lists,
		'',
		largest ? `Page weight per template at ${largest.documents.toLocaleString('en')} documents:` : '',
		'',
		weights,
		searchSource,
		'',
		targets,
		...report.failures.map((f) => `\nFAILED at ${f.documents.toLocaleString('en')} documents:\n${f.message}`),
	].join('\n');
}
