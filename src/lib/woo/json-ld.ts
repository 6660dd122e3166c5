/**
 * schema.org metadata of a document page, as JSON-LD, and the page's permanent address. The
 * permanent address is the document's own address: it is made of the file name, which never
 * changes once the document is published (the lock refuses a published document that disappears),
 * and a correction (erratum) changes the text, never the address.
 */
import type { Erratum } from '../../schemas/errata.ts';
import { xsDate } from './dates.ts';
import type { CreationDate } from './dates.ts';

/** The permanent address of a page: its path on the site's base address. */
export function permanentLink(path: string, baseUrl: string): string {
	return new URL(path, baseUrl).href;
}

interface Organisation {
	name: string;
	/** A TOOI identifier, when the organisation has one. */
	uri?: string;
}

function organisation(org: Organisation): Record<string, unknown> {
	return { '@type': 'Organization', name: org.name, ...(org.uri ? { '@id': org.uri, identifier: org.uri } : {}) };
}

function corrections(errata: readonly Erratum[]): Record<string, unknown> {
	return errata.length === 0
		? {}
		: { correction: errata.map((e) => ({ '@type': 'CorrectionComment', text: `${e.description} Reden: ${e.reason}`, datePublished: xsDate(e.date) })) };
}

export interface AdviceJsonLdInput {
	url: string;
	title: string;
	summary: string;
	council: string;
	publisher?: Organisation;
	created?: CreationDate;
	lastModified?: Date;
	topics: readonly string[];
	/** The DVO version the advice is about. */
	dvo: { url: string; title: string };
	/** The letter as received (absolute URL of the archived file), when the archive has it. */
	sourceFileUrl?: string;
	errata: readonly Erratum[];
}

/** An advice as a schema.org Report: written by the council, about a DVO version, based on it. */
export function adviceJsonLd(input: AdviceJsonLdInput): Record<string, unknown> {
	const dvo = { '@type': 'DigitalDocument', '@id': input.dvo.url, url: input.dvo.url, name: input.dvo.title };
	return {
		'@context': 'https://schema.org',
		'@type': 'Report',
		'@id': input.url,
		url: input.url,
		name: input.title,
		description: input.summary,
		inLanguage: 'nl-NL',
		author: { '@type': 'Organization', name: input.council },
		...(input.publisher ? { publisher: organisation(input.publisher) } : {}),
		...(input.created ? { dateCreated: xsDate(input.created.date) } : {}),
		...(input.lastModified ? { dateModified: xsDate(input.lastModified) } : {}),
		about: dvo,
		isBasedOn: dvo,
		keywords: input.topics.join(', '),
		...(input.sourceFileUrl ? { encoding: { '@type': 'MediaObject', contentUrl: input.sourceFileUrl, encodingFormat: 'text/plain', description: 'De brief zoals ontvangen' } } : {}),
		...corrections(input.errata),
	};
}

export interface DvoJsonLdInput {
	url: string;
	title: string;
	/** False when the archive does not hold the version's text: the page then describes the version. */
	fullText: boolean;
	version: string;
	parties: readonly string[];
	publisher?: Organisation;
	created?: CreationDate;
	lastModified?: Date;
	errata: readonly Erratum[];
}

/**
 * A DVO version as a schema.org DigitalDocument (the agreement between its parties). When the
 * archive does not hold its text, the page is a WebPage about that document.
 */
export function dvoJsonLd(input: DvoJsonLdInput): Record<string, unknown> {
	const document = {
		'@type': 'DigitalDocument',
		name: input.title,
		version: input.version,
		inLanguage: 'nl-NL',
		...(input.created ? { dateCreated: xsDate(input.created.date) } : {}),
		sourceOrganization: input.parties.map((name) => ({ '@type': 'Organization', name })),
	};
	const common = {
		'@context': 'https://schema.org',
		'@id': input.url,
		url: input.url,
		...(input.publisher ? { publisher: organisation(input.publisher) } : {}),
		...(input.lastModified ? { dateModified: xsDate(input.lastModified) } : {}),
		...corrections(input.errata),
	};
	return input.fullText
		? { ...common, ...document }
		: { ...common, '@type': 'WebPage', name: input.title, inLanguage: 'nl-NL', description: 'Wat het archief weet over deze versie; de tekst van de versie zelf staat niet in het archief.', about: document };
}

/**
 * JSON-LD as the text of a script element: JSON with "<" written as \u003c, so the text can
 * never close the element or open another one.
 */
export function serializeJsonLd(data: Record<string, unknown>): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
