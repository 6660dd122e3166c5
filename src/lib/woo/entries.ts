/**
 * The archive's documents as entries of the DiWoo sitemaps: one per advice, per archived source
 * letter, per DVO version whose text the archive holds, and per response of the college. Pure:
 * the routes pass in the collections, the tests pass in plain objects.
 */
import type { AdviceData } from '../../schemas/advice.ts';
import type { DvoData } from '../../schemas/dvo.ts';
import type { ResponseData } from '../../schemas/response.ts';
import type { SiteSettings } from '../../schemas/settings.ts';
import { advicePath, pointAnchor, sourcePagePath, versionPath } from '../routes.ts';
import { adviceCreationDate, dvoCreationDate, lastModified, type CreationDate } from './dates.ts';
import { DOCUMENT_ACTIONS, DOCUMENT_RELATIONS, DOCUMENT_TYPES, FILE_FORMATS, findCategory, type InformationCategory, type TooiValue } from './tooi.ts';

/** The kinds of document, as named in the settings (woo → categories). */
export const DOCUMENT_KINDS = ['advies', 'bronbrief', 'dvo', 'reactie'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** The Woo settings with every value resolved; see resolveWooSettings. */
export interface WooSettings {
	baseUrl: string;
	publisher: TooiValue;
	categories: Record<DocumentKind, InformationCategory>;
	fictional: boolean;
}

/**
 * The settings' Woo block resolved to list values, or undefined when the archive has none or a
 * value is not valid (the content check reports that, and the build stops before any route runs).
 */
export function resolveWooSettings(settings: Pick<SiteSettings, 'baseUrl' | 'municipality' | 'woo' | 'fictional'>): WooSettings | undefined {
	const woo = settings.woo;
	if (!woo) return undefined;
	const categories = Object.fromEntries(DOCUMENT_KINDS.map((kind) => [kind, findCategory(woo.categories[kind])]));
	if (Object.values(categories).some((c) => !c)) return undefined;
	return {
		baseUrl: settings.baseUrl,
		publisher: { uri: woo.publisher.trim(), label: settings.municipality },
		categories: categories as Record<DocumentKind, InformationCategory>,
		fictional: settings.fictional,
	};
}

export interface AdviceInput {
	id: string;
	data: Pick<AdviceData, 'title' | 'council' | 'addressee' | 'dates' | 'verdictSummary' | 'topics' | 'sourceFile' | 'errata' | 'points'>;
}
export interface DvoInput {
	id: string;
	data: Pick<DvoData, 'title' | 'period' | 'version' | 'versionDate' | 'fullText' | 'errata'>;
}
export interface ResponseInput {
	id: string;
	data: Pick<ResponseData, 'advice' | 'date' | 'source' | 'points'>;
}

export interface WooRelation {
	role: TooiValue;
	/** Absolute URL of the related document. */
	resource: string;
	label: string;
}

/** One `<url>` of a DiWoo sitemap. */
export interface WooEntry {
	kind: DocumentKind;
	/** The id of the document in the archive (advice id, DVO version id, response file name). */
	id: string;
	/** Absolute URL of the document. */
	loc: string;
	lastmod: Date;
	category: InformationCategory;
	documentType: TooiValue;
	title: string;
	description?: string;
	keywords: string[];
	creationDate: Date;
	actions: { action: TooiValue; at: Date }[];
	/** The organisation that wrote the document, by name (the council has no TOOI identifier). */
	authorName?: string;
	/** The organisation responsible for the document, when that is the publisher. */
	responsible?: TooiValue;
	format: TooiValue;
	relations: WooRelation[];
}

/** A document that has no entry, and why. */
export interface SkippedDocument {
	kind: DocumentKind;
	id: string;
	reason: 'no-text' | 'no-creation-date';
}

function absolute(path: string, baseUrl: string): string {
	return new URL(path, baseUrl).href;
}

function compareEntries(a: WooEntry, b: WooEntry): number {
	return a.loc < b.loc ? -1 : a.loc > b.loc ? 1 : 0;
}

/**
 * Every entry, sorted by address, and the documents left out: a DVO version whose text the
 * archive does not hold (its page describes the version; the document itself is the
 * municipality's to publish), and a document without a creation date (the content check reports
 * that as an error, with the field to add).
 */
export function buildWooEntries(
	settings: WooSettings,
	advice: readonly AdviceInput[],
	dvo: readonly DvoInput[],
	responses: readonly ResponseInput[],
): { entries: WooEntry[]; skipped: SkippedDocument[] } {
	const entries: WooEntry[] = [];
	const skipped: SkippedDocument[] = [];
	const url = (path: string) => absolute(path, settings.baseUrl);
	const adviceById = new Map(advice.map((a) => [a.id, a]));
	const sourcePages = new Set<string>();

	for (const item of advice) {
		const created = adviceCreationDate(item.data.dates);
		if (!created) {
			skipped.push({ kind: 'advies', id: item.id, reason: 'no-creation-date' });
			continue;
		}
		const sourceUrl = item.data.sourceFile ? url(sourcePagePath(item.data.sourceFile)) : undefined;
		const common = {
			id: item.id,
			documentType: DOCUMENT_TYPES.advies,
			keywords: [...new Set(item.data.topics)],
			creationDate: created.date,
			actions: [{ action: DOCUMENT_ACTIONS.vaststelling, at: created.date }],
			authorName: item.data.council,
			format: FILE_FORMATS.HTML,
		};
		entries.push({
			...common,
			kind: 'advies',
			loc: url(advicePath(item.id)),
			lastmod: lastModified(created.date, item.data.errata),
			category: settings.categories.advies,
			title: item.data.title,
			description: item.data.verdictSummary,
			relations: sourceUrl ? [{ role: DOCUMENT_RELATIONS.verwijstNaar, resource: sourceUrl, label: `${item.data.title} (brief zoals ontvangen)` }] : [],
		});
		if (sourceUrl && !sourcePages.has(sourceUrl)) {
			// One entry per source letter page, even when two advice name the same letter (or two
			// files that differ only in their extension, which share a page address).
			sourcePages.add(sourceUrl);
			// The letter as received never changes: errata correct the published advice, not the archived letter.
			entries.push({
				...common,
				kind: 'bronbrief',
				loc: sourceUrl,
				lastmod: created.date,
				category: settings.categories.bronbrief,
				title: `${item.data.title} (brief zoals ontvangen)`,
				description: `De brief van de ${item.data.council} zoals die is ontvangen, zonder bewerking.`,
				relations: [],
			});
		}
	}

	for (const version of dvo) {
		if (!version.data.fullText) {
			skipped.push({ kind: 'dvo', id: version.id, reason: 'no-text' });
			continue;
		}
		const created: CreationDate | undefined = dvoCreationDate(version.data);
		if (!created) {
			skipped.push({ kind: 'dvo', id: version.id, reason: 'no-creation-date' });
			continue;
		}
		entries.push({
			kind: 'dvo',
			id: version.id,
			loc: url(versionPath(version)),
			lastmod: lastModified(created.date, version.data.errata),
			category: settings.categories.dvo,
			documentType: DOCUMENT_TYPES.convenant,
			title: version.data.title,
			keywords: ['dienstverleningsovereenkomst', 'DVO'],
			creationDate: created.date,
			// The version's own date: the day it was fixed, as a draft or as the final text.
			actions: [{ action: DOCUMENT_ACTIONS.vaststelling, at: created.date }],
			responsible: settings.publisher,
			format: FILE_FORMATS.HTML,
			relations: [],
		});
	}

	// Each response points at the advice page, at the first of its points that no earlier
	// response points at, so that every entry has an address of its own.
	const usedAnchors = new Set<string>();
	const byDate = [...responses].sort((a, b) => a.data.date.getTime() - b.data.date.getTime() || a.id.localeCompare(b.id));
	for (const response of byDate) {
		const target = adviceById.get(response.data.advice);
		const point = response.data.points.map((p) => p.point).find((p) => !usedAnchors.has(`${response.data.advice}#${p}`));
		if (!target || !point) continue;
		usedAnchors.add(`${response.data.advice}#${point}`);
		entries.push({
			kind: 'reactie',
			id: response.id,
			loc: url(`${advicePath(target.id)}#${pointAnchor(point)}`),
			lastmod: response.data.date,
			category: settings.categories.reactie,
			documentType: DOCUMENT_TYPES.brief,
			title: response.data.source.title,
			description: `Reactie van het college op ${response.data.points.length === 1 ? 'een punt' : `${response.data.points.length} punten`} uit: ${target.data.title}.`,
			keywords: [],
			creationDate: response.data.date,
			actions: [{ action: DOCUMENT_ACTIONS.vaststelling, at: response.data.date }],
			authorName: target.data.addressee,
			responsible: settings.publisher,
			format: FILE_FORMATS.HTML,
			relations: [{ role: DOCUMENT_RELATIONS.isReactieOp, resource: url(advicePath(target.id)), label: target.data.title }],
		});
	}

	return { entries: entries.sort(compareEntries), skipped };
}
