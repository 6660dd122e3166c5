/**
 * The vocabulary of a benchmark corpus: policy Dutch as it appears in advice letters and
 * service agreements on work and participation. Sentences are built from these parts, so
 * search indexes and page weights meet realistic words, word lengths and compounds.
 *
 * All names of places and organisations here are invented.
 */
import type { Random } from './prng.ts';

/** Invented municipalities: a regional archive holds the documents of several of them. */
export const MUNICIPALITIES = [
	{ slug: 'fictiefdorp', name: 'Fictiefdorp' },
	{ slug: 'verzonnenstad', name: 'Verzonnenstad' },
	{ slug: 'voorbeeldwaard', name: 'Voorbeeldwaard' },
	{ slug: 'proefhuizen', name: 'Proefhuizen' },
	{ slug: 'testerveld', name: 'Testerveld' },
	{ slug: 'bedachtum', name: 'Bedachtum' },
	{ slug: 'denkbeeldendam', name: 'Denkbeeldendam' },
] as const;

export const PARTNER = 'Voorbeeld-WerkBedrijf Regio Verzonnen';

const SUBJECTS = [
	'De raad',
	'Het college',
	'Het WerkBedrijf',
	'De gemeente',
	'De participatiecoach',
	'De cliëntenraad',
	'Het regionale werkgeversservicepunt',
	'De wethouder',
	'De klantmanager',
	'Het sociaal wijkteam',
	'De commissie Samenleving',
	'De jobcoach',
	'De gemeenteraad',
	'De regionale werkgeverstafel',
	'Het Werkgeversservicepunt',
];

const VERBS = [
	'vraagt aandacht voor',
	'ondersteunt',
	'investeert in',
	'evalueert',
	'versterkt',
	'bespreekt',
	'maakt zich zorgen over',
	'waardeert',
	'onderzoekt',
	'maakt afspraken over',
	'rapporteert over',
	'verbetert',
	'volgt',
	'zet in op',
	'heeft vragen over',
	'is positief over',
];

const OBJECTS = [
	'de re-integratie van inwoners met een grote afstand tot de arbeidsmarkt',
	'participatie in de wijk',
	'de samenwerking met lokale werkgevers',
	'beschut werk',
	'de inzet van loonkostensubsidie',
	'de lokale verankering van de dienstverlening',
	'schuldhulpverlening in combinatie met werk',
	'taalvaardigheid op de werkvloer',
	'digitale vaardigheden van werkzoekenden',
	'jobcoaching na plaatsing',
	'de besteding van het restantbudget',
	'de inzet van participatiecoaches',
	'de bereikbaarheid van het WerkBedrijf',
	'de doorstroom naar betaald werk',
	'vrijwilligerswerk als opstap',
	'de kwaliteit van de klantcontacten',
	'de monitoring van de resultaten',
	'de werkgeversdienstverlening',
	'het bereik onder jongeren',
	'maatwerk voor inwoners met psychische klachten',
	'de ontwikkeling van basisvaardigheden',
	'de verantwoording over de lokale keuzes',
	'de begeleiding van statushouders naar werk',
	'de arbeidsmarktregio',
	'het zoeken naar passend werk',
	'de aansluiting tussen onderwijs en arbeidsmarkt',
];

const TAILS = [
	'in de komende periode',
	'binnen de arbeidsmarktregio',
	'met oog voor de menselijke maat',
	'volgens de afspraken in de dienstverleningsovereenkomst',
	'in overleg met de cliëntenraad',
	'op basis van de kwartaalrapportages',
	'zonder extra administratieve lasten',
	'voor alle doelgroepen van de Participatiewet',
	'dicht bij huis',
	'samen met maatschappelijke partners',
	'met een duidelijke planning',
	'',
	'',
];

const OPENERS = ['Daarnaast', 'Bovendien', 'Tegelijkertijd', 'Om die reden', 'In de praktijk', 'Volgens de rapportages', 'Ook', 'Toch', 'Verder'];

/** Verbs of one word, for sentences with inversion after an opener ("Daarnaast volgt de raad …"). */
const SIMPLE_VERBS = ['ondersteunt', 'evalueert', 'versterkt', 'bespreekt', 'waardeert', 'onderzoekt', 'verbetert', 'volgt'];

