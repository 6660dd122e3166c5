/**
 * The content check's rules for publication in the Woo-index: the publisher is a TOOI
 * organisation, each category is one from the list, the site's address can be harvested, and
 * every document that goes into a DiWoo sitemap has a creation date. Pure; returns problems in
 * the content check's format, with file, line, field and fix.
 */
import type { AdviceData } from '../../schemas/advice.ts';
import type { DvoData } from '../../schemas/dvo.ts';
import type { SiteSettings } from '../../schemas/settings.ts';
import { findFieldLine, splitDocument } from '../content/frontmatter.ts';
import type { ContentProblem } from '../content/problems.ts';
import type { RawArchive } from '../content/read-archive.ts';
import { lockKey, parseLock } from '../editorial/lock.ts';
import { adviceCreationDate } from './dates.ts';
import { DOCUMENT_KINDS } from './entries.ts';
import { EXAMPLE_PUBLISHER, INFORMATION_CATEGORIES, findCategory, isTooiOrganisationUri } from './tooi.ts';

interface DocumentForCheck<T> {
	id: string;
	displayPath: string;
	data: T;
}

const CATEGORY_CHOICES = INFORMATION_CATEGORIES.map((c) => c.key).join(', ');

function frontmatterLine(source: string | undefined, path: readonly PropertyKey[]): number | undefined {
	if (source === undefined) return undefined;
	const split = splitDocument(source);
	const line = findFieldLine(split.frontmatter, path) ?? findFieldLine(split.frontmatter, path.slice(0, 1));
	return line === undefined ? undefined : line + split.frontmatterStartLine - 1;
}

/** Problems with the Woo settings in instellingen.yaml. */
export function wooSettingsProblems(settings: Pick<SiteSettings, 'baseUrl' | 'woo' | 'fictional'>, file: { displayPath: string; source: string }): ContentProblem[] {
	const woo = settings.woo;
	if (!woo) return [];
	const problems: ContentProblem[] = [];
	const line = (path: readonly PropertyKey[]) => findFieldLine(file.source, path) ?? findFieldLine(file.source, ['woo']);
	if (!isTooiOrganisationUri(woo.publisher.trim())) {
		problems.push({
			severity: 'error',
			file: file.displayPath,
			line: line(['woo', 'publisher']),
			field: 'woo → publisher',
			message: `"${woo.publisher}" is geen TOOI-identificatie van een overheidsorganisatie`,
			fix: `schrijf het adres van de organisatie die publiceert zoals TOOI het geeft, bijvoorbeeld ${EXAMPLE_PUBLISHER} (gemeente Heumen); de code staat in het Register van overheidsorganisaties`,
		});
	}
	for (const kind of DOCUMENT_KINDS) {
		const value = woo.categories[kind];
		if (!findCategory(value)) {
			problems.push({
				severity: 'error',
				file: file.displayPath,
				line: line(['woo', 'categories', kind]),
				field: `woo → categories → ${kind}`,
				message: `"${value}" is geen informatiecategorie van de Woo`,
				fix: `kies uit: ${CATEGORY_CHOICES} (of schrijf de TOOI-URI van de categorie)`,
			});
		}
	}
	const base = new URL(settings.baseUrl);
	if (base.pathname !== '/' || base.search || base.hash) {
		problems.push({
			severity: 'error',
			file: file.displayPath,
			line: findFieldLine(file.source, ['baseUrl']),
			field: 'baseUrl',
			message: `de site staat op "${settings.baseUrl}", niet in de hoofdmap van een (sub)domein; de Woo-index zoekt robots.txt alleen in de hoofdmap`,
			fix: `publiceer de site op een eigen (sub)domein en schrijf alleen dat adres, bijvoorbeeld ${base.origin}`,
		});
	} else if (base.protocol !== 'https:' && !settings.fictional && !['localhost', '127.0.0.1', '[::1]'].includes(base.hostname)) {
		problems.push({
			severity: 'warning',
			file: file.displayPath,
			line: findFieldLine(file.source, ['baseUrl']),
			field: 'baseUrl',
			message: `"${settings.baseUrl}" is geen https-adres; de Woo-index haalt alleen documenten op https-adressen op`,
			fix: 'schrijf vóór het publiceren het echte adres van de site, dat met https:// begint',
		});
	}
	return problems;
}

/**
 * Problems with the documents that go into a DiWoo sitemap: a creation date must be known. For a
 * published document (one in the lock) a missing date is an error that stops the build; a new
 * document, not yet locked, gets a warning, so an imported letter can be looked at before its
 * dates are filled in. Until it has a date it is not in the DiWoo sitemaps.
 */
export function wooDocumentProblems(
	advice: readonly DocumentForCheck<Pick<AdviceData, 'dates'>>[],
	dvo: readonly DocumentForCheck<Pick<DvoData, 'fullText' | 'versionDate'>>[],
	sources: ReadonlyMap<string, string>,
	published: ReadonlySet<string> = new Set(),
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const severity = (kind: 'advice' | 'dvo', id: string) => (published.has(lockKey({ kind, id })) ? ('error' as const) : ('warning' as const));
	for (const item of advice) {
		if (adviceCreationDate(item.data.dates)) continue;
		problems.push({
			severity: severity('advice', item.id),
			file: item.displayPath,
			line: frontmatterLine(sources.get(item.displayPath), ['dates']),
			field: 'dates',
			message: 'de Woo-index heeft een datum van het advies nodig (creatiedatum), en dit advies heeft geen datum van de brief en geen vergaderdatum',
			fix: 'schrijf onder dates: de datum van de brief (letter: JJJJ-MM-DD); heeft de brief geen datum, schrijf dan de datum van de vergadering waarin de raad het advies besprak (meeting: JJJJ-MM-DD)',
		});
	}
	for (const version of dvo) {
		if (!version.data.fullText || version.data.versionDate) continue;
		problems.push({
			severity: severity('dvo', version.id),
			file: version.displayPath,
			line: frontmatterLine(sources.get(version.displayPath), ['fullText']),
			field: 'versionDate',
			message: 'de tekst van deze DVO-versie staat in het archief, maar de datum van de versie ontbreekt; de Woo-index heeft die nodig (creatiedatum)',
			fix: 'voeg "versionDate: JJJJ-MM-DD" toe met de datum van deze versie; staat de tekst van de versie niet in het archief, zet dan fullText: false',
		});
	}
	return problems;
}

/**
 * All Woo problems of an archive; the content check calls this with what it has already read
 * and parsed. Without Woo settings there is nothing to publish in the Woo-index and nothing to check.
 */
export function checkWoo(
	archive: Pick<RawArchive, 'settings' | 'documents' | 'lock'>,
	settings: SiteSettings | undefined,
	advice: readonly DocumentForCheck<AdviceData>[],
	dvo: readonly DocumentForCheck<DvoData>[],
): ContentProblem[] {
	if (!settings?.woo || !archive.settings) return [];
	const sources = new Map(archive.documents.map((d) => [d.displayPath, d.source]));
	// The lock says which documents are published; its own problems are reported by the lock check.
	const lock = archive.lock ? parseLock(archive.lock.source) : undefined;
	const published = new Set(lock?.ok ? Object.keys(lock.lock.documents) : []);
	return [...wooSettingsProblems(settings, archive.settings), ...wooDocumentProblems(advice, dvo, sources, published)];
}
