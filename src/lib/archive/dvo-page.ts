/**
 * What a DVO page needs besides the version itself: the advice about it and the list of
 * versions in its period. Shared by the period page (latest version) and the version page.
 */
import { versionLabels } from '../labels.ts';
import { advicePath, versionPath } from '../routes.ts';
import type { AdviceRef } from './advice-list.ts';
import { groupByPeriod, type DvoPeriod, type DvoVersionRef } from './dvo-versions.ts';

export interface DvoPageContext<T extends DvoVersionRef> {
	period: DvoPeriod<T>;
	version: T;
	isLatest: boolean;
	advice: { title: string; href: string }[];
	versions: { title: string; href: string; label: string; current: boolean }[];
}

/** One context per version, grouped as the routes need them. */
export function dvoPageContexts<T extends DvoVersionRef>(versions: readonly T[], advice: readonly (AdviceRef & { data: { dvo: string } })[]): DvoPageContext<T>[] {
	return groupByPeriod(versions).flatMap((period) =>
		period.versions.map((version) => ({
			period,
			version,
			isLatest: version === period.latest,
			advice: advice.filter((a) => a.data.dvo === version.id).map((a) => ({ title: a.data.title, href: advicePath(a.id) })),
			versions: period.versions.map((v) => ({ title: v.data.title, href: versionPath(v), label: versionLabels[v.data.version], current: v === version })),
		})),
	);
}
