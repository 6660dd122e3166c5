/**
 * The DiWoo sitemaps as files: per information category a sitemap index named
 * sitemapindex-diwoo-infocatNNN.xml (the only name the national harvester reads), the sitemaps
 * it lists (at most 50,000 addresses and 50 MB each, split when larger), and robots.txt naming
 * every index. Output depends only on the entries, so two builds give the same bytes.
 */
import { escapeXml } from '../feeds.ts';
import { xsDate, xsDateTime } from './dates.ts';
import type { WooEntry } from './entries.ts';
import { DIWOO_NAMESPACE, LANGUAGE_DUTCH, SITEMAP_NAMESPACE, type InformationCategory, type TooiValue } from './tooi.ts';

/** The limits of the sitemap protocol, for one sitemap and one sitemap index alike. */
export const SITEMAP_LIMITS = { maxUrls: 50_000, maxBytes: 50 * 1024 * 1024 } as const;

/** sitemapindex-diwoo-infocat010.xml */
export function sitemapIndexFileName(category: Pick<InformationCategory, 'number'>): string {
	return `sitemapindex-diwoo-infocat${category.number}.xml`;
}

/** sitemap-diwoo-infocat010-1.xml: the first sitemap of that index. */
export function sitemapFileName(category: Pick<InformationCategory, 'number'>, part: number): string {
	return `sitemap-diwoo-infocat${category.number}-${part}.xml`;
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

function valueElement(name: string, value: TooiValue, indent: string): string {
	return `${indent}<diwoo:${name} resource="${escapeXml(value.uri)}">${escapeXml(value.label)}</diwoo:${name}>`;
}

function textElement(name: string, text: string, indent: string): string {
	return `${indent}<diwoo:${name}>${escapeXml(text)}</diwoo:${name}>`;
}

/**
 * One `<url>` with its DiWoo metadata. Elements follow the order in which the XSD declares
 * them, which is valid both where the schema allows any order (0.9.8) and where it asks for a
 * sequence.
 */
export function renderUrl(entry: WooEntry, publisher: TooiValue): string {
	const i = (n: number) => '  '.repeat(n);
	const lines = [
		`${i(1)}<url>`,
		`${i(2)}<loc>${escapeXml(entry.loc)}</loc>`,
		`${i(2)}<lastmod>${xsDate(entry.lastmod)}</lastmod>`,
		`${i(2)}<diwoo:Document>`,
		`${i(3)}<diwoo:DiWoo>`,
		valueElement('publisher', publisher, i(4)),
	];
	if (entry.responsible) lines.push(valueElement('verantwoordelijke', entry.responsible, i(4)));
	if (entry.authorName) lines.push(textElement('naamOpsteller', entry.authorName, i(4)));
	lines.push(`${i(4)}<diwoo:titelcollectie>`, textElement('officieleTitel', entry.title, i(5)), `${i(4)}</diwoo:titelcollectie>`);
	if (entry.description) lines.push(`${i(4)}<diwoo:omschrijvingen>`, textElement('omschrijving', entry.description, i(5)), `${i(4)}</diwoo:omschrijvingen>`);
	lines.push(
		`${i(4)}<diwoo:classificatiecollectie>`,
		`${i(5)}<diwoo:informatiecategorieen>`,
		valueElement('informatiecategorie', entry.category, i(6)),
		`${i(5)}</diwoo:informatiecategorieen>`,
		`${i(5)}<diwoo:documentsoorten>`,
		valueElement('documentsoort', entry.documentType, i(6)),
		`${i(5)}</diwoo:documentsoorten>`,
	);
	if (entry.keywords.length > 0) lines.push(`${i(5)}<diwoo:trefwoorden>`, ...entry.keywords.map((k) => textElement('trefwoord', k, i(6))), `${i(5)}</diwoo:trefwoorden>`);
	lines.push(
		`${i(4)}</diwoo:classificatiecollectie>`,
		textElement('creatiedatum', xsDate(entry.creationDate), i(4)),
		valueElement('language', LANGUAGE_DUTCH, i(4)),
		valueElement('format', entry.format, i(4)),
		`${i(4)}<diwoo:documenthandelingen>`,
		...entry.actions.flatMap((a) => [`${i(5)}<diwoo:documenthandeling>`, valueElement('soortHandeling', a.action, i(6)), textElement('atTime', xsDateTime(a.at), i(6)), `${i(5)}</diwoo:documenthandeling>`]),
		`${i(4)}</diwoo:documenthandelingen>`,
	);
	if (entry.relations.length > 0) {
		lines.push(
			`${i(4)}<diwoo:documentrelaties>`,
			...entry.relations.flatMap((r) => [
				`${i(5)}<diwoo:documentrelatie>`,
				valueElement('role', r.role, i(6)),
				`${i(6)}<diwoo:relation resource="${escapeXml(r.resource)}">${escapeXml(r.label)}</diwoo:relation>`,
				`${i(5)}</diwoo:documentrelatie>`,
			]),
			`${i(4)}</diwoo:documentrelaties>`,
		);
	}
	lines.push(`${i(3)}</diwoo:DiWoo>`, `${i(2)}</diwoo:Document>`, `${i(1)}</url>`);
	return lines.join('\n');
}

const URLSET_OPEN = `${XML_DECLARATION}\n<urlset xmlns="${SITEMAP_NAMESPACE}" xmlns:diwoo="${DIWOO_NAMESPACE}">\n`;
const URLSET_CLOSE = '</urlset>\n';

/** A sitemap of already rendered `<url>` elements. */
export function renderUrlset(urls: readonly string[]): string {
	return `${URLSET_OPEN}${urls.map((u) => `${u}\n`).join('')}${URLSET_CLOSE}`;
}

/**
 * Splits rendered `<url>` elements into groups that each make a sitemap within the limits:
 * at most `maxUrls` addresses and `maxBytes` bytes (UTF-8), in the given order.
 */
export function splitIntoSitemaps(urls: readonly string[], limits: { maxUrls: number; maxBytes: number } = SITEMAP_LIMITS): string[][] {
	const frame = Buffer.byteLength(URLSET_OPEN + URLSET_CLOSE, 'utf8');
	const groups: string[][] = [];
	let current: string[] = [];
	let bytes = frame;
	for (const url of urls) {
		const size = Buffer.byteLength(url, 'utf8') + 1;
		if (frame + size > limits.maxBytes) throw new Error(`Eén adres in de sitemap is groter dan ${limits.maxBytes} bytes.`);
		if (current.length > 0 && (current.length >= limits.maxUrls || bytes + size > limits.maxBytes)) {
			groups.push(current);
			current = [];
			bytes = frame;
		}
		current.push(url);
		bytes += size;
	}
	if (current.length > 0) groups.push(current);
	return groups;
}

/** A sitemap index listing sitemaps, each with the latest lastmod of its entries. */
export function renderSitemapIndex(sitemaps: readonly { loc: string; lastmod: Date }[]): string {
	const body = sitemaps.map((s) => `  <sitemap>\n    <loc>${escapeXml(s.loc)}</loc>\n    <lastmod>${xsDate(s.lastmod)}</lastmod>\n  </sitemap>\n`).join('');
	return `${XML_DECLARATION}\n<sitemapindex xmlns="${SITEMAP_NAMESPACE}">\n${body}</sitemapindex>\n`;
}

/** Every file of the DiWoo output, by file name at the site root. */
export interface WooFiles {
	/** File name → XML text. */
	files: Map<string, string>;
	/** The sitemap index file names, in category order (what robots.txt names). */
	indexes: string[];
}

/**
 * The sitemap indexes and sitemaps for all entries: one index per information category that
 * has entries, each listing its sitemaps.
 */
export function buildWooFiles(entries: readonly WooEntry[], publisher: TooiValue, baseUrl: string, limits: { maxUrls: number; maxBytes: number } = SITEMAP_LIMITS): WooFiles {
	const files = new Map<string, string>();
	const indexes: string[] = [];
	const byCategory = Map.groupBy(entries, (e) => e.category.number);
	for (const number of [...byCategory.keys()].sort()) {
		const list = byCategory.get(number)!;
		const category = list[0]!.category;
		const rendered = list.map((entry) => ({ entry, xml: renderUrl(entry, publisher) }));
		const groups = splitIntoSitemaps(
			rendered.map((r) => r.xml),
			limits,
		);
		if (groups.length > limits.maxUrls) throw new Error(`Meer dan ${limits.maxUrls} sitemaps in één index.`);
		let offset = 0;
		const listed = groups.map((group, index) => {
			const name = sitemapFileName(category, index + 1);
			files.set(name, renderUrlset(group));
			const members = rendered.slice(offset, offset + group.length);
			offset += group.length;
			const lastmod = members.reduce((latest, m) => (m.entry.lastmod > latest ? m.entry.lastmod : latest), members[0]!.entry.lastmod);
			return { loc: new URL(`/${name}`, baseUrl).href, lastmod };
		});
		const indexName = sitemapIndexFileName(category);
		files.set(indexName, renderSitemapIndex(listed));
		indexes.push(indexName);
	}
	return { files, indexes };
}

/**
 * robots.txt: everything may be read, and every sitemap index is named with its absolute
 * address. A fictional archive asks not to be indexed at all.
 */
export function renderRobots(baseUrl: string, sitemaps: readonly string[], fictional: boolean): string {
	const lines = fictional
		? ['# Voorbeeldarchief met verzonnen inhoud: niet opnemen in zoekmachines of de Woo-index.', 'User-agent: *', 'Disallow: /']
		: ['User-agent: *', 'Allow: /'];
	lines.push('', ...sitemaps.map((name) => `Sitemap: ${new URL(`/${name}`, baseUrl).href}`));
	return `${lines.join('\n')}\n`;
}

/** Per sitemap index: its file, its category, and how many documents of each kind it lists. */
export interface IndexSummary {
	file: string;
	category: InformationCategory;
	counts: Partial<Record<WooEntry['kind'], number>>;
	total: number;
}

/** What each DiWoo sitemap index holds, in file order (for the Open data page). */
export function summarizeIndexes(entries: readonly WooEntry[]): IndexSummary[] {
	const byCategory = Map.groupBy(entries, (e) => e.category.number);
	return [...byCategory.keys()].sort().map((number) => {
		const list = byCategory.get(number)!;
		const counts: IndexSummary['counts'] = {};
		for (const entry of list) counts[entry.kind] = (counts[entry.kind] ?? 0) + 1;
		return { file: sitemapIndexFileName(list[0]!.category), category: list[0]!.category, counts, total: list.length };
	});
}

const KIND_NAMES: Record<WooEntry['kind'], [one: string, many: string]> = {
	advies: ['advies', 'adviezen'],
	bronbrief: ['brief zoals ontvangen', 'brieven zoals ontvangen'],
	dvo: ['DVO-versie', 'DVO-versies'],
	reactie: ['reactie van het college', 'reacties van het college'],
};

/** "1 advies, 1 brief zoals ontvangen": what an index holds, in words. */
export function describeCounts(counts: IndexSummary['counts']): string {
	return (Object.keys(KIND_NAMES) as WooEntry['kind'][])
		.filter((kind) => counts[kind])
		.map((kind) => `${counts[kind]} ${KIND_NAMES[kind][counts[kind] === 1 ? 0 : 1]}`)
		.join(', ');
}
