/**
 * The content check: one pipeline. Each file is read safely (read-archive.ts), each document is
 * parsed once with positions (its YAML by the `yaml` package, its body by Sätteri, which also
 * runs the body-safety rule), its frontmatter validated by its schema, and then the rules run on
 * the parsed archive, each a small module in ./rules/. Used by the build (it stops on errors)
 * and by `npm run check`; both give the same answer.
 */
import type { z } from 'zod';
import { adviceSchema, type AdviceData } from '../../schemas/advice.ts';
import { dvoSchema, type DvoData } from '../../schemas/dvo.ts';
import { glossarySchema } from '../../schemas/glossary.ts';
import { settingsSchema, type SiteSettings } from '../../schemas/settings.ts';
import { checkBodySafety } from './body-safety.ts';
import { checkFollowUp, type CheckedResponse } from './check-follow-up.ts';
import { checkWoo } from '../woo/check.ts';
import { blockScalarCutByFence, fieldLineFinder, parseYaml, splitAgreesWithAstro, splitDocument, type YamlResult } from './frontmatter.ts';
import { schemaProblems, type ContentProblem } from './problems.ts';
import type { ArchiveDocument, RawArchive } from './read-archive.ts';
import { documentRule } from './rules/documents.ts';
import { duplicateRule, languageRule, lockRule, suggestionRule, sumRule } from './rules/editorial.ts';
import { draftWordingRule } from './rules/draft-wording.ts';
import { referenceRule } from './rules/references.ts';
import type { CheckedDocument, Rule, RuleContext } from './rules/rule.ts';

export type { CheckedDocument } from './rules/rule.ts';

export interface CheckedArchive {
	problems: ContentProblem[];
	advice: CheckedDocument<AdviceData>[];
	dvo: CheckedDocument<DvoData>[];
	settings?: SiteSettings;
	/** The college's response documents that passed the check. */
	responses?: CheckedResponse[];
}

export interface CheckOptions {
	/** Parse every MDX body to find syntax errors and anything that is not text (default true). */
	mdxSyntax?: boolean;
	/** Leave out the lock on published texts (for `npm run lock`, which judges it itself). */
	skipLock?: boolean;
	/** The date used in the lock's erratum example (default: now). */
	today?: Date;
	/** The address the site is built for when it is not baseUrl (SITE_URL, or Astro's `site` in the build). */
	siteUrl?: string;
}

/**
 * "81.000" in YAML is the number 81, not 81000. A Dutch editor writes thousands with a dot,
 * so such a value is an error rather than a silently wrong amount.
 */
