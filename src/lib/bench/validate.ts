/**
 * Checks that a benchmark report is complete and consistent: every figure present and
 * positive, medians within their runs, and nothing shrinking as the archive grows. The test of
 * the quick mode uses it; so does `npm run bench` before it writes the report.
 */
import { phaseCpuSum, type Phase } from '../build/build-phases.ts';
import type { BenchReport, RunFigures, SiteFigures } from './report.ts';

const REQUIRED_TEMPLATES = ['home', 'advice', 'advice-list', 'dvo-version', 'dvo-period', 'dvo-list', 'glossary', 'not-found'];

function positive(problems: string[], where: string, value: unknown): void {
	if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) problems.push(`${where} is not a positive number: ${String(value)}`);
}

function checkSite(problems: string[], where: string, site: SiteFigures, documents: number): void {
	if (site.runs.length === 0) problems.push(`${where}: no runs`);
	site.runs.forEach((run, i) => {
		positive(problems, `${where}.runs[${i}].wallMs`, run.wallMs);
		if (run.peakRssBytes !== null) positive(problems, `${where}.runs[${i}].peakRssBytes`, run.peakRssBytes);
		if (run.cpuMs !== null) positive(problems, `${where}.runs[${i}].cpuMs`, run.cpuMs);
	});
	positive(problems, `${where}.buildMs`, site.buildMs);
	positive(problems, `${where}.pages`, site.pages);
	positive(problems, `${where}.msPerPage`, site.msPerPage);
	positive(problems, `${where}.msPerDocument`, site.msPerDocument);
	positive(problems, `${where}.outputBytes`, site.outputBytes);
	if (site.peakRssBytes !== null) positive(problems, `${where}.peakRssBytes`, site.peakRssBytes);
	const walls = site.runs.map((r) => r.wallMs);
	if (walls.length > 0 && (site.buildMs < Math.min(...walls) || site.buildMs > Math.max(...walls))) problems.push(`${where}.buildMs ${site.buildMs} lies outside its runs`);
	if (Math.abs(site.msPerPage * site.pages - site.buildMs) > 1e-6 * site.buildMs) problems.push(`${where}.msPerPage × pages ≠ buildMs`);
	if (Math.abs(site.msPerDocument * documents - site.buildMs) > 1e-6 * site.buildMs) problems.push(`${where}.msPerDocument × documents ≠ buildMs`);
	if (site.pages < documents) problems.push(`${where}: ${site.pages} pages for ${documents} documents`);
}

/** A run's CPU may exceed its phases' (npm's start-up is in no phase), never fall short of them by more than rounding. */
function checkPhases(problems: string[], where: string, phases: readonly Phase[], run: RunFigures | null): void {
	if (phases.length === 0) problems.push(`${where}: no phases`);
	for (const phase of phases) {
		if (!Number.isFinite(phase.wallMs) || phase.wallMs < 0) problems.push(`${where}.${phase.id}.wallMs is not a number ≥ 0: ${phase.wallMs}`);
		if (phase.cpuMs !== null && (!Number.isFinite(phase.cpuMs) || phase.cpuMs < 0)) problems.push(`${where}.${phase.id}.cpuMs is not a number ≥ 0: ${phase.cpuMs}`);
	}
	for (const id of ['content-check', 'search-index', 'serving'] as const) if (!phases.some((p) => p.id === id)) problems.push(`${where}: no "${id}" phase`);
	if (run?.cpuMs != null && phaseCpuSum(phases) > run.cpuMs * 1.05 + 50) problems.push(`${where}: the phases' CPU (${Math.round(phaseCpuSum(phases))} ms) exceeds the measured build's (${run.cpuMs} ms)`);
}

