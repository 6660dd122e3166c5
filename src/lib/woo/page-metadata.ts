/**
 * What a document page shows and carries about itself: the permanent address, the JSON-LD and,
 * for an advice whose letter has no date, which date counts as its date and why. One function
 * per document type (advice, DVO version, letter as received); documentPageMetadata picks one
 * for the DocumentMetadata component.
 */
import type { AdviceData } from '../../schemas/advice.ts';
import type { DvoData } from '../../schemas/dvo.ts';
import type { SiteSettings } from '../../schemas/settings.ts';
import { advicePath, sourceDownloadPath, sourcePagePath, versionPath } from '../routes.ts';
import { mediaTypeOf, SERVING_RULES } from '../serving/rules.ts';
import { versionLabels, wooDocumentTexts } from '../labels.ts';
import { adviceCreationDate, adviceDateRule, dvoCreationDate, lastModified, type CreationDate } from './dates.ts';
import { adviceJsonLd, dvoJsonLd, permanentLink, serializeJsonLd, sourceLetterJsonLd } from './json-ld.ts';
import { isTooiOrganisationUri } from './tooi.ts';
import { isPlaceholderAddress } from '../site-address.ts';

export interface PageMetadata {
	/** The document's permanent address, absolute (also in the JSON-LD). */
	permanentLink: string;
	/**
	 * The permanent link as the page shows it. While the site is built for a local placeholder
	 * address, the full address is not yet known: the page shows only the path and says why.
	 */
	visibleLink: { href: string; text: string; addressSet: boolean };
	/** The JSON-LD, ready to be the text of a script element. */
	jsonLd: string;
	/** The document's date, when it comes from a rule rather than the document itself, and the rule in words. */
	dateByRule?: CreationDate & { rule: string };
}

type Settings = Pick<SiteSettings, 'baseUrl' | 'municipality' | 'woo'>;

/** What the page shows as its permanent link: the full address, or the path while the address is a placeholder. */
export function visibleLink(path: string, baseUrl: string): PageMetadata['visibleLink'] {
	if (isPlaceholderAddress(baseUrl)) return { href: path, text: path, addressSet: false };
	const url = permanentLink(path, baseUrl);
	return { href: url, text: url, addressSet: true };
}

function publisherOf(settings: Settings) {
	const uri = settings.woo?.publisher.trim();
	return { name: settings.municipality, uri: uri && isTooiOrganisationUri(uri) ? uri : undefined };
}

/** An advice page's metadata. `baseUrl` is the address the site is built for. */
export function adviceMetadata(
	advice: { id: string; data: Pick<AdviceData, 'title' | 'verdictSummary' | 'council' | 'dates' | 'topics' | 'sourceFile' | 'errata'> },
	dvo: { id: string; data: Pick<DvoData, 'period' | 'version' | 'versionDate' | 'title'> },
	settings: Settings,
	baseUrl: string,
): PageMetadata {
	const path = advicePath(advice.id);
	const url = permanentLink(path, baseUrl);
	const created = adviceCreationDate(advice.data.dates);
	const data = adviceJsonLd({
		url,
		title: advice.data.title,
		summary: advice.data.verdictSummary,
		council: advice.data.council,
		publisher: publisherOf(settings),
		created,
		lastModified: created && advice.data.errata.length > 0 ? lastModified(created.date, advice.data.errata) : undefined,
		topics: advice.data.topics,
		dvo: { url: permanentLink(versionPath(dvo), baseUrl), title: dvo.data.title },
		sourceFile: advice.data.sourceFile
			? { url: permanentLink(sourceDownloadPath(advice.data.sourceFile), baseUrl), mediaType: mediaTypeOf(SERVING_RULES, advice.data.sourceFile) }
			: undefined,
		errata: advice.data.errata,
	});
	return { permanentLink: url, visibleLink: visibleLink(path, baseUrl), jsonLd: serializeJsonLd(data), dateByRule: created?.source === 'meeting' ? { ...created, rule: adviceDateRule(advice.data.council) } : undefined };
}

/** A DVO version page's metadata. */
export function dvoMetadata(
	version: { id: string; data: Pick<DvoData, 'period' | 'version' | 'versionDate' | 'title' | 'fullText' | 'parties' | 'errata'> },
	settings: Settings,
	baseUrl: string,
): PageMetadata {
	const path = versionPath(version);
	const url = permanentLink(path, baseUrl);
	const created = dvoCreationDate(version.data);
	const data = dvoJsonLd({
		url,
		title: version.data.title,
		fullText: version.data.fullText,
		version: versionLabels[version.data.version],
		parties: version.data.parties,
		publisher: publisherOf(settings),
		created,
		lastModified: created && version.data.errata.length > 0 ? lastModified(created.date, version.data.errata) : undefined,
		errata: version.data.errata,
	});
	return { permanentLink: url, visibleLink: visibleLink(path, baseUrl), jsonLd: serializeJsonLd(data) };
}

/**
 * A letter as received (/bronnen/<name>/): `file` is the advice's sourceFile, `advice` the
 * (first) advice it belongs to, which gives the title and the council.
 */
export function sourceLetterMetadata(
	source: { file: string; advice: { data: Pick<AdviceData, 'title' | 'council' | 'dates'> } },
	settings: Settings,
	baseUrl: string,
): PageMetadata {
	const path = sourcePagePath(source.file);
	const url = permanentLink(path, baseUrl);
	const data = sourceLetterJsonLd({
		url,
		title: wooDocumentTexts.sourceLetterTitle(source.advice.data.title),
		council: source.advice.data.council,
		publisher: publisherOf(settings),
		letterDate: source.advice.data.dates.letter,
		file: { url: permanentLink(sourceDownloadPath(source.file), baseUrl), mediaType: mediaTypeOf(SERVING_RULES, source.file) },
	});
	return { permanentLink: url, visibleLink: visibleLink(path, baseUrl), jsonLd: serializeJsonLd(data) };
}

type AdviceDocument = Parameters<typeof adviceMetadata>[0] & { data: { dvo: string } };
type DvoDocument = Parameters<typeof dvoMetadata>[0];

/**
 * Which document a page is about, as the DocumentMetadata component receives it. An advice
 * comes with the DVO version it is about, which its page has already looked up: looking it up
 * here from the whole collection made every advice page's work grow with the archive.
 */
export type DocumentRef = { advice: AdviceDocument; version: DvoDocument } | { dvo: DvoDocument } | { source: Parameters<typeof sourceLetterMetadata>[0] };

/**
 * The metadata of any document page: picks the function for the document's type. Throws when an
 * advice comes with another DVO version than the one it is about.
 */
export function documentPageMetadata(document: DocumentRef, settings: Settings, baseUrl: string): PageMetadata {
	if ('dvo' in document) return dvoMetadata(document.dvo, settings, baseUrl);
	if ('source' in document) return sourceLetterMetadata(document.source, settings, baseUrl);
	const { advice, version } = document;
	if (version.id !== advice.data.dvo) throw new Error(`${advice.id}: gaat over DVO-versie ${advice.data.dvo}, niet over ${version.id}`);
	return adviceMetadata(advice, version, settings, baseUrl);
}
