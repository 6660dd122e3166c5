/**
 * The frontmatter skeleton of an imported advice: what can be read from the letter (title,
 * dates, the DVO it is about, the verdict, amounts) is filled in as a suggestion, marked with a
 * YAML comment "# VOORSTEL: …" so the editor checks it. The content check warns as long as such
 * a mark is left.
 */
import { VERDICTS, type Verdict } from '../../schemas/advice.ts';
import { toIsoDate } from '../dates.ts';

export const SUGGESTION_MARK = 'VOORSTEL:';

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

export interface FoundDate {
	iso: string;
	/** How the letter writes it. */
	written: string;
	field?: 'letter' | 'meeting' | 'requestedBefore' | 'committee';
}

export interface FoundAmount {
	euros: number;
	written: string;
	context: string;
}

export interface LetterFacts {
	title: string;
	year: number;
	dvo?: string;
	dvoFound: boolean;
	addressee?: string;
	committee?: string;
	verdict: Verdict;
	verdictSummary?: string;
	dates: FoundDate[];
	amounts: FoundAmount[];
}

const pad = (n: number) => String(n).padStart(2, '0');
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Dutch dates in the text ("19 september 2025", "9 oktober", "19-09-2025"), with a guess of what they are. */
export function findDates(text: string): FoundDate[] {
	const pattern = new RegExp(`\\b(\\d{1,2})\\s+(${MONTHS.join('|')})(?:\\s+(\\d{4}))?\\b|\\b(\\d{1,2})[-/](\\d{1,2})[-/](\\d{4})\\b`, 'gi');
	const found: FoundDate[] = [];
	let lastYear: number | undefined;
	for (const match of text.matchAll(pattern)) {
		let day: number, month: number, year: number | undefined;
		if (match[2]) {
			day = Number(match[1]);
			month = MONTHS.indexOf(match[2].toLowerCase()) + 1;
			year = match[3] ? Number(match[3]) : undefined;
		} else {
			day = Number(match[4]);
			month = Number(match[5]);
			year = Number(match[6]);
		}
		if (month < 1 || month > 12 || day < 1 || day > 31) continue;
		if (year !== undefined) lastYear = year;
		const before = text.slice(Math.max(0, match.index - 200), match.index);
		const clause = before.split(/[.!?,;]\s|\n\s*\n/).at(-1) ?? '';
		let field: FoundDate['field'];
		if (/\b(vóór|voor|uiterlijk)\s+$/i.test(before)) field = 'requestedBefore';
		else if (/commissie/i.test(clause)) field = 'committee';
		else if (/bijeenkomst|vergadering|vergaderd|besproken/i.test(clause)) field = 'meeting';
		else if (/datum\s*:?\s*$|^\s*[\p{L} ]+,\s*$/imu.test(before.split('\n').at(-1) ?? '') && text.slice(0, match.index).split('\n').length <= 10) field = 'letter';
		const date: FoundDate = { iso: year === undefined ? '' : `${year}-${pad(month)}-${pad(day)}`, written: oneLine(match[0]), field };
		// "9 oktober" without a year: the year of the last full date before it.
		if (year === undefined && lastYear !== undefined) date.iso = `${lastYear}-${pad(month)}-${pad(day)}`;
		found.push(date);
	}
	return found.filter((d) => d.iso !== '' && !Number.isNaN(Date.parse(d.iso)));
}

/** Amounts in euros ("€81.000", "€ 14.000", "24.000 euro"), as whole euros. */
export function findAmounts(text: string): FoundAmount[] {
	const pattern = /(?:€|\bEUR)\s*(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{2}|-{1,2}))?|\b(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{2}|-{1,2}))?\s*euro\b/gi;
	return [...text.matchAll(pattern)].map((match) => {
		const digits = (match[1] ?? match[3] ?? '0').replace(/\./g, '');
		return { euros: Number(digits), written: oneLine(match[0]), context: sentenceAround(text, match.index) };
	});
}

