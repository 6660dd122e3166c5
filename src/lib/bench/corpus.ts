/**
 * Generates a synthetic, clearly fictional archive of any size for the benchmark: advice
 * letters and DVO versions with local-choice tables, in the layout of a real content folder,
 * valid for the content check. The same (size, seed) always gives the same files.
 *
 * A regional archive is modelled as many two-year periods; within a period each invented
 * municipality has its own draft, final and amended versions (ontwerp-fictiefdorp.mdx,
 * vastgesteld-fictiefdorp.mdx, gewijzigd-2-fictiefdorp.mdx, …). Each DVO text revises the one
 * before it in the site's order of versions, so successive versions share most of their text.
 */
import yaml from 'js-yaml';
import { ARCHIVE_LAYOUT, periodSlug } from '../content/archive-layout.ts';
import { headingIds } from '../content/heading-ids.ts';
import { createRandom, type Random } from './prng.ts';
import { ADVICE_HEADINGS, BUDGET_LINES, DVO_ARTICLES, MUNICIPALITIES, PARTNER, TOPICS, paragraph } from './word-bank.ts';

export interface CorpusOptions {
	/** Number of documents: advice plus DVO versions (at least 2). */
	documents: number;
	seed?: number;
}

export interface CorpusFile {
	/** Path relative to the content folder, with forward slashes. */
	path: string;
	content: string;
}

export interface Corpus {
	files: CorpusFile[];
	advice: number;
	dvo: number;
	periods: number;
}

export const DEFAULT_SEED = 20261130;
/** Two-year periods 1990-1991 … 2098-2099: the schema allows years 1990 to 2100. */
export const MAX_PERIODS = 55;
const FIRST_YEAR = 1990;
const VERSIONS_PER_MUNICIPALITY_MIN = 3;

interface VersionPlan {
	id: string;
	period: { firstYear: number; lastYear: number };
	label: 'ontwerp' | 'vastgesteld' | 'gewijzigd';
	fileName: string;
	municipality: (typeof MUNICIPALITIES)[number];
	stage: number;
}

/** How many advice and DVO versions a corpus of `documents` holds: roughly half each. */
export function corpusShape(documents: number): { advice: number; dvo: number; periods: number } {
	if (!Number.isInteger(documents) || documents < 2) throw new Error(`a corpus needs at least 2 documents, got ${documents}`);
	const advice = Math.floor(documents / 2);
	const dvo = documents - advice;
	const periods = Math.min(MAX_PERIODS, Math.ceil(dvo / VERSIONS_PER_MUNICIPALITY_MIN));
	return { advice, dvo, periods };
}

function stageLabel(stage: number): { label: VersionPlan['label']; slug: string } {
	if (stage === 0) return { label: 'ontwerp', slug: 'ontwerp' };
	if (stage === 1) return { label: 'vastgesteld', slug: 'vastgesteld' };
	if (stage === 2) return { label: 'gewijzigd', slug: 'gewijzigd' };
	return { label: 'gewijzigd', slug: `gewijzigd-${stage - 1}` };
}

/** Plans the DVO versions: which period, municipality and stage each one has. */
function planVersions(dvo: number, periods: number): VersionPlan[] {
	const plans: VersionPlan[] = [];
	for (let p = 0; p < periods; p++) {
		// Spread the versions evenly; earlier periods take the remainder.
		const count = Math.floor(dvo / periods) + (p < dvo % periods ? 1 : 0);
		const perMunicipality = Math.max(VERSIONS_PER_MUNICIPALITY_MIN, Math.ceil(count / MUNICIPALITIES.length));
		const firstYear = FIRST_YEAR + 2 * p;
		const period = { firstYear, lastYear: firstYear + 1 };
		for (let k = 0; k < count; k++) {
			const municipality = MUNICIPALITIES[Math.floor(k / perMunicipality)]!;
			const stage = k % perMunicipality;
			const { label, slug } = stageLabel(stage);
			const fileName = `${slug}-${municipality.slug}`;
			plans.push({ id: `${periodSlug(period.firstYear, period.lastYear)}/${fileName}`, period, label, fileName, municipality, stage });
		}
	}
	return plans;
}

