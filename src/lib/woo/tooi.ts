/**
 * The values the DiWoo metadata standard takes from TOOI value lists, as far as this archive
 * uses them: the Woo information categories (with the number their sitemap index file carries),
 * document types, document actions, document relations, language and file format.
 *
 * Source: the value lists included in the DiWoo metadata XSD 0.9.8
 * (diwoo-metadata-lijsten.xsd, lists scw_woo_informatiecategorieen, ccw_plooi_documentsoorten,
 * ccw_plooi_documenthandelingen, scw_documentrelatie, scw_talen, ccw_plooi_filetypes). One place,
 * so the settings check, the sitemaps and the tests agree on every URI and label.
 */

export const DIWOO_NAMESPACE = 'https://standaarden.overheid.nl/diwoo/metadata/';
export const SITEMAP_NAMESPACE = 'http://www.sitemaps.org/schemas/sitemap/0.9';

const KERN = 'https://identifier.overheid.nl/tooi/def/thes/kern/';

/** A value from a TOOI list: its URI (the `resource` attribute) and its label (the element text). */
export interface TooiValue {
	uri: string;
	label: string;
}

export interface InformationCategory extends TooiValue {
	/** The short name an editor writes in instellingen.yaml. */
	key: string;
	/**
	 * The three-digit number in the sitemap index file name, sitemapindex-diwoo-infocatNNN.xml:
	 * the order of the categories in article 3.3 of the Woo (001 to 017), and 018 for the
	 * best-effort duty of article 3.1 (see the README, "Woo-index").
	 */
	number: string;
}

/** The 18 members of the TOOI list scw_woo_informatiecategorieen, in file-number order. */
export const INFORMATION_CATEGORIES: readonly InformationCategory[] = [
	{ key: 'wetten', number: '001', uri: `${KERN}c_139c6280`, label: 'wetten en algemeen verbindende voorschriften' },
	{ key: 'overige-besluiten', number: '002', uri: `${KERN}c_aab6bfc7`, label: 'overige besluiten van algemene strekking' },
	{ key: 'ontwerpen-regelgeving', number: '003', uri: `${KERN}c_759721e2`, label: 'ontwerpen van wet- en regelgeving met adviesaanvraag' },
	{ key: 'organisatie-en-werkwijze', number: '004', uri: `${KERN}c_40a05794`, label: 'organisatie en werkwijze' },
	{ key: 'bereikbaarheidsgegevens', number: '005', uri: `${KERN}c_89ee6784`, label: 'bereikbaarheidsgegevens' },
	{ key: 'ingekomen-stukken', number: '006', uri: `${KERN}c_8c840238`, label: 'bij vertegenwoordigende organen ingekomen stukken' },
	{ key: 'vergaderstukken-staten-generaal', number: '007', uri: `${KERN}c_c76862ab`, label: 'vergaderstukken Staten-Generaal' },
	{ key: 'vergaderstukken-decentrale-overheden', number: '008', uri: `${KERN}c_db4862c3`, label: 'vergaderstukken decentrale overheden' },
	{ key: 'agendas-en-besluitenlijsten', number: '009', uri: `${KERN}c_3a248e3a`, label: 'agenda’s en besluitenlijsten bestuurscolleges' },
	{ key: 'adviezen', number: '010', uri: `${KERN}c_99a836c7`, label: 'adviezen' },
	{ key: 'convenanten', number: '011', uri: `${KERN}c_8fc2335c`, label: 'convenanten' },
	{ key: 'jaarplannen-en-jaarverslagen', number: '012', uri: `${KERN}c_c6cd1213`, label: 'jaarplannen en jaarverslagen' },
	{ key: 'subsidieverplichtingen', number: '013', uri: `${KERN}c_cf268088`, label: 'subsidieverplichtingen anders dan met beschikking' },
	{ key: 'woo-verzoeken', number: '014', uri: `${KERN}c_3baef532`, label: 'Woo-verzoeken en -besluiten' },
	{ key: 'onderzoeksrapporten', number: '015', uri: `${KERN}c_fdaee95e`, label: 'onderzoeksrapporten' },
	{ key: 'beschikkingen', number: '016', uri: `${KERN}c_46a81018`, label: 'beschikkingen' },
	{ key: 'klachtoordelen', number: '017', uri: `${KERN}c_a870c43d`, label: 'klachtoordelen' },
	{ key: 'inspanningsverplichting', number: '018', uri: `${KERN}c_816e508d`, label: 'inspanningsverplichting art 3.1 Woo' },
];