/** The sentence in which position `index` lies, on one line. */
function sentenceAround(text: string, index: number): string {
	let start = 0;
	for (const boundary of text.slice(0, index).matchAll(/[.!?]\s+|\n\s*\n/g)) start = boundary.index + boundary[0].length;
	const end = /[.!?](\s|$)|\n\s*\n/.exec(text.slice(index));
	return oneLine(text.slice(start, end ? index + end.index + 1 : text.length));
}

/** Sentences of the text, paragraph by paragraph (a heading is its own paragraph). */
function sentences(text: string): string[] {
	return text.split(/\n\s*\n/).flatMap((paragraph) => oneLine(paragraph).split(/(?<=[.!?])\s+/));
}

export interface SkeletonContext {
	fileName: string;
	councilName: string;
	municipality: string;
	/** DVO versions in the archive (period/version). */
	dvoIds: readonly string[];
	today: Date;
}

export function readLetterFacts(text: string, context: SkeletonContext): LetterFacts {
	const dates = findDates(text);
	const years = dates.map((d) => Number(d.iso.slice(0, 4)));
	const year = years.length > 0 ? Math.max(...years) : context.today.getUTCFullYear();

	const dvoMatch = /\b(?:DVO|dienstverleningsovereenkomst)\b[^.\d]{0,80}?((?:19|20)\d{2})(?:\s*[-–]\s*((?:19|20)\d{2}))?/i.exec(text);
	let dvo: string | undefined;
	let dvoFound = false;
	if (dvoMatch) {
		const period = dvoMatch[2] && dvoMatch[2] !== dvoMatch[1] ? `${dvoMatch[1]}-${dvoMatch[2]}` : dvoMatch[1]!;
		const opening = text.slice(0, Math.max(dvoMatch.index + 300, 600));
		const version = /vastgesteld/i.test(opening) && !/ontwerp/i.test(opening) ? 'vastgesteld' : 'ontwerp';
		dvo = `${period}/${version}`;
		dvoFound = true;
		if (!context.dvoIds.includes(dvo)) {
			const samePeriod = context.dvoIds.filter((id) => id.startsWith(`${period}/`)).sort();
			if (samePeriod.length > 0) dvo = samePeriod[0];
		}
	}
	if (!dvo && context.dvoIds.length > 0) dvo = [...context.dvoIds].sort().at(-1);

	const subject = /^\s*(?:betreft|onderwerp)\s*:\s*(.+)$/im.exec(text)?.[1]?.trim();
	const dvoTitle = dvoFound && dvo ? `Advies over de ${dvo.endsWith('/ontwerp') ? 'ontwerp-DVO' : 'DVO'} ${dvo.split('/')[0]}` : undefined;
	const title = subject ?? dvoTitle ?? `Advies ${year}`;

	const addressee = /^\s*geachte?\s+college\b/im.test(text) ? `College van burgemeester en wethouders van ${context.municipality.replace(/^gemeente\s+/i, '')}` : undefined;
	const committee = /\bRaadscommissie(?:\s+(?:\p{Lu}[\p{L}-]*|en|van|voor))+/u.exec(text)?.[0].replace(/\s+(en|van|voor)$/, '').replace(/\s+/g, ' ');

	const all = sentences(text);
	const verdictSentence = all.find((s) => /\b(adviseren|adviseert|advies)\b.*\b(positief|negatief)\b|\b(positief|negatief)\s+advies\b/i.test(s));
	const positive = all.some((s) => /\b(adviseren|adviseert)\b[^.]*\bpositief\b|\bpositief advies\b/i.test(s));
	const negative = all.some((s) => /\b(adviseren|adviseert)\b[^.]*\bnegatief\b|\bnegatief advies\b/i.test(s));
	const remarks = /\?|opmerking|zorg|vragen/i.test(text);
	const verdict: Verdict = positive && negative ? 'gemengd' : negative ? 'negatief' : positive && !remarks ? 'positief' : 'positief-met-opmerkingen';

	return { title, year, dvo, dvoFound, addressee, committee, verdict, verdictSummary: verdictSentence, dates, amounts: findAmounts(text) };
}

