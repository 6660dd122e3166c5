/**
 * The Dutch words for every code in the content and in the computed comparisons. Content stores
 * short codes (positief-met-opmerkingen, voorgesteld); the pages and the terminal commands show
 * these words, from this one list, so both say the same thing. Each list is a
 * Record<Union, string>: a code without a word is a type error.
 */
import type { FollowUpStatus, Verdict } from '../schemas/advice.ts';
import type { POINT_KINDS } from '../schemas/advice.ts';
import type { BudgetLineStatus, DvoVersionLabel } from '../schemas/dvo.ts';
import type { DocumentKind } from './woo/entries.ts';
import type { LineAspect, LineChangeKind } from './local-choices/compare.ts';
import type { SectionKind } from './text-diff/text-diff.ts';

export type PointKind = (typeof POINT_KINDS)[number];

export const verdictLabels: Record<Verdict, string> = {
	positief: 'Positief',
	'positief-met-opmerkingen': 'Positief, met opmerkingen',
	gemengd: 'Deels positief, deels negatief',
	negatief: 'Negatief',
};

export const versionLabels: Record<DvoVersionLabel, string> = {
	ontwerp: 'Ontwerp',
	vastgesteld: 'Vastgesteld',
	gewijzigd: 'Gewijzigd',
};

/** The status of a budget line, as a word in a sentence ("voorgesteld → toegekend"). */
export const budgetStatusLabels: Record<BudgetLineStatus, string> = {
	voorgesteld: 'Voorgesteld',
	toegekend: 'Toegekend',
	'nog-niet-ingevuld': 'Nog niet ingevuld',
	vervallen: 'Vervallen',
};

/**
 * The follow-up status of a point. "open" says only what the archive holds: no response in it,
 * not that the college never responded.
 */
export const followUpLabels: Record<FollowUpStatus, string> = {
	open: 'Geen reactie in het archief',
	beantwoord: 'Beantwoord',
	overgenomen: 'Overgenomen',
	'deels-overgenomen': 'Deels overgenomen',
	'niet-overgenomen': 'Niet overgenomen',
};

/** NLDS badge-status modifier per follow-up status; the text label always carries the meaning. */
export const followUpTone: Record<FollowUpStatus, 'neutral' | 'active' | 'safe' | 'warning' | 'danger'> = {
	open: 'warning',
	beantwoord: 'active',
	overgenomen: 'safe',
	'deels-overgenomen': 'active',
	'niet-overgenomen': 'danger',
};

export const pointKindLabels: Record<PointKind, string> = {
	aanbeveling: 'Aanbeveling',
	vraag: 'Vraag',
	zorg: 'Aandachtspunt',
	oordeel: 'Oordeel',
};

export const adviceDateLabels = {
	letter: 'Datum van de brief',
	meeting: 'Besproken in de BAR',
	requestedBefore: 'Advies gevraagd vóór',
	committee: 'Raadscommissie',
} as const;

/** What kind of file the archived source letter is, for its link: "Word-bestand", "tekstbestand". */
export function sourceFileKind(fileName: string): string {
	const extension = fileName.toLowerCase().split('.').at(-1);
	return extension === 'docx' ? 'Word-bestand' : extension === 'txt' ? 'tekstbestand' : 'bestand';
}

/** A word in the singular and the plural, for counts ("1 advies", "2 adviezen"). */
export interface CountWord {
	one: string;
	many: string;
}

/** "1 document", "3 documenten": a count with the word in the right number. */
export function countLabel(count: number, word: CountWord): string {
	return `${count} ${count === 1 ? word.one : word.many}`;
}

export const documentWord: CountWord = { one: 'document', many: 'documenten' };

/** The kinds of document in the DiWoo sitemaps (woo → categories in the settings). */
export const wooDocumentKindLabels: Record<DocumentKind, CountWord> = {
	advies: { one: 'advies', many: 'adviezen' },
	bronbrief: { one: 'brief zoals ontvangen', many: 'brieven zoals ontvangen' },
	dvo: { one: 'DVO-versie', many: 'DVO-versies' },
	reactie: { one: 'reactie van het college', many: 'reacties van het college' },
};

/** The title and description texts of documents in the open metadata that the content does not give word for word. */
export const wooDocumentTexts = {
	sourceLetterTitle: (adviceTitle: string) => `${adviceTitle} (brief zoals ontvangen)`,
	sourceLetterDescription: (council: string) => `De brief van de ${council} zoals die is ontvangen, zonder bewerking.`,
	responseDescription: (pointCount: number, adviceTitle: string) => `Reactie van het college op ${pointCount === 1 ? 'een punt' : `${pointCount} punten`} uit: ${adviceTitle}.`,
} as const;
/** What happened to a budget line between two years or versions. */
export const lineChangeLabels: Record<LineChangeKind, string> = {
	added: 'Nieuw',
	removed: 'Vervallen',
	changed: 'Gewijzigd',
	unchanged: 'Gelijk',
};

/** The same, as the plain code word in a CSV or JSON download. */
export const lineChangeCodes: Record<LineChangeKind, string> = {
	added: 'nieuw',
	removed: 'vervallen',
	changed: 'gewijzigd',
	unchanged: 'gelijk',
};

/** Which part of a budget line changed. */
export const lineAspectLabels: Record<LineAspect, string> = {
	name: 'naam',
	amount: 'bedrag',
	fte: 'formatie',
	status: 'status',
	note: 'toelichting',
};

/** What happened to a section of the text between two versions. */
export const sectionChangeLabels: Record<SectionKind, string> = {
	added: 'Nieuw deel',
	removed: 'Vervallen deel',
	changed: 'Gewijzigd',
	unchanged: 'Niet gewijzigd',
};

/** Further notes on a section of the text. */
export const sectionNoteLabels = {
	renamed: 'nieuwe kop, was',
	moved: 'staat op een andere plaats',
	rewritten: 'helemaal opnieuw geschreven',
	beforeFirstHeading: 'Tekst voor het eerste kopje',
} as const;

/** The marker next to an amount that is a proposal, not a decision. */
export const PROPOSAL_MARKER = 'voorstel';

/** How the sum of the lines is named wherever a total is computed (never the DVO's own total). */
export const SUM_OF_LINES_LABEL = 'Som van de posten in het archief';
