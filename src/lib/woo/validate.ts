/**
 * Our own check of published DiWoo files against the rules of the standard (sitemap protocol
 * plus DiWoo metadata 0.9.x): namespaces, required elements and attributes, URIs from the TOOI
 * lists, xs:date and xs:dateTime, file names and size limits. It parses the XML with a
 * namespace-aware DOM parser, so a wrong prefix binding is caught, not just a wrong name.
 * Used by the tests on every built site and by the routes, which refuse to write a file that
 * breaks a rule.
 */
import { DOMParser, type Element } from '@xmldom/xmldom';
import { SITEMAP_LIMITS } from './sitemaps.ts';
import { DIWOO_NAMESPACE, DOCUMENT_ACTIONS, DOCUMENT_RELATIONS, DOCUMENT_TYPES, FILE_FORMATS, INFORMATION_CATEGORIES, LANGUAGE_DUTCH, SITEMAP_NAMESPACE, isTooiOrganisationUri } from './tooi.ts';

export const SITEMAP_INDEX_NAME = /^sitemapindex-diwoo-infocat(\d{3})\.xml$/;

/** The elements DiWoo allows inside `diwoo:DiWoo` (XSD 0.9.8), each at most once. */
const DIWOO_CHILDREN = new Set([
	'identifiers', 'publisher', 'verantwoordelijke', 'medeverantwoordelijken', 'opsteller', 'naamOpsteller', 'titelcollectie', 'omschrijvingen',
	'classificatiecollectie', 'creatiedatum', 'geldigheid', 'language', 'format', 'aggregatiekenmerk', 'isPartOf', 'hasParts', 'documenthandelingen',
	'documentrelaties', 'redenVerwijderingVervanging',
]);