function thousandSeparatorProblems(yamlText: string, displayPath: string, yamlStartLine: number): ContentProblem[] {
	const problems: ContentProblem[] = [];
	yamlText.split('\n').forEach((line, index) => {
		const match = /^\s*(?:- )?(amount|total|availableBudget)\s*:\s*(\d{1,3}(?:\.\d{3})+)\s*(?:#.*)?$/.exec(line);
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

/** Parses one document once: frontmatter, body safety, thousands separators, schema. */
function parseDocument<T>(doc: ArchiveDocument, schema: z.ZodType<T>, problems: ContentProblem[], options: CheckOptions, parsedFrontmatter: Map<ArchiveDocument, YamlResult>): CheckedDocument<T> | undefined {
	if (!/^[a-z0-9-]+(\/[a-z0-9-]+)?$/.test(doc.id)) {
		problems.push({
			severity: 'error',
			file: doc.displayPath,
			message: `de bestandsnaam "${doc.id}" wordt deel van het webadres en mag alleen kleine letters, cijfers en streepjes bevatten`,
			fix: 'hernoem het bestand, bijvoorbeeld naar 2026-dvo-2027-2028.mdx',
		});
		return undefined;
	}
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
	if (!splitAgreesWithAstro(doc.source)) {
		problems.push({
			severity: 'error',
			file: doc.displayPath,
			line: split.frontmatterStartLine + split.frontmatter.split('\n').findIndex((line) => line.startsWith('---')),
			message: 'een regel in de gegevens bovenaan begint met ---; de site zou de gegevens daar laten eindigen',
			fix: 'laat alleen de eerste en de laatste regel van de gegevens met --- beginnen',
		});
		return undefined;
	}
	const cut = blockScalarCutByFence(doc.source);
	if (cut) {
		problems.push({
			severity: 'error',
			file: doc.displayPath,
			line: cut.line,
			field: cut.field,
			message: `de regel --- staat direct na de tekst van "${cut.field}" (geschreven met | of >), en verderop staat nog een regel ---; de site laat de gegevens bij deze regel eindigen en zou de rest van de gegevens als brieftekst publiceren`,
			fix: `hoort de streep bij de tekst van "${cut.field}", zet er dan twee spaties voor (  ---). Is dit echt het einde van de gegevens, zet dan een ander veld na "${cut.field}", of schrijf een scheidingslijn in de brief als ***`,
		});
		return undefined;
	}
	if (options.mdxSyntax !== false) {
		for (const issue of checkBodySafety(split.body)) {
			problems.push({
				severity: 'error',
				file: doc.displayPath,
				line: issue.line === undefined ? undefined : issue.line + split.bodyStartLine - 1,
				field: 'tekst',
				message: issue.message,
				fix: issue.fix,
			});
		}
	}
	const yamlResult = parseYaml(split.frontmatter);
	parsedFrontmatter.set(doc, yamlResult);
	if (!yamlResult.ok) {
		problems.push({
			severity: 'error',
			file: doc.displayPath,
			line: yamlResult.line === undefined ? undefined : yamlResult.line + split.frontmatterStartLine - 1,
			message: `de gegevens bovenaan het bestand zijn niet goed geschreven: ${yamlResult.message}`,
			fix: yamlResult.fix,
		});
		return undefined;
	}
	const lineOf = fieldLineFinder(doc.source);
	const separatorProblems = thousandSeparatorProblems(split.frontmatter, doc.displayPath, split.frontmatterStartLine);
	problems.push(...separatorProblems);
	const result = schema.safeParse(yamlResult.data);
	if (!result.success) {
		problems.push(...schemaProblems(result.error.issues, yamlResult.data, doc.displayPath, lineOf));
		return undefined;
	}
	if (separatorProblems.length > 0) return undefined;
	return { id: doc.id, displayPath: doc.displayPath, data: result.data, body: split.body, bodyStartLine: split.bodyStartLine, lineOf };
}

/** Parses a YAML file of the archive against its schema (settings, glossary). */
function parseYamlFile<T>(file: { displayPath: string; source: string }, schema: z.ZodType<T>, problems: ContentProblem[]): T | undefined {
	const parsed = parseYaml(file.source);
	if (!parsed.ok) {
		problems.push({ severity: 'error', file: file.displayPath, line: parsed.line, message: `geen geldige gegevens (YAML): ${parsed.message}`, fix: parsed.fix });
		return undefined;
	}
	const result = schema.safeParse(parsed.data);
	if (result.success) return result.data;
	problems.push(...schemaProblems(result.error.issues, parsed.data, file.displayPath, fieldLineFinder(file.source, true), (field) => `voeg "${field}:" toe`));
	return undefined;
}

/** The rules over the parsed archive, in the order their problems are reported. */
const RULES: readonly Rule[] = [documentRule, referenceRule, duplicateRule, sumRule, draftWordingRule, languageRule, suggestionRule];

/** Checks a whole archive: every file on its own, then the rules over all of them. */
export function checkArchive(archive: RawArchive, options: CheckOptions = {}): CheckedArchive {
	const problems: ContentProblem[] = [...(archive.readProblems ?? [])];

	let settings: SiteSettings | undefined;
	if (archive.settings) settings = parseYamlFile(archive.settings, settingsSchema, problems);
	else if (!problems.some((p) => p.file.endsWith('instellingen.yaml'))) {
		// A settings file that could not be read is already reported as such.
		problems.push({ severity: 'error', file: `${archive.contentDir}/instellingen.yaml`, message: 'het bestand met de instellingen van de site ontbreekt', fix: 'maak instellingen.yaml aan; zie de README voor een voorbeeld' });
	}
	if (archive.glossary) parseYamlFile(archive.glossary, glossarySchema, problems);

	const advice: CheckedDocument<AdviceData>[] = [];
	const dvo: CheckedDocument<DvoData>[] = [];
	// Each document's parsed frontmatter, so that later rules need not parse it again.
	const parsedFrontmatter = new Map<ArchiveDocument, YamlResult>();
	for (const doc of archive.documents) {
		if (doc.kind === 'advice') {
			const checked = parseDocument(doc, adviceSchema, problems, options, parsedFrontmatter);
			if (checked) advice.push(checked);
		} else {
			const checked = parseDocument(doc, dvoSchema, problems, options, parsedFrontmatter);
			if (checked) dvo.push(checked);
		}
	}

	const context: RuleContext = {
		archive,
		advice,
		dvo,
		allAdviceIds: new Set(archive.documents.filter((d) => d.kind === 'advice').map((d) => d.id)),
		allDvoIds: new Set(archive.documents.filter((d) => d.kind === 'dvo').map((d) => d.id)),
		today: options.today ?? new Date(),
		frontmatterOf: (doc) => parsedFrontmatter.get(doc) ?? parseYaml(splitDocument(doc.source).frontmatter),
	};
	for (const rule of options.skipLock ? RULES : [...RULES, lockRule]) problems.push(...rule(context));

	const followUp = checkFollowUp(advice, archive.responses ?? [], context.allAdviceIds);
	// Publication in the Woo-index: publisher, categories, the site's address, creation dates, responses.
	problems.push(...checkWoo(archive, settings, advice, dvo, followUp.responses, options.siteUrl));
	problems.push(...followUp.problems);

	return { problems, advice, dvo, settings, responses: followUp.responses };
}
