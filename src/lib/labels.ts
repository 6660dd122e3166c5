/**
 * The Dutch words the interface uses for the values in the content. Content stores short
 * codes (positief-met-opmerkingen); people read these labels.
 */
import type { FollowUpStatus, Verdict } from '../schemas/advice.ts';
import type { BudgetLineStatus, DvoVersionLabel } from '../schemas/dvo.ts';

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

/** What kind of file the archived source letter is, for its link: "Word-bestand", "tekstbestand". */
export function sourceFileKind(fileName: string): string {
	const extension = fileName.toLowerCase().split('.').at(-1);
	return extension === 'docx' ? 'Word-bestand' : extension === 'txt' ? 'tekstbestand' : 'bestand';
}