export function validateReport(report: BenchReport): string[] {
	const problems: string[] = [];
	if (report.schemaVersion !== 2) problems.push(`unknown schemaVersion ${String(report.schemaVersion)}`);
	if (Number.isNaN(Date.parse(report.generatedAt))) problems.push('generatedAt is not a date');
	if (report.sizes.length === 0) problems.push('no sizes');
	for (const failure of report.failures ?? []) problems.push(`the build of ${failure.documents} documents failed`);
	report.sizes.forEach((size, i) => {
		const where = `sizes[${i}] (${size.documents} documents)`;
		positive(problems, `${where}.documents`, size.documents);
		if (size.advice + size.dvo !== size.documents) problems.push(`${where}: advice + dvo ≠ documents`);
		positive(problems, `${where}.corpusBytes`, size.corpusBytes);
		checkSite(problems, `${where}.archive`, size.archive, size.documents);
		checkSite(problems, `${where}.bare`, size.bare, size.documents);
		if (size.bare.pages !== size.documents) problems.push(`${where}: the bare site has ${size.bare.pages} pages, not one per document`);
		positive(problems, `${where}.overhead`, size.overhead);
		if (size.cpuOverhead !== null) positive(problems, `${where}.cpuOverhead`, size.cpuOverhead);
		const expected = size.archive.msPerDocument / size.bare.msPerDocument;
		if (Math.abs(size.overhead - expected) > 1e-9 * expected) problems.push(`${where}.overhead is not archive/bare time per document`);
		// The bare render with search: one index run per render, and more than the render alone.
		checkSite(problems, `${where}.bareSearch`, size.bareSearch, size.documents);
		if (size.bareIndexRuns.length !== size.bare.runs.length) problems.push(`${where}: ${size.bareIndexRuns.length} index runs for ${size.bare.runs.length} bare renders`);
		size.bareIndexRuns.forEach((run, i) => positive(problems, `${where}.bareIndexRuns[${i}].wallMs`, run.wallMs));
		size.bareSearch.runs.forEach((run, i) => {
			const render = size.bare.runs[i];
			if (render && run.wallMs <= render.wallMs) problems.push(`${where}.bareSearch.runs[${i}] is not longer than the bare render`);
		});
		if (size.bareSearch.outputBytes <= size.bare.outputBytes) problems.push(`${where}: the bare output with search is not larger than without`);
		positive(problems, `${where}.searchOverhead`, size.searchOverhead);
		const expectedSearch = size.archive.buildMs / size.bareSearch.buildMs;
		if (Math.abs(size.searchOverhead - expectedSearch) > 1e-9 * expectedSearch) problems.push(`${where}.searchOverhead is not archive/bare-with-search build time`);
		if (size.searchCpuOverhead !== null) positive(problems, `${where}.searchCpuOverhead`, size.searchCpuOverhead);
		if (size.phases) checkPhases(problems, `${where}.phases`, size.phases.phases, { wallMs: size.archive.buildMs, cpuMs: size.archive.cpuMs, peakRssBytes: null });
		if (size.warm) {
			positive(problems, `${where}.warm.run.wallMs`, size.warm.run.wallMs);
			if (size.warm.run.cpuMs !== null) positive(problems, `${where}.warm.run.cpuMs`, size.warm.run.cpuMs);
			if (size.warm.pages <= size.archive.pages) problems.push(`${where}: the warm rebuild, with one advice more, has ${size.warm.pages} pages, not more than ${size.archive.pages}`);
			if (size.warm.phases) checkPhases(problems, `${where}.warm.phases`, size.warm.phases.phases, size.warm.run);
		}
		for (const template of REQUIRED_TEMPLATES) {
			if (!size.pageWeights.some((p) => p.template === template)) problems.push(`${where}: no page weight for template "${template}"`);
		}
		for (const page of size.pageWeights) {
			for (const key of ['htmlBytes', 'htmlGzipBytes', 'cssBytes', 'cssGzipBytes', 'totalBytes', 'totalGzipBytes'] as const) positive(problems, `${where}.pageWeights.${page.template}.${key}`, page[key]);
			if (page.htmlGzipBytes >= page.htmlBytes) problems.push(`${where}.pageWeights.${page.template}: gzip is not smaller than raw HTML`);
			if (page.totalBytes !== page.htmlBytes + page.cssBytes + page.jsBytes) problems.push(`${where}.pageWeights.${page.template}: total ≠ HTML + CSS + JS`);
		}
		if (size.search) {
			positive(problems, `${where}.search.indexBytes`, size.search.indexBytes);
			positive(problems, `${where}.search.firstQueryBytes`, size.search.firstQueryBytes);
			positive(problems, `${where}.search.results`, size.search.results);
			if (size.search.firstQueryBytes !== null && size.search.firstQueryBytes > size.search.indexBytes) problems.push(`${where}: a first search fetches more than the whole index`);
		}
	});
	for (let i = 1; i < report.sizes.length; i++) {
		const [a, b] = [report.sizes[i - 1]!, report.sizes[i]!];
		const where = `${a.documents} → ${b.documents} documents`;
		if (b.documents <= a.documents) problems.push(`sizes are not in increasing order: ${where}`);
		if (b.corpusBytes < a.corpusBytes) problems.push(`${where}: the corpus got smaller`);
		if (b.archive.pages < a.archive.pages) problems.push(`${where}: fewer pages`);
		if (b.archive.outputBytes < a.archive.outputBytes) problems.push(`${where}: the output got smaller`);
		if (b.bare.outputBytes < a.bare.outputBytes) problems.push(`${where}: the bare output got smaller`);
		if (a.search && b.search && b.search.indexBytes < a.search.indexBytes) problems.push(`${where}: the search index got smaller`);
	}
	if (report.targets.length === 0) problems.push('no targets');
	return problems;
}
