/**
 * The facts of the accessibility statement (/toegankelijkheid/), after the Dutch model statement:
 * the status words, what the site itself knows about its limits (these follow from how it is
 * built, so they live with the code, not in the settings), and the ways to reach the publisher,
 * taken only from the settings.
 */
import type { AccessibilityStatus, SiteSettings } from '../schemas/settings.ts';

/** The model statement's compliance statuses, in its own words. */
export const accessibilityStatusLabels: Record<AccessibilityStatus, string> = {
	A: 'voldoet volledig',
	B: 'voldoet gedeeltelijk',
	C: 'eerste maatregelen genomen',
	D: 'geen maatregelen genomen',
	E: 'voldoet niet',
};

export interface KnownLimitation {
	/** What does not work, or not for everyone. */
	what: string;
	/** The WCAG 2.1 success criterion it touches, when one does. */
	criterion?: string;
	/** What it means for a visitor (a sentence after "Gevolg:", so it starts in lower case). */
	consequence: string;
	/** What is done about it, or the alternative (after "Wat eraan gedaan wordt:"). */
	measure: string;
}

/** What is known about the site's limits, as built. */
export const KNOWN_LIMITATIONS: readonly KnownLimitation[] = [
	{
		what: 'De brief zoals ontvangen (de pagina’s onder /bronnen/) is platte tekst: koppen en opsommingen in de brief zijn niet als koppen en lijsten opgemaakt.',
		criterion: '1.3.1 Info en relaties',
		consequence: 'met een schermlezer kunt u op die pagina niet van kop naar kop springen.',
		measure: 'dezelfde brief staat met koppen op de pagina van het advies; de pagina van de brief linkt daarnaar. De brief zoals ontvangen blijft zoals hij binnenkwam, want hij is de bron.',
	},
	{
		what: 'Zoeken werkt alleen als JavaScript aan staat.',
		consequence: 'zonder JavaScript kunt u niet zoeken.',
		measure: 'alle documenten zijn ook te vinden via de lijsten Adviezen en DVO per periode; de zoekpagina zegt dat als JavaScript uit staat.',
	},
	{
		what: 'Op een smal scherm past een brede tabel niet altijd in de breedte.',
		criterion: '1.4.10 Reflow (tabellen mogen een uitzondering zijn)',
		consequence: 'u schuift zo’n tabel opzij binnen de tabel zelf; de pagina blijft op zijn plaats.',
		measure: 'het schuifgebied heeft een naam, is met het toetsenbord te bereiken en laat zien dat het schuift.',
	},
];

export interface ContactWay {
	kind: 'email' | 'url' | 'phone';
	/** "E-mail", "Website", "Telefoon". */
	label: string;
	href: string;
	text: string;
}

/** The ways to reach the publisher that the settings name, each with its link; none invented. */
export function contactWays(contact: SiteSettings['contact']): ContactWay[] {
	const ways: ContactWay[] = [];
	if (contact.email) ways.push({ kind: 'email', label: 'E-mail', href: `mailto:${contact.email}`, text: contact.email });
	if (contact.url) ways.push({ kind: 'url', label: 'Website', href: contact.url, text: contact.url.replace(/^https?:\/\//, '').replace(/\/$/, '') });
	if (contact.phone) ways.push({ kind: 'phone', label: 'Telefoon', href: `tel:${contact.phone.replace(/[^0-9+]/g, '')}`, text: contact.phone });
	return ways;
}
