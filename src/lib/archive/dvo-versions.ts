/**
 * Ordering DVO versions within a period, and finding the latest one. The order follows the
 * life of an agreement: draft, then final, then amendments (by date, then by file name).
 */
import type { DvoData, DvoVersionLabel } from '../../schemas/dvo.ts';
import { periodSlug } from '../content/archive-layout.ts';

export interface DvoVersionRef {
	/** "2026-2027/ontwerp" */
	id: string;
	data: Pick<DvoData, 'period' | 'version' | 'versionDate' | 'title'>;
}

const stage: Record<DvoVersionLabel, number> = { ontwerp: 0, vastgesteld: 1, gewijzigd: 2 };

/** Compares two versions of one period, oldest first. */
export function compareVersions(a: DvoVersionRef, b: DvoVersionRef): number {
	return (
		stage[a.data.version] - stage[b.data.version] ||
		(a.data.versionDate?.getTime() ?? 0) - (b.data.versionDate?.getTime() ?? 0) ||
		a.id.localeCompare(b.id, 'nl', { numeric: true })
	);
}

/** The period slug of a version: "2026-2027". */
export function versionPeriod(version: DvoVersionRef): string {
	return periodSlug(version.data.period.firstYear, version.data.period.lastYear);
}

/** The version's slug within its period: "ontwerp". */
export function versionSlug(version: DvoVersionRef): string {
	return version.id.split('/')[1] ?? version.id;
}

export interface DvoPeriod<T extends DvoVersionRef> {
	slug: string;
	firstYear: number;
	lastYear: number;
	/** Oldest first. */
	versions: T[];
	latest: T;
}

/** Groups versions by period, newest period first, versions oldest first. */
export function groupByPeriod<T extends DvoVersionRef>(versions: readonly T[]): DvoPeriod<T>[] {
	const byPeriod = new Map<string, T[]>();
	for (const version of versions) {
		const slug = versionPeriod(version);
		byPeriod.set(slug, [...(byPeriod.get(slug) ?? []), version]);
	}
	return [...byPeriod.entries()]
		.map(([slug, list]) => {
			const sorted = [...list].sort(compareVersions);
			const latest = sorted.at(-1)!;
			return { slug, firstYear: latest.data.period.firstYear, lastYear: latest.data.period.lastYear, versions: sorted, latest };
		})
		.sort((a, b) => b.firstYear - a.firstYear || b.lastYear - a.lastYear);
}
