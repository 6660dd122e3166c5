/**
 * The content check: schemas, cross-references and the things YAML lets slip through.
 * Used by the build (it stops on errors) and by `npm run check`; both give the same answer.
 */
import type { z } from 'zod';
import { adviceSchema, type AdviceData } from '../../schemas/advice.ts';
import { dvoSchema, type DvoData } from '../../schemas/dvo.ts';
import { glossarySchema } from '../../schemas/glossary.ts';
import { settingsSchema, type SiteSettings } from '../../schemas/settings.ts';
import { periodSlug } from './archive-layout.ts';
import { findFieldLine, parseYaml, splitDocument } from './frontmatter.ts';
import { checkFollowUp, type CheckedResponse } from './check-follow-up.ts';
import { headingIds } from './heading-ids.ts';
import { findMdxSyntaxError } from './mdx-syntax.ts';
import { editorialProblems } from '../editorial/editorial-checks.ts';
import { checkWoo } from '../woo/check.ts';
import { formatFieldPath, isMissingField, type ContentProblem } from './problems.ts';
import type { ArchiveDocument, RawArchive } from './read-archive.ts';

export interface CheckedDocument<T> {
	id: string;
	displayPath: string;
	data: T;
	body: string;
	bodyStartLine: number;
}

export interface CheckedArchive {
	problems: ContentProblem[];
	advice: CheckedDocument<AdviceData>[];
	dvo: CheckedDocument<DvoData>[];
	settings?: SiteSettings;
	/** The college's response documents that passed the check. */
	responses?: CheckedResponse[];
}

export interface CheckOptions {
	/** Parse every MDX body to find syntax errors (default true). */
	mdxSyntax?: boolean;
	/** The date used in the lock's erratum example (default: now). */
	today?: Date;
	/** The address the site is built for when it is not baseUrl (SITE_URL, or Astro's `site` in the build). */
	siteUrl?: string;
}

/** Zod's issues as content problems, with the line of the field in the file. */
function schemaProblems(error: z.ZodError, data: unknown, displayPath: string, yamlText: string, yamlStartLine: number): ContentProblem[] {
	return error.issues.map((issue) => {
		const line = findFieldLine(yamlText, issue.path);
		const missing = isMissingField(issue, data);
		const choices = /kies uit: .*/.exec(issue.message)?.[0];
		return {
			severity: 'error' as const,
			file: displayPath,
			line: line === undefined ? undefined : line + yamlStartLine - 1,
			field: formatFieldPath(issue.path),
			message: missing ? 'dit verplichte veld ontbreekt' : issue.message,
			fix: missing ? `voeg "${String(issue.path.at(-1))}:" toe aan de gegevens bovenaan het bestand${choices ? `; ${choices}` : ''}` : undefined,
		};
	});
}

/**
 * "81.000" in YAML is the number 81, not 81000. A Dutch editor writes thousands with a dot,
 * so such a value is an error rather than a silently wrong amount.
 */
