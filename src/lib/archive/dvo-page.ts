/**
 * What the DVO pages need besides the version itself. A version page (/dvo/<period>/<version>/)
 * shows one version; a period page (/dvo/<period>/) is the period's overview: the versions this
 * archive holds, the advice on them and the comparisons. Both are worked out here, once for all
 * pages, so the pages only render.
 */
import { versionLabels } from '../labels.ts';
import { advicePath, periodPath, versionPath } from '../routes.ts';
import type { AdviceRef } from './advice-list.ts';
import { groupByPeriod, type DvoPeriod, type DvoVersionRef } from './dvo-versions.ts';

type AdviceOn = AdviceRef & { data: { dvo: string } };

export interface DvoPageContext<T extends DvoVersionRef> {
	period: DvoPeriod<T>;
	version: T;
	isLatest: boolean;
	/** The period's overview page. */
	periodHref: string;
	advice: { title: string; href: string }[];
	versions: { title: string; href: string; label: string; current: boolean }[];
}

/** One context per version, grouped as the routes need them. */
export function dvoPageContexts<T extends DvoVersionRef>(versions: readonly T[], advice: readonly AdviceOn[]): DvoPageContext<T>[] {
	return groupByPeriod(versions).flatMap((period) =>
		period.versions.map((version) => ({
			period,
			version,
			isLatest: version === period.latest,
			periodHref: periodPath(period.slug),
			advice: advice.filter((a) => a.data.dvo === version.id).map((a) => ({ title: a.data.title, href: advicePath(a.id) })),
			versions: period.versions.map((v) => ({ title: v.data.title, href: versionPath(v), label: versionLabels[v.data.version], current: v === version })),
		})),
	);
}

export interface PeriodVersionItem {
	title: string;
	href: string;
	/** "Ontwerp", "Vastgesteld", "Gewijzigd". */
	label: string;
	date?: Date;
	/** True when the archive holds the version's full text. */
	fullText: boolean;
	/** The newest version of the period in this archive. */
	latest: boolean;
	/** How many corrections (errata) the version has had since publication; shown on its page. */
	corrections: number;
}

export interface DvoPeriodOverview<T extends DvoVersionRef> {
	period: DvoPeriod<T>;
	/** Oldest first, as the agreement came about. */
	versions: PeriodVersionItem[];
	/** Advice on any version of the period, with the version it is about. */
	advice: { title: string; href: string; versionTitle: string; versionHref: string }[];
	/** Comparisons that involve a version of the period, each once. */
	comparisons: { href: string; label: string }[];
}

/**
 * One overview per period, newest period first. `comparisonsByVersion` maps a version id to the
 * comparison pages that involve it (as src/lib/local-choices/site-data.ts gives them).
 */
export function dvoPeriodOverviews<T extends DvoVersionRef & { data: { fullText?: boolean; errata?: readonly unknown[] } }>(
	versions: readonly T[],
	advice: readonly AdviceOn[],
	comparisonsByVersion: ReadonlyMap<string, readonly { href: string; label: string }[]> = new Map(),
): DvoPeriodOverview<T>[] {
	return groupByPeriod(versions).map((period) => {
		const byId = new Map(period.versions.map((v) => [v.id, v]));
		const comparisons = new Map<string, { href: string; label: string }>();
		for (const v of period.versions) for (const c of comparisonsByVersion.get(v.id) ?? []) comparisons.set(c.href, c);
		return {
			period,
			versions: period.versions.map((v) => ({
				title: v.data.title,
				href: versionPath(v),
				label: versionLabels[v.data.version],
				date: v.data.versionDate,
				fullText: v.data.fullText ?? false,
				latest: v === period.latest,
				corrections: v.data.errata?.length ?? 0,
			})),
			advice: advice.flatMap((a) => {
				const v = byId.get(a.data.dvo);
				return v ? [{ title: a.data.title, href: advicePath(a.id), versionTitle: v.data.title, versionHref: versionPath(v) }] : [];
			}),
			comparisons: [...comparisons.values()],
		};
	});
}
