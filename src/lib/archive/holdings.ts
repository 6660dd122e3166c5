/**
 * What this archive holds, said in one sentence for the footer and the home page. The site
 * never claims to have "all" advice or "the" agreements: it counts what is in the archive.
 */

export interface Holdings {
	adviceCount: number;
	versionCount: number;
	periodCount: number;
	councilShortName: string;
	partner: string;
}

function count(n: number, one: string, many: string): string {
	const word = n === 1 ? one : many;
	return `${n === 0 ? 'geen' : new Intl.NumberFormat('nl-NL').format(n)} ${word}`;
}

/**
 * "Dit archief bevat 1 advies van de BAR en 1 versie van de DVO met WerkBedrijf Rijk van Nijmegen
 * (1 periode)." Counts in Dutch notation, singular and plural right, "geen" for zero.
 */
export function holdingsSentence(h: Holdings): string {
	const advice = `${count(h.adviceCount, 'advies', 'adviezen')} van de ${h.councilShortName}`;
	const versions = `${count(h.versionCount, 'versie', 'versies')} van de DVO met ${h.partner}`;
	const periods = h.periodCount > 0 ? ` (${count(h.periodCount, 'periode', 'periodes')})` : '';
	return `Dit archief bevat ${advice} en ${versions}${periods}.`;
}