const ADVICE_SENTENCES = [
	(o: string, t: string) => `Wij adviseren u om ${o} ${t} expliciet op te nemen in de overeenkomst.`,
	(o: string, t: string) => `De raad vraagt u om ${o} ${t} beter te onderbouwen.`,
	(o: string) => `Het is voor de raad niet duidelijk hoe ${o} wordt gemeten.`,
	(o: string, t: string) => `Wij vragen u de gemeenteraad ${t} te informeren over ${o}.`,
	(o: string) => `Inwoners hebben ons laten weten dat ${o} voor hen belangrijk is.`,
];

/** Advice headings; their slugs become the sections that advice points refer to. */
export const ADVICE_HEADINGS = [
	'Lokale verankering',
	'Participatiecoaching',
	'Werkgeversdienstverlening',
	'Restantbudget',
	'Taalgebruik',
	'Monitoring en verantwoording',
	'Jongeren en onderwijs',
	'Schuldhulp en werk',
	'Digitale vaardigheden',
	'Beschut werk',
	'Samenwerking met de cliëntenraad',
	'Bereikbaarheid van het WerkBedrijf',
	'Statushouders',
	'Kwaliteit van de dienstverlening',
];

export const DVO_ARTICLES = [
	'Basisdienstverlening',
	'Lokale keuzes',
	'Werkgeversdienstverlening',
	'Kwaliteit en klachten',
	'Monitoring en rapportage',
	'Financiering',
	'Privacy en gegevensuitwisseling',
	'Looptijd en evaluatie',
	'Geschillen',
	'Samenwerking met het sociaal domein',
	'Inzet van participatiecoaches',
];

/** Budget lines of the local choices; the id is stable across years and versions. */
export const BUDGET_LINES = [
	{ id: 'participatiecoaching', name: 'Participatiecoaching', fte: true },
	{ id: 'jobcoaching', name: 'Jobcoaching', fte: false },
	{ id: 'schuldhulp-en-werk', name: 'Schuldhulp en werk', fte: false },
	{ id: 'digitale-vaardigheden', name: 'Digitale vaardigheden', fte: false },
	{ id: 'taalcoaching', name: 'Taalcoaching op de werkvloer', fte: false },
	{ id: 'werkgeversnetwerk', name: 'Lokaal werkgeversnetwerk', fte: true },
	{ id: 'jongerenloket', name: 'Jongerenloket', fte: true },
	{ id: 'beschut-werk-extra', name: 'Extra plekken beschut werk', fte: false },
	{ id: 'restantbudget', name: 'Restantbudget', fte: false },
] as const;

export const TOPICS = ['lokale binding', 'participatie', 'werkgevers', 're-integratie', 'restantbudget', 'taalgebruik', 'monitoring', 'jongeren', 'schulden', 'digitalisering'];

function lowerFirst(text: string): string {
	return /^(De|Het) /.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One sentence of policy Dutch, 8 to 25 words. */
export function sentence(random: Random): string {
	const object = random.pick(OBJECTS);
	const tail = random.pick(TAILS);
	const kind = random.int(0, 3);
	let text: string;
	if (kind === 0) text = random.pick(ADVICE_SENTENCES)(object, tail);
	else if (kind === 1) text = `${random.pick(OPENERS)} ${random.pick(SIMPLE_VERBS)} ${lowerFirst(random.pick(SUBJECTS))} ${object}${tail ? ` ${tail}` : ''}.`;
	else text = `${random.pick(SUBJECTS)} ${random.pick(VERBS)} ${object}${tail ? ` ${tail}` : ''}.`;
	return capitalise(text.replace(/\s+/g, ' ').replace(/ \./g, '.'));
}

/** A paragraph of `min` to `max` sentences. */
export function paragraph(random: Random, min = 3, max = 6): string {
	return Array.from({ length: random.int(min, max) }, () => sentence(random)).join(' ');
}

/** Counts the words of a text as a reader would. */
export function wordCount(text: string): number {
	return text.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;
}
