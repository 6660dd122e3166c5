/**
 * The Dutch words the interface uses for the values in the content. Content stores short
 * codes (positief-met-opmerkingen); people read these labels.
 */
import type { FollowUpStatus, Verdict } from '../schemas/advice.ts';
import type { BudgetLineStatus, DvoVersionLabel } from '../schemas/dvo.ts';
import type { DocumentKind } from './woo/entries.ts';

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

export const budgetStatusLabels: Record<BudgetLineStatus, string> = {
	voorgesteld: 'Voorgesteld',
	toegekend: 'Toegekend',
	'nog-niet-ingevuld': 'Nog niet ingevuld',
	vervallen: 'Vervallen',
};

export const followUpLabels: Record<FollowUpStatus, string> = {
	open: 'Nog geen reactie',
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

export const pointKindLabels: Record<string, string> = {
	aanbeveling: 'Aanbeveling',
	vraag: 'Vraag',
	zorg: 'Aandachtspunt',
};

export const adviceDateLabels = {
	letter: 'Datum van de brief',
	meeting: 'Besproken in de BAR',
	requestedBefore: 'Advies gevraagd vóór',
	committee: 'Raadscommissie',
} as const;

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
