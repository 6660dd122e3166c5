/**
 * What the archive holds, for the footer of every page: counted once per production build (the
 * dev server counts again, so that edits show up), then put in words by src/lib/archive/holdings.ts.
 */
import { getCollection } from 'astro:content';
import { holdingsSentence } from '../lib/archive/holdings.ts';
import { versionPeriod } from '../lib/archive/dvo-versions.ts';
import type { SiteSettings } from '../schemas/settings.ts';

let counted: Promise<string> | undefined;

/** "Dit archief bevat 1 advies van de BAR en 1 versie van de DVO met … (1 periode)." */
export function getHoldingsSentence(settings: SiteSettings): Promise<string> {
	const compute = async () => {
		const [advice, versions] = await Promise.all([getCollection('adviezen'), getCollection('dvo')]);
		return holdingsSentence({
			adviceCount: advice.length,
			versionCount: versions.length,
			periodCount: new Set(versions.map(versionPeriod)).size,
			councilShortName: settings.councilShortName,
			partner: settings.partner,
		});
	};
	if (!import.meta.env.PROD) return compute();
	counted ??= compute();
	return counted;
}