/** The category an editor named, by its short name or by its TOOI URI; undefined when it is not in the list. */
export function findCategory(value: string): InformationCategory | undefined {
	const wanted = value.trim();
	return INFORMATION_CATEGORIES.find((c) => c.key === wanted || c.uri === wanted);
}

/** Document types (ccw_plooi_documentsoorten) this archive publishes. */
export const DOCUMENT_TYPES = {
	advies: { uri: `${KERN}c_d506b718`, label: 'advies' },
	adviesaanvraag: { uri: `${KERN}c_a40458df`, label: 'adviesaanvraag' },
	convenant: { uri: `${KERN}c_386e74cb`, label: 'convenant' },
	brief: { uri: `${KERN}c_7652d853`, label: 'brief' },
} as const satisfies Record<string, TooiValue>;

/** Document actions (ccw_plooi_documenthandelingen): the whole list. */
export const DOCUMENT_ACTIONS = {
	ontvangst: { uri: `${KERN}c_dfcee535`, label: 'ontvangst' },
	vaststelling: { uri: `${KERN}c_641ecd76`, label: 'vaststelling' },
	ondertekening: { uri: `${KERN}c_e1ec050e`, label: 'ondertekening' },
} as const satisfies Record<string, TooiValue>;

/** Document relations (scw_documentrelatie): the whole list. */
export const DOCUMENT_RELATIONS = {
	heeftBijlage: { uri: `${KERN}c_05f4a5f3`, label: 'heeft bijlage' },
	isReactieOp: { uri: `${KERN}c_07748060`, label: 'is reactie op' },
	isUitwerkingVan: { uri: `${KERN}c_24ddfb9b`, label: 'is uitwerking van' },
	verwijstNaar: { uri: `${KERN}c_75fac459`, label: 'verwijst naar' },
} as const satisfies Record<string, TooiValue>;

/** Dutch (scw_talen). */
export const LANGUAGE_DUTCH: TooiValue = { uri: 'http://publications.europa.eu/resource/authority/language/NLD', label: 'Nederlands' };

/** File formats (ccw_plooi_filetypes) of the pages this archive lists. */
export const FILE_FORMATS = {
	HTML: { uri: 'http://publications.europa.eu/resource/authority/file-type/HTML', label: 'HTML' },
	TXT: { uri: 'http://publications.europa.eu/resource/authority/file-type/TXT', label: 'Plain text' },
} as const satisfies Record<string, TooiValue>;

/**
 * The organisation registers of TOOI and the prefix of their codes: a municipality is
 * https://identifier.overheid.nl/tooi/id/gemeente/gm0252. Only the form is checked here; whether
 * the code exists is known to the register of government organisations, where the address of
 * the site is registered.
 */
const ORGANISATION_REGISTERS: Record<string, string> = {
	gemeente: 'gm',
	provincie: 'pv',
	waterschap: 'ws',
	ministerie: 'mnre',
	oorg: 'oorg',
	zbo: 'zb',
	col: 'col',
	so: 'so',
};

/** True when `uri` has the form of a TOOI organisation identifier. */
export function isTooiOrganisationUri(uri: string): boolean {
	const match = /^https:\/\/identifier\.overheid\.nl\/tooi\/id\/([a-z]+)\/([a-z]+)(\d+)$/.exec(uri);
	return !!match && ORGANISATION_REGISTERS[match[1]!] === match[2];
}

/** Example shown in error messages. */
export const EXAMPLE_PUBLISHER = 'https://identifier.overheid.nl/tooi/id/gemeente/gm0252';
