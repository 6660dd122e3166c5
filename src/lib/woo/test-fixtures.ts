/** Small archives for the Woo unit tests (not content): settings, advice, DVO versions, responses. */
import { dvoSchema, type DvoData } from '../../schemas/dvo.ts';
import { settingsSchema, type SiteSettings } from '../../schemas/settings.ts';
import { advice, response } from '../follow-up/test-fixtures.ts';
import { resolveWooSettings, type WooSettings } from './entries.ts';

export { advice, response };

export function siteSettings(fields: Record<string, unknown> = {}): SiteSettings {
	return settingsSchema.parse({
		councilName: 'Testraad',
		councilShortName: 'TR',
		municipality: 'Gemeente Test',
		partner: 'Testbedrijf',
		baseUrl: 'https://raad.example',
		contact: {},
		woo: { publisher: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0252' },
		...fields,
	});
}

export function wooSettings(fields: Record<string, unknown> = {}): WooSettings {
	return resolveWooSettings(siteSettings(fields))!;
}

export function dvoVersion(id: string, fields: Record<string, unknown> = {}): { id: string; displayPath: string; data: DvoData } {
	const [period, version] = id.split('/') as [string, string];
	const [first, last] = period.split('-').map(Number) as [number, number | undefined];
	return {
		id,
		displayPath: `dvo/${id}.mdx`,
		data: dvoSchema.parse({
			title: `DVO ${id}`,
			period: { firstYear: first, lastYear: last ?? first },
			version: version.replace(/-\d+$/, ''),
			parties: ['Gemeente Test', 'Testbedrijf'],
			source: { description: 'Test' },
			fullText: true,
			...fields,
		}),
	};
}

/** A small archive with every kind of entry: two advice (one dated by its meeting), a source letter, two DVO versions, two responses. */
export function smallArchive() {
	return {
		advice: [
			advice('2023-dvo-2024', {
				dates: { letter: '2023-10-02', meeting: '2023-09-20' },
				sourceFile: 'bronnen/brief-2023.txt',
				topics: ['participatie', 'taal'],
				points: [
					{ id: 'een', kind: 'vraag', topic: 't', text: 'Vraag een?' },
					{ id: 'twee', kind: 'vraag', topic: 't', text: 'Vraag twee?' },
				],
			}),
			advice('2025-dvo-2026', { dates: { meeting: '2025-09-19' }, topics: ['lokale keuzes'] }),
		],
		dvo: [dvoVersion('2024/vastgesteld', { versionDate: '2023-12-12' }), dvoVersion('2026/ontwerp', { fullText: false })],
		responses: [
			response('reactie-1', { advice: '2023-dvo-2024', date: '2023-12-01', points: [{ point: 'een', status: 'beantwoord', response: 'Ja.' }] }),
			response('reactie-2', { advice: '2023-dvo-2024', date: '2024-02-01', points: [{ point: 'een', status: 'overgenomen', response: 'Toch.' }, { point: 'twee', status: 'beantwoord', response: 'Nee.' }] }),
		],
	};
}