const yamlString = (value: string) => JSON.stringify(value);
const suggest = (note: string) => ` # ${SUGGESTION_MARK} ${note}`;

/** The YAML frontmatter (without the --- fences) of an imported advice. */
export function frontmatterSkeleton(facts: LetterFacts, context: SkeletonContext & { sourceFile: string }): string {
	const lines: string[] = [];
	lines.push(`# Ingelezen met npm run import uit ${context.sourceFile} op ${toIsoDate(context.today)}.`);
	// This instruction must not itself contain the mark, or the check would warn about it forever.
	lines.push('# Waar achter een regel VOORSTEL staat, haalde het programma de waarde uit de brief. Controleer die en haal dan het commentaar vanaf # weg.');
	lines.push(`title: ${yamlString(facts.title)}${suggest('controleer de titel')}`);
	lines.push(`year: ${facts.year}${suggest('het jaar van de laatste datum in de brief')}`);
	lines.push(`council: ${yamlString(context.councilName)}`);
	lines.push(`addressee: ${yamlString(facts.addressee ?? context.municipality)}${suggest('aan wie de brief gericht is')}`);
	if (facts.dvo) {
		const note = facts.dvoFound
			? context.dvoIds.includes(facts.dvo)
				? 'de DVO-versie die de brief noemt'
				: 'deze DVO-versie staat nog niet in het archief; maak die eerst aan (zie docs/dvo-versie.md)'
			: 'de brief noemt geen DVO-periode; dit is de nieuwste in het archief';
		lines.push(`dvo: ${facts.dvo}${suggest(note)}`);
	} else {
		lines.push(`dvo: "" # ${SUGGESTION_MARK} vul de DVO-versie in als periode/versie, bijvoorbeeld 2026-2027/ontwerp`);
	}
	const dated = new Map<string, FoundDate>();
	for (const date of facts.dates) if (date.field && !dated.has(date.field)) dated.set(date.field, date);
	if (dated.size > 0) {
		lines.push('dates:');
		for (const field of ['letter', 'meeting', 'requestedBefore', 'committee'] as const) {
			const date = dated.get(field);
			if (date) lines.push(`  ${field}: ${date.iso}${suggest(`de brief schrijft "${date.written}"`)}`);
		}
	} else {
		lines.push(`dates: {} # ${SUGGESTION_MARK} geen data gevonden; vul letter, meeting, requestedBefore of committee in als JJJJ-MM-DD`);
	}
	const others = facts.dates.filter((d) => !d.field || dated.get(d.field) !== d);
	if (others.length > 0) lines.push(`# Andere data in de brief: ${others.map((d) => `${d.written} (${d.iso})`).join(', ')}`);
	if (facts.committee) lines.push(`committee: ${yamlString(facts.committee)}${suggest('de commissie die de brief noemt')}`);
	lines.push(`verdict: ${facts.verdict}${suggest(`kies uit ${VERDICTS.join(', ')}`)}`);
	lines.push(`verdictSummary: ${yamlString(facts.verdictSummary ?? 'Vul hier in één of twee zinnen het oordeel van de raad in.')}${suggest(facts.verdictSummary ? 'de zin met het oordeel; maak er zo nodig een korte samenvatting van' : 'schrijf het oordeel in één of twee zinnen')}`);
	lines.push('topics: []');
	lines.push(`sourceFile: ${context.sourceFile}`);
	if (facts.amounts.length > 0) {
		lines.push('# Bedragen in de brief (hele euro\'s; zet ze zo nodig als posten in de DVO-versie):');
		for (const amount of facts.amounts) lines.push(`#   ${amount.euros}: "${amount.context.replace(/"/g, "'")}"`);
	}
	lines.push('# De punten van het advies (aanbevelingen en vragen) vult u zelf in: haal dan [] weg en zet de punten eronder; zie docs/advies-toevoegen.md.');
	lines.push('points: []');
	return lines.join('\n');
}