const XS_DATE = /^(\d{4})-(\d{2})-(\d{2})(Z|[+-]\d{2}:\d{2})?$/;
const XS_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;
/** W3C Datetime as the sitemap protocol allows it for lastmod. */
const W3C_DATETIME = /^\d{4}-\d{2}-\d{2}(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

function realDay(value: string): boolean {
	const [y, m, d] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** True for a valid xs:date (a real calendar day, optional time zone). */
export function isXsDate(value: string): boolean {
	return XS_DATE.test(value) && realDay(value);
}

/** True for a valid xs:dateTime (a real day and time, optional time zone). */
export function isXsDateTime(value: string): boolean {
	return XS_DATE_TIME.test(value) && realDay(value);
}

function isW3cDatetime(value: string): boolean {
	return W3C_DATETIME.test(value) && realDay(value);
}

function isAbsoluteUrl(value: string): boolean {
	try {
		const url = new URL(value);
		return url.protocol === 'https:' || url.protocol === 'http:';
	} catch {
		return false;
	}
}

function children(element: Element, namespace: string, localName?: string): Element[] {
	const found: Element[] = [];
	for (let node = element.firstChild; node; node = node.nextSibling) {
		if (node.nodeType === 1) {
			const child = node as Element;
			if (child.namespaceURI === namespace && (!localName || child.localName === localName)) found.push(child);
		}
	}
	return found;
}

function allElementChildren(element: Element): Element[] {
	const found: Element[] = [];
	for (let node = element.firstChild; node; node = node.nextSibling) if (node.nodeType === 1) found.push(node as Element);
	return found;
}

function text(element: Element | undefined): string {
	return (element?.textContent ?? '').trim();
}

function parse(xml: string, problems: string[]): Element | undefined {
	const errors: string[] = [];
	try {
		const doc = new DOMParser({ onError: (level, message) => void (level !== 'warning' && errors.push(message)) }).parseFromString(xml, 'text/xml');
		if (errors.length === 0) return doc.documentElement ?? undefined;
	} catch (error) {
		// xmldom throws on a fatal error, after reporting it.
		if (errors.length === 0) errors.push((error as Error).message);
	}
	problems.push(`geen geldige XML: ${errors[0]}`);
	return undefined;
}

function checkSize(xml: string, count: number, problems: string[]): void {
	if (count > SITEMAP_LIMITS.maxUrls) problems.push(`${count} adressen; het maximum is ${SITEMAP_LIMITS.maxUrls}`);
	const bytes = Buffer.byteLength(xml, 'utf8');
	if (bytes > SITEMAP_LIMITS.maxBytes) problems.push(`${bytes} bytes; het maximum is ${SITEMAP_LIMITS.maxBytes}`);
}

/** Problems in a DiWoo sitemap index (empty when it follows the rules). */
export function validateSitemapIndex(fileName: string, xml: string): string[] {
	const problems: string[] = [];
	if (!SITEMAP_INDEX_NAME.test(fileName)) problems.push(`de bestandsnaam ${fileName} volgt niet de vorm sitemapindex-diwoo-infocatNNN.xml`);
	else if (!INFORMATION_CATEGORIES.some((c) => `sitemapindex-diwoo-infocat${c.number}.xml` === fileName)) problems.push(`${fileName}: geen bekend nummer van een informatiecategorie`);
	const root = parse(xml, problems);
	if (!root) return problems;
	if (root.namespaceURI !== SITEMAP_NAMESPACE || root.localName !== 'sitemapindex') problems.push(`het hoofdelement is niet sitemapindex in ${SITEMAP_NAMESPACE}`);
	const sitemaps = children(root, SITEMAP_NAMESPACE, 'sitemap');
	if (sitemaps.length === 0) problems.push('de index noemt geen enkele sitemap');
	checkSize(xml, sitemaps.length, problems);
	sitemaps.forEach((sitemap, index) => {
		const loc = text(children(sitemap, SITEMAP_NAMESPACE, 'loc')[0]);
		if (!isAbsoluteUrl(loc)) problems.push(`sitemap ${index + 1}: loc "${loc}" is geen volledig webadres`);
		const lastmod = children(sitemap, SITEMAP_NAMESPACE, 'lastmod')[0];
		if (lastmod && !isW3cDatetime(text(lastmod))) problems.push(`sitemap ${index + 1}: lastmod "${text(lastmod)}" is geen datum`);
	});
	return problems;
}

/** The `loc` of every sitemap an index lists. */
export function sitemapLocs(xml: string): string[] {
	const root = parse(xml, []);
	return root ? children(root, SITEMAP_NAMESPACE, 'sitemap').map((s) => text(children(s, SITEMAP_NAMESPACE, 'loc')[0])) : [];
}

function checkValue(element: Element | undefined, allowed: readonly { uri: string }[], what: string, where: string, problems: string[]): void {
	if (!element) {
		problems.push(`${where}: ${what} ontbreekt`);
		return;
	}
	const resource = element.getAttribute('resource') ?? '';
	if (!allowed.some((v) => v.uri === resource)) problems.push(`${where}: ${what} heeft resource "${resource}", geen waarde uit de lijst`);
	if (!text(element)) problems.push(`${where}: ${what} heeft geen label`);
}

function checkDiWoo(diwoo: Element, where: string, problems: string[]): void {
	const d = (parent: Element, name: string) => children(parent, DIWOO_NAMESPACE, name);
	const counts = new Map<string, number>();
	for (const child of allElementChildren(diwoo)) {
		if (child.namespaceURI !== DIWOO_NAMESPACE || !DIWOO_CHILDREN.has(child.localName ?? '')) problems.push(`${where}: onbekend element ${child.nodeName} in diwoo:DiWoo`);
		counts.set(child.localName ?? '', (counts.get(child.localName ?? '') ?? 0) + 1);
	}
	for (const [name, count] of counts) if (count > 1) problems.push(`${where}: diwoo:${name} staat er ${count} keer`);

	const publisher = d(diwoo, 'publisher')[0];
	if (!publisher) problems.push(`${where}: diwoo:publisher ontbreekt`);
	else {
		if (!isTooiOrganisationUri(publisher.getAttribute('resource') ?? '')) problems.push(`${where}: diwoo:publisher heeft geen TOOI-organisatie als resource`);
		if (!text(publisher)) problems.push(`${where}: diwoo:publisher heeft geen naam`);
	}
	const responsible = d(diwoo, 'verantwoordelijke')[0];
	if (responsible && !isTooiOrganisationUri(responsible.getAttribute('resource') ?? '')) problems.push(`${where}: diwoo:verantwoordelijke heeft geen TOOI-organisatie als resource`);

	const titles = d(diwoo, 'titelcollectie')[0];
	if (!titles) problems.push(`${where}: diwoo:titelcollectie ontbreekt`);
	else if (!text(d(titles, 'officieleTitel')[0])) problems.push(`${where}: diwoo:officieleTitel ontbreekt of is leeg`);

	const classification = d(diwoo, 'classificatiecollectie')[0];
	if (!classification) problems.push(`${where}: diwoo:classificatiecollectie ontbreekt`);
	else {
		const categories = d(classification, 'informatiecategorieen')[0];
		const list = categories ? d(categories, 'informatiecategorie') : [];
		if (list.length === 0) problems.push(`${where}: diwoo:informatiecategorie ontbreekt`);
		list.forEach((c) => checkValue(c, INFORMATION_CATEGORIES, 'diwoo:informatiecategorie', where, problems));
		const types = d(classification, 'documentsoorten')[0];
		if (types) {
			const list = d(types, 'documentsoort');
			if (list.length === 0) problems.push(`${where}: diwoo:documentsoorten is leeg`);
			list.forEach((t) => checkValue(t, Object.values(DOCUMENT_TYPES), 'diwoo:documentsoort', where, problems));
		}
	}

	const created = d(diwoo, 'creatiedatum')[0];
	if (!created) problems.push(`${where}: diwoo:creatiedatum ontbreekt`);
	else if (!isXsDate(text(created))) problems.push(`${where}: diwoo:creatiedatum "${text(created)}" is geen xs:date`);

	const language = d(diwoo, 'language')[0];
	if (language) checkValue(language, [LANGUAGE_DUTCH], 'diwoo:language', where, problems);
	const format = d(diwoo, 'format')[0];
	if (format) checkValue(format, Object.values(FILE_FORMATS), 'diwoo:format', where, problems);

	const actions = d(diwoo, 'documenthandelingen')[0];
	const actionList = actions ? d(actions, 'documenthandeling') : [];
	if (actionList.length === 0) problems.push(`${where}: diwoo:documenthandeling ontbreekt`);
	actionList.forEach((action) => {
		checkValue(d(action, 'soortHandeling')[0], Object.values(DOCUMENT_ACTIONS), 'diwoo:soortHandeling', where, problems);
		const at = d(action, 'atTime')[0];
		if (!at) problems.push(`${where}: diwoo:atTime ontbreekt`);
		else if (!isXsDateTime(text(at))) problems.push(`${where}: diwoo:atTime "${text(at)}" is geen xs:dateTime`);
	});

	const relations = d(diwoo, 'documentrelaties')[0];
	if (relations) {
		for (const relation of d(relations, 'documentrelatie')) {
			checkValue(d(relation, 'role')[0], Object.values(DOCUMENT_RELATIONS), 'diwoo:role', where, problems);
			const target = d(relation, 'relation')[0];
			if (!target || !isAbsoluteUrl(target.getAttribute('resource') ?? '')) problems.push(`${where}: diwoo:relation zonder volledig webadres`);
		}
	}
}

/** Problems in a sitemap with DiWoo metadata (empty when it follows the rules). */
export function validateDiwooSitemap(xml: string): string[] {
	const problems: string[] = [];
	const root = parse(xml, problems);
	if (!root) return problems;
	if (root.namespaceURI !== SITEMAP_NAMESPACE || root.localName !== 'urlset') problems.push(`het hoofdelement is niet urlset in ${SITEMAP_NAMESPACE}`);
	const urls = children(root, SITEMAP_NAMESPACE, 'url');
	if (urls.length === 0) problems.push('de sitemap heeft geen enkel adres');
	checkSize(xml, urls.length, problems);
	const seen = new Set<string>();
	urls.forEach((url, index) => {
		const loc = text(children(url, SITEMAP_NAMESPACE, 'loc')[0]);
		const where = `adres ${index + 1} (${loc || 'zonder loc'})`;
		if (!isAbsoluteUrl(loc)) problems.push(`${where}: loc is geen volledig webadres`);
		if (seen.has(loc)) problems.push(`${where}: dit adres staat er twee keer in`);
		seen.add(loc);
		const lastmod = children(url, SITEMAP_NAMESPACE, 'lastmod')[0];
		if (!lastmod) problems.push(`${where}: lastmod ontbreekt`);
		else if (!isW3cDatetime(text(lastmod))) problems.push(`${where}: lastmod "${text(lastmod)}" is geen datum`);
		const documents = children(url, DIWOO_NAMESPACE, 'Document');
		if (documents.length !== 1) {
			problems.push(`${where}: er hoort precies één diwoo:Document (namespace ${DIWOO_NAMESPACE}) in te staan`);
			return;
		}
		const diwoo = children(documents[0]!, DIWOO_NAMESPACE, 'DiWoo');
		if (diwoo.length !== 1) problems.push(`${where}: diwoo:Document bevat geen diwoo:DiWoo`);
		else checkDiWoo(diwoo[0]!, where, problems);
	});
	return problems;
}

/** Problems in robots.txt: every sitemap index must be named on a Sitemap: line with its full address. */
export function validateRobots(robots: string, indexUrls: readonly string[]): string[] {
	const named = new Set(
		robots
			.split('\n')
			.map((line) => /^Sitemap:\s*(\S+)\s*$/i.exec(line)?.[1])
			.filter((u): u is string => !!u),
	);
	return indexUrls.filter((u) => !named.has(u)).map((u) => `robots.txt noemt de sitemapindex ${u} niet`);
}
