/**
 * What a document page shows and carries about itself: the permanent address, the JSON-LD and,
 * for an advice whose letter has no date, which date counts as its date and why. One function
 * per document type, called by the DocumentMetadata component.
 */
import type { AdviceData } from '../../schemas/advice.ts';
import type { DvoData } from '../../schemas/dvo.ts';
import type { SiteSettings } from '../../schemas/settings.ts';
import { advicePath, versionPath } from '../routes.ts';
import { versionLabels } from '../labels.ts';
import { adviceCreationDate, dvoCreationDate, lastModified, type CreationDate } from './dates.ts';
import { adviceJsonLd, dvoJsonLd, permanentLink, serializeJsonLd } from './json-ld.ts';
import { isTooiOrganisationUri } from './tooi.ts';

export interface PageMetadata {
	permanentLink: string;
	/** The JSON-LD, ready to be the text of a script element. */
	jsonLd: string;
	/** The document's date, when it comes from a rule rather than the document itself. */
	dateByRule?: CreationDate;
}

type Settings = Pick<SiteSettings, 'baseUrl' | 'municipality' | 'woo'>;

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
	const url = permanentLink(advicePath(advice.id), baseUrl);
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
		sourceFileUrl: advice.data.sourceFile ? permanentLink(`/${advice.data.sourceFile}`, baseUrl) : undefined,
		errata: advice.data.errata,
	});
	return { permanentLink: url, jsonLd: serializeJsonLd(data), dateByRule: created?.source === 'meeting' ? created : undefined };
}

/** A DVO version page's metadata (also on the period page, which shows the latest version). */
export function dvoMetadata(
	version: { id: string; data: Pick<DvoData, 'period' | 'version' | 'versionDate' | 'title' | 'fullText' | 'parties' | 'errata'> },
	settings: Settings,
	baseUrl: string,
): PageMetadata {
	const url = permanentLink(versionPath(version), baseUrl);
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
	return { permanentLink: url, jsonLd: serializeJsonLd(data) };
}