function isoDate(year: number, random: Random): string {
	const month = random.int(1, 12);
	const day = random.int(1, 28);
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A document body as sections: a heading and its paragraphs. */
interface BodyPlan {
	heading: string;
	paragraphs: string[];
}

/** Sections of paragraphs until the body holds between `minWords` and about `maxWords` words. */
function planSections(random: Random, headings: string[], minWords: number, maxWords: number): BodyPlan[] {
	const target = random.int(minWords, maxWords);
	const perSection = Math.ceil(target / headings.length);
	return headings.map((heading) => {
		const paragraphs: string[] = [];
		let words = 0;
		while (words < perSection) {
			const text = paragraph(random);
			paragraphs.push(text);
			words += text.split(/\s+/).length;
		}
		return { heading, paragraphs };
	});
}

function renderSections(plan: readonly BodyPlan[]): string {
	return plan.map(({ heading, paragraphs }) => `## ${heading}\n\n${paragraphs.join('\n\n')}`).join('\n\n');
}

/** A body of ## sections until it holds between `minWords` and about `maxWords` words. */
function sections(random: Random, headings: string[], minWords: number, maxWords: number): string {
	return renderSections(planSections(random, headings, minWords, maxWords));
}

/**
 * The next version of a DVO text, as real versions come about: most paragraphs stay as they
 * were, some are rewritten, dropped or added, and now and then an article is added or dropped
 * (and the articles after it renumbered). This keeps the text diffs of the comparison pages as
 * realistic as the rest of the corpus.
 */
function reviseDvoText(random: Random, previous: readonly BodyPlan[], minWords: number, maxWords: number): BodyPlan[] {
	const names = previous.map((s) => s.heading.replace(/^Artikel \d+ /, ''));
	let revised = previous.map((s, i) => ({ name: names[i]!, paragraphs: [...s.paragraphs] }));
	if (revised.length > 4 && random.chance(0.15)) revised.splice(random.int(0, revised.length - 1), 1);
	const unused = DVO_ARTICLES.filter((name) => !names.includes(name));
	if (unused.length > 0 && random.chance(0.15)) revised.splice(random.int(0, revised.length), 0, { name: random.pick(unused), paragraphs: [paragraph(random), paragraph(random)] });
	revised = revised.map(({ name, paragraphs }) => ({
		name,
		paragraphs: paragraphs.flatMap((text) => {
			if (random.chance(0.06)) return [];
			const kept = random.chance(0.1) ? paragraph(random) : text;
			return random.chance(0.064) ? [kept, paragraph(random)] : [kept];
		}),
	}));
	// Keep the text letter-length: revisions must not let it drift away over many versions.
	const words = () => revised.reduce((n, s) => n + s.paragraphs.reduce((m, p) => m + p.split(/\s+/).length, 0), 0);
	while (words() > maxWords && revised.some((s) => s.paragraphs.length > 1)) {
		const section = random.pick(revised.filter((s) => s.paragraphs.length > 1));
		section.paragraphs.splice(random.int(0, section.paragraphs.length - 1), 1);
	}
	while (words() < minWords) {
		const section = random.pick(revised);
		section.paragraphs.splice(random.int(0, section.paragraphs.length), 0, paragraph(random));
	}
	return revised.map(({ name, paragraphs }, i) => ({ heading: `Artikel ${i + 1} ${name}`, paragraphs: paragraphs.length > 0 ? paragraphs : [paragraph(random)] }));
}

function frontmatter(data: unknown): string {
	return `---\n${yaml.dump(data, { lineWidth: -1, noRefs: true, quotingType: "'" })}---\n`;
}

function localChoiceYears(random: Random, period: VersionPlan['period'], stage: number) {
	const lines = random.sample(BUDGET_LINES, random.int(4, 7));
	const years = [];
	for (let year = period.firstYear; year <= period.lastYear; year++) {
		const yearLines = lines.map((line) => {
			const amount = random.int(2, 90) * 1000;
			return {
				id: line.id,
				name: line.name,
				amount,
				...(line.fte ? { fte: random.int(2, 18) / 10 } : {}),
				status: line.id === 'restantbudget' ? 'nog-niet-ingevuld' : stage === 0 ? 'voorgesteld' : 'toegekend',
				...(random.chance(0.2) ? { note: paragraph(random, 1, 1) } : {}),
			};
		});
		years.push({ year, total: yearLines.reduce((sum, l) => sum + l.amount, 0), lines: yearLines });
	}
	return years;
}

/** The front matter of a DVO version. */
function dvoData(random: Random, plan: VersionPlan, adviceId: string | undefined) {
	const slug = periodSlug(plan.period.firstYear, plan.period.lastYear);
	return {
		title: `DVO ${plan.municipality.name} ${slug} (${plan.fileName.split('-').slice(0, plan.stage > 2 ? 2 : 1).join(' ')}, verzonnen)`,
		period: plan.period,
		version: plan.label,
		versionDate: isoDate(plan.period.firstYear - (plan.stage === 0 ? 1 : 0), random),
		parties: [`Gemeente ${plan.municipality.name}`, PARTNER],
		source: {
			description: 'VERZONNEN benchmarkcorpus; deze DVO bestaat niet.',
			...(adviceId ? { advice: adviceId } : {}),
		},
		fullText: true,
		localChoices: { sharePercent: random.int(10, 20), years: localChoiceYears(random, plan.period, plan.stage) },
	};
}

type DvoFrontmatter = ReturnType<typeof dvoData>;
const STAGE_ORDER = { ontwerp: 0, vastgesteld: 1, gewijzigd: 2 } as const;

/** The order in which the site lists (and compares) versions: period, stage, date, file. */
function siteOrder(a: { plan: VersionPlan; data: DvoFrontmatter }, b: { plan: VersionPlan; data: DvoFrontmatter }): number {
	return (
		a.plan.period.firstYear - b.plan.period.firstYear ||
		STAGE_ORDER[a.plan.label] - STAGE_ORDER[b.plan.label] ||
		a.data.versionDate.localeCompare(b.data.versionDate) ||
		a.plan.id.localeCompare(b.plan.id, 'nl', { numeric: true })
	);
}

/**
 * The DVO versions, each text a revision of the version before it in the order the site
 * compares them (src/lib/local-choices/sources.ts): so the comparison pages diff texts that are
 * related, as real successive versions are.
 */
function dvoFiles(random: Random, versions: readonly VersionPlan[], adviceByVersion: ReadonlyMap<string, string>): CorpusFile[] {
	const planned = versions.map((plan) => ({ plan, data: dvoData(random, plan, adviceByVersion.get(plan.id)) }));
	const texts = new Map<string, BodyPlan[]>();
	let previous: BodyPlan[] | undefined;
	for (const { plan } of [...planned].sort(siteOrder)) {
		previous = previous
			? reviseDvoText(random, previous, 450, 1200)
			: planSections(random, random.sample(DVO_ARTICLES, random.int(4, 7)).map((name, i) => `Artikel ${i + 1} ${name}`), 350, 1000);
		texts.set(plan.id, previous);
	}
	return planned.map(({ plan, data }) => ({
		path: `${ARCHIVE_LAYOUT.dvoDir}/${periodSlug(plan.period.firstYear, plan.period.lastYear)}/${plan.fileName}.mdx`,
		content: `${frontmatter(data)}\n${renderSections(texts.get(plan.id)!)}\n`,
	}));
}

interface AdvicePlan {
	id: string;
	year: number;
	version: VersionPlan;
}

function adviceFile(random: Random, plan: AdvicePlan, previous: { id: string; pointIds: string[] } | undefined): { file: CorpusFile; pointIds: string[] } {
	const headings = random.sample(ADVICE_HEADINGS, random.int(3, 6));
	const intro = `Geacht college,\n\n${paragraph(random, 2, 3)}`;
	const body = `${intro}\n\n${sections(random, headings, 330, 1030)}\n\nMet vriendelijke groet,\n\nDe Benchmarkraad ${plan.version.municipality.name} (verzonnen)`;
	const sectionIds = headingIds(body);
	const points = sectionIds.slice(0, random.int(2, Math.min(5, sectionIds.length))).map((section, index) => {
		const status = random.pick(['open', 'beantwoord', 'overgenomen', 'deels-overgenomen', 'niet-overgenomen'] as const);
		return {
			id: `punt-${index + 1}`,
			kind: random.pick(['aanbeveling', 'vraag', 'zorg', 'oordeel'] as const),
			topic: random.pick(TOPICS),
			section,
			text: paragraph(random, 1, 2),
			followUp:
				status === 'open'
					? { status }
					: { status, response: paragraph(random, 1, 1), responseDate: isoDate(Math.min(2100, plan.year + 1), random) },
			...(previous && index === 0 && random.chance(0.5) ? { related: [`${previous.id}#${previous.pointIds[0]}`] } : {}),
		};
	});
	const data = {
		title: `Advies over de DVO ${plan.version.id.replace('/', ' ')} (verzonnen)`,
		year: plan.year,
		council: `Benchmarkraad ${plan.version.municipality.name} (verzonnen)`,
		addressee: `College van burgemeester en wethouders van ${plan.version.municipality.name}`,
		dvo: plan.version.id,
		dates: { letter: isoDate(plan.year, random), committee: isoDate(plan.year, random) },
		committee: 'Commissie Samenleving',
		verdict: random.pick(['positief', 'positief-met-opmerkingen', 'gemengd', 'negatief'] as const),
		verdictSummary: paragraph(random, 1, 2),
		topics: random.sample(TOPICS, random.int(1, 4)),
		points,
	};
	return {
		file: { path: `${ARCHIVE_LAYOUT.adviceDir}/${plan.id}.mdx`, content: `${frontmatter(data)}\n${body}\n` },
		pointIds: points.map((p) => p.id),
	};
}

const SETTINGS = `# VERZONNEN: gegenereerd benchmarkcorpus (npm run bench). Niets hiervan bestaat.
councilName: Benchmarkraad Regio Verzonnen
councilShortName: BRV
municipality: Gemeenten in de regio Verzonnen
partner: ${PARTNER}
baseUrl: http://localhost:4321
contact:
  description: Dit is een verzonnen archief om de snelheid van de site te meten. Er is niemand om contact mee op te nemen.
fictional: true
`;

const GLOSSARY = [
	{ id: 'dvo', term: 'DVO', expansion: 'Dienstverleningsovereenkomst', definition: 'Een afspraak tussen een gemeente en het WerkBedrijf over de hulp aan inwoners en het geld daarvoor.' },
	{ id: 'lokale-keuzes', term: 'Lokale keuzes', definition: 'Het deel van het budget waarover de gemeente zelf beslist.' },
	{ id: 'participatiecoaching', term: 'Participatiecoaching', definition: 'Begeleiding van inwoners die nog niet aan betaald werk toe zijn.' },
	{ id: 'fte', term: 'fte', expansion: 'fulltime-equivalent', definition: 'Een maat voor de omvang van een baan; 1 fte is een volledige werkweek.' },
	{ id: 'restantbudget', term: 'Restantbudget', definition: 'Geld uit de lokale keuzes waarvoor nog geen bestemming is gekozen.' },
];

/** Advice i (from 0) is about version i (each version gets at most one advice when there are enough). */
function planAdvice(i: number, versions: readonly VersionPlan[]): AdvicePlan {
	const version = versions[i % versions.length]!;
	const year = Math.max(FIRST_YEAR, version.period.firstYear - 1);
	return { id: `${year}-advies-${String(i + 1).padStart(5, '0')}`, year, version };
}

/** Generates the whole content folder in memory. */
export function generateCorpus(options: CorpusOptions): Corpus {
	const { advice, dvo, periods } = corpusShape(options.documents);
	const random = createRandom(options.seed ?? DEFAULT_SEED);
	const versions = planVersions(dvo, periods);
	const advicePlans: AdvicePlan[] = Array.from({ length: advice }, (_, i) => planAdvice(i, versions));
	const adviceByVersion = new Map<string, string>();
	for (const plan of advicePlans) if (!adviceByVersion.has(plan.version.id)) adviceByVersion.set(plan.version.id, plan.id);

	const files: CorpusFile[] = [
		{ path: ARCHIVE_LAYOUT.settingsFile, content: SETTINGS },
		{ path: ARCHIVE_LAYOUT.glossaryFile, content: `# VERZONNEN benchmarkcorpus\n${yaml.dump(GLOSSARY, { lineWidth: -1 })}` },
	];
	let previous: { id: string; pointIds: string[] } | undefined;
	for (const plan of advicePlans) {
		const { file, pointIds } = adviceFile(random, plan, previous);
		files.push(file);
		previous = pointIds.length > 0 ? { id: plan.id, pointIds } : previous;
	}
	files.push(...dvoFiles(random, versions, adviceByVersion));
	return { files, advice, dvo, periods };
}

/**
 * One more advice for the corpus that generateCorpus(options) gives, as an editor would add
 * one to a built archive (the benchmark's warm rebuild): the next advice number, about the DVO
 * version next in turn, valid for the content check, and different from every advice in the
 * corpus (its own random stream). The corpus itself is not generated again.
 */
export function extraAdvice(options: CorpusOptions): CorpusFile {
	const { advice, dvo, periods } = corpusShape(options.documents);
	const random = createRandom((options.seed ?? DEFAULT_SEED) + 1);
	return adviceFile(random, planAdvice(advice, planVersions(dvo, periods)), undefined).file;
}