function thousandSeparatorProblems(yamlText: string, displayPath: string, yamlStartLine: number): ContentProblem[] {
	const problems: ContentProblem[] = [];
	yamlText.split('\n').forEach((line, index) => {
		const match = /^\s*(?:- )?(amount|total)\s*:\s*(\d{1,3}(?:\.\d{3})+)\s*(?:#.*)?$/.exec(line);
		if (match) {
			problems.push({
				severity: 'error',
				file: displayPath,
				line: index + yamlStartLine,
				field: match[1],
				message: `"${match[2]}" wordt gelezen als ${Number(match[2])} euro, niet als ${match[2]!.replace(/\./g, '')}`,
				fix: `schrijf het bedrag zonder punt: ${match[2]!.replace(/\./g, '')}`,
			});
		}
	});
	return problems;
}

function parseDocument<T>(
	doc: ArchiveDocument,
	schema: z.ZodType<T>,
	problems: ContentProblem[],
	options: CheckOptions,
): CheckedDocument<T> | undefined {
	const split = splitDocument(doc.source);
	if (!split.hasFrontmatter) {
		problems.push({
			severity: 'error',
			file: doc.displayPath,
			line: 1,
			message: 'het bestand begint niet met gegevens tussen twee regels met ---',
			fix: 'zet bovenaan het bestand een regel ---, daaronder de gegevens (title: …), en daarna weer een regel ---',
		});
		return undefined;
	}
	if (options.mdxSyntax !== false) {
		const mdxError = findMdxSyntaxError(split.body);
		if (mdxError) {
			problems.push({
				severity: 'error',
				file: doc.displayPath,
				line: mdxError.line === undefined ? undefined : mdxError.line + split.bodyStartLine - 1,
				field: 'tekst',
				message: `de tekst kan niet gelezen worden (MDX): ${mdxError.message}`,
				fix: 'tekens als { } < en > hebben in MDX een speciale betekenis; zet er een backslash voor (\\{ of \\<), of gebruik npm run import om de brief in te lezen',
			});
		}
	}
	const yamlResult = parseYaml(split.frontmatter);
	if (!yamlResult.ok) {
		problems.push({
			severity: 'error',
			file: doc.displayPath,
			line: yamlResult.line === undefined ? undefined : yamlResult.line + split.frontmatterStartLine - 1,
			message: `de gegevens bovenaan het bestand zijn geen geldige YAML: ${yamlResult.message}`,
			fix: 'controleer de inspringing (spaties, geen tabs) en zet tekst met een dubbele punt tussen aanhalingstekens',
		});
		return undefined;
	}
	const separatorProblems = thousandSeparatorProblems(split.frontmatter, doc.displayPath, split.frontmatterStartLine);
	problems.push(...separatorProblems);
	const result = schema.safeParse(yamlResult.data);
	if (!result.success) {
		problems.push(...schemaProblems(result.error, yamlResult.data, doc.displayPath, split.frontmatter, split.frontmatterStartLine));
		return undefined;
	}
	if (separatorProblems.length > 0) return undefined;
	return { id: doc.id, displayPath: doc.displayPath, data: result.data, body: split.body, bodyStartLine: split.bodyStartLine };
}

function lineOf(doc: CheckedDocument<unknown>, source: string, path: readonly PropertyKey[]): number | undefined {
	const split = splitDocument(source);
	const line = findFieldLine(split.frontmatter, path);
	return line === undefined ? undefined : line + split.frontmatterStartLine - 1;
}

/** Checks a whole archive: every document on its own, then the references between them. */
export function checkArchive(archive: RawArchive, options: CheckOptions = {}): CheckedArchive {
	const problems: ContentProblem[] = [];
	const advice: CheckedDocument<AdviceData>[] = [];
	const dvo: CheckedDocument<DvoData>[] = [];
	const sources = new Map(archive.documents.map((doc) => [doc.displayPath, doc.source]));

	let settings: SiteSettings | undefined;
	if (!archive.settings) {
		problems.push({ severity: 'error', file: `${archive.contentDir}/instellingen.yaml`, message: 'het bestand met de instellingen van de site ontbreekt', fix: 'maak instellingen.yaml aan; zie de README voor een voorbeeld' });
	} else {
		const parsed = parseYaml(archive.settings.source);
		if (!parsed.ok) {
			problems.push({ severity: 'error', file: archive.settings.displayPath, line: parsed.line, message: `geen geldige YAML: ${parsed.message}` });
		} else {
			const result = settingsSchema.safeParse(parsed.data);
			if (result.success) settings = result.data;
			else problems.push(...schemaProblems(result.error, parsed.data, archive.settings.displayPath, archive.settings.source, 1));
		}
	}
	if (archive.glossary) {
		const parsed = parseYaml(archive.glossary.source);
		if (!parsed.ok) problems.push({ severity: 'error', file: archive.glossary.displayPath, line: parsed.line, message: `geen geldige YAML: ${parsed.message}` });
		else {
			const result = glossarySchema.safeParse(parsed.data);
			if (!result.success) problems.push(...schemaProblems(result.error, parsed.data, archive.glossary.displayPath, archive.glossary.source, 1));
		}
	}

	for (const doc of archive.documents) {
		if (!/^[a-z0-9-]+(\/[a-z0-9-]+)?$/.test(doc.id)) {
			problems.push({
				severity: 'error',
				file: doc.displayPath,
				message: `de bestandsnaam "${doc.id}" wordt deel van het webadres en mag alleen kleine letters, cijfers en streepjes bevatten`,
				fix: 'hernoem het bestand, bijvoorbeeld naar 2026-dvo-2027-2028.mdx',
			});
			continue;
		}
		if (doc.kind === 'advice') {
			const checked = parseDocument(doc, adviceSchema, problems, options);
			if (checked) advice.push(checked);
		} else {
			const checked = parseDocument(doc, dvoSchema, problems, options);
			if (checked) dvo.push(checked);
		}
	}

	const dvoIds = new Set(dvo.map((d) => d.id));
	const adviceIds = new Set(advice.map((a) => a.id));
	const allDvoIds = new Set(archive.documents.filter((d) => d.kind === 'dvo').map((d) => d.id));
	const allAdviceIds = new Set(archive.documents.filter((d) => d.kind === 'advice').map((d) => d.id));

	for (const version of dvo) {
		const source = sources.get(version.displayPath) ?? '';
		const { firstYear, lastYear } = version.data.period;
		const [folder, file] = version.id.split('/');
		const expectedFolder = periodSlug(firstYear, lastYear);
		if (folder !== expectedFolder) {
			problems.push({
				severity: 'error',
				file: version.displayPath,
				line: lineOf(version, source, ['period']),
				field: 'period',
				message: `de periode ${firstYear}-${lastYear} past niet bij de map "${folder}"`,
				fix: `zet het bestand in de map dvo/${expectedFolder}/ of pas de periode aan`,
			});
		}
		if (!file || !file.startsWith(version.data.version)) {
			problems.push({
				severity: 'error',
				file: version.displayPath,
				line: lineOf(version, source, ['version']),
				field: 'version',
				message: `de versie "${version.data.version}" past niet bij de bestandsnaam "${file}.mdx"`,
				fix: `noem het bestand ${version.data.version}.mdx (of bijvoorbeeld ${version.data.version}-2.mdx voor een tweede wijziging)`,
			});
		}
		const years = version.data.localChoices?.years ?? [];
		years.forEach((y, index) => {
			if (y.year < firstYear || y.year > lastYear) {
				problems.push({
					severity: 'error',
					file: version.displayPath,
					line: lineOf(version, source, ['localChoices', 'years', index, 'year']),
					field: formatFieldPath(['localChoices', 'years', index, 'year']),
					message: `het jaar ${y.year} valt buiten de periode ${firstYear}-${lastYear}`,
					fix: 'corrigeer het jaar of de periode',
				});
			}
			const lineIds = new Set<string>();
			y.lines.forEach((budgetLine, lineIndex) => {
				const key = budgetLine.id ?? budgetLine.name;
				if (lineIds.has(key)) {
					problems.push({
						severity: 'error',
						file: version.displayPath,
						line: lineOf(version, source, ['localChoices', 'years', index, 'lines', lineIndex]),
						field: formatFieldPath(['localChoices', 'years', index, 'lines', lineIndex, 'id']),
						message: `de post "${key}" staat twee keer in ${y.year}`,
						fix: 'geef elke post in een jaar een eigen id',
					});
				}
				lineIds.add(key);
			});
		});
		const seenYears = new Set<number>();
		years.forEach((y, index) => {
			if (seenYears.has(y.year)) {
				problems.push({
					severity: 'error',
					file: version.displayPath,
					line: lineOf(version, source, ['localChoices', 'years', index, 'year']),
					field: formatFieldPath(['localChoices', 'years', index, 'year']),
					message: `het jaar ${y.year} staat twee keer in de lokale keuzes`,
					fix: 'voeg de posten van dat jaar samen onder één jaar',
				});
			}
			seenYears.add(y.year);
		});
		const adviceRef = version.data.source.advice;
		if (adviceRef && !adviceIds.has(adviceRef) && !allAdviceIds.has(adviceRef)) {
			problems.push({
				severity: 'error',
				file: version.displayPath,
				line: lineOf(version, source, ['source', 'advice']),
				field: 'source → advice',
				message: `er is geen advies met de naam "${adviceRef}"`,
				fix: `kies een bestaand advies: ${[...allAdviceIds].join(', ') || '(er zijn nog geen adviezen)'}`,
			});
		}
	}

	const pointIndex = new Set(advice.flatMap((a) => a.data.points.map((p) => `${a.id}#${p.id}`)));
	for (const item of advice) {
		const source = sources.get(item.displayPath) ?? '';
		if (!dvoIds.has(item.data.dvo) && !allDvoIds.has(item.data.dvo)) {
			problems.push({
				severity: 'error',
				file: item.displayPath,
				line: lineOf(item, source, ['dvo']),
				field: 'dvo',
				message: `er is geen DVO-versie "${item.data.dvo}"`,
				fix: `schrijf periode/versie van een bestaande DVO-versie: ${[...allDvoIds].sort().join(', ') || '(er zijn nog geen DVO-versies)'}`,
			});
		}
		if (item.data.sourceFile && !archive.sourceFiles.includes(item.data.sourceFile)) {
			problems.push({
				severity: 'error',
				file: item.displayPath,
				line: lineOf(item, source, ['sourceFile']),
				field: 'sourceFile',
				message: `de bronbrief "${item.data.sourceFile}" staat niet in de map bronnen`,
				fix: 'zet de ontvangen brief in content/bronnen/ en schrijf hier bronnen/<bestandsnaam>',
			});
		}
		const headings = new Set(headingIds(item.body));
		item.data.points.forEach((point, index) => {
			if (point.section && !headings.has(point.section)) {
				problems.push({
					severity: 'error',
					file: item.displayPath,
					line: lineOf(item, source, ['points', index, 'section']),
					field: formatFieldPath(['points', index, 'section']),
					message: `er is geen kop met de code "${point.section}" in de tekst`,
					fix: `kies een van: ${[...headings].join(', ') || '(de tekst heeft geen koppen)'}`,
				});
			}
			point.related.forEach((ref, refIndex) => {
				if (!pointIndex.has(ref)) {
					problems.push({
						severity: 'error',
						file: item.displayPath,
						line: lineOf(item, source, ['points', index, 'related', refIndex]),
						field: formatFieldPath(['points', index, 'related', refIndex]),
						message: `het punt "${ref}" bestaat niet`,
						fix: 'schrijf <advies>#<punt>, bijvoorbeeld 2025-dvo-2026-2027#lokale-verankering',
					});
				}
			});
		});
	}

	// Sums, the language guide (warnings) and the lock on published texts.
	problems.push(...editorialProblems(archive, advice, dvo, options.today));

	const followUp = checkFollowUp(advice, archive.responses ?? [], sources, allAdviceIds);

	// Publication in the Woo-index: publisher, categories, the site's address, creation dates, responses.
	problems.push(...checkWoo(archive, settings, advice, dvo, followUp.responses, options.siteUrl));

	problems.push(...followUp.problems);

	return { problems, advice, dvo, settings, responses: followUp.responses };
}
