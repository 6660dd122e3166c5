import { describe, expect, it } from 'vitest';
import { adviceMetadata, dvoMetadata } from './page-metadata.ts';
import { serializeJsonLd } from './json-ld.ts';
import { advice, dvoVersion, siteSettings } from './test-fixtures.ts';

const settings = siteSettings();
const dvo = dvoVersion('2026-2027/ontwerp', { fullText: false, title: 'Ontwerp-DVO 2026-2027' });

describe('the metadata of an advice page', () => {
	const item = advice('2025-dvo-2026-2027', { title: 'Advies over de DVO', council: 'Burgeradviesraad Heumen', dates: { meeting: '2025-09-19' }, topics: ['taal', 'lokale keuzes'], sourceFile: 'bronnen/brief.txt' });
	const meta = adviceMetadata(item, dvo, settings, 'https://raad.example/');
	const data = JSON.parse(meta.jsonLd);

	it('is a schema.org Report by the council, about and based on the DVO version', () => {
		expect(data).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'Report',
			url: 'https://raad.example/adviezen/2025-dvo-2026-2027/',
			name: 'Advies over de DVO',
			inLanguage: 'nl-NL',
			author: { '@type': 'Organization', name: 'Burgeradviesraad Heumen' },
			publisher: { '@type': 'Organization', name: 'Gemeente Test', identifier: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0252' },
			dateCreated: '2025-09-19',
			about: { '@type': 'DigitalDocument', url: 'https://raad.example/dvo/2026-2027/ontwerp/', name: 'Ontwerp-DVO 2026-2027' },
			isBasedOn: { url: 'https://raad.example/dvo/2026-2027/ontwerp/' },
			keywords: 'taal, lokale keuzes',
			encoding: { contentUrl: 'https://raad.example/bronnen/brief.txt' },
		});
		expect(data.dateModified).toBeUndefined();
	});

	it('has a permanent address, and says the date comes from the meeting when the letter has none', () => {
		expect(meta.permanentLink).toBe('https://raad.example/adviezen/2025-dvo-2026-2027/');
		expect(meta.dateByRule).toEqual({ date: new Date(Date.UTC(2025, 8, 19)), source: 'meeting' });
		const dated = adviceMetadata({ ...item, data: { ...item.data, dates: { letter: new Date(Date.UTC(2025, 8, 25)), meeting: new Date(Date.UTC(2025, 8, 19)) } } }, dvo, settings, 'https://raad.example/');
		expect(dated.dateByRule).toBeUndefined();
		expect(JSON.parse(dated.jsonLd).dateCreated).toBe('2025-09-25');
	});

	it('keeps the permanent address and records the correction after an erratum', () => {
		const errata = [{ date: new Date(Date.UTC(2025, 10, 2)), description: 'Bedrag verbeterd.', reason: 'Typefout.' }];
		const corrected = adviceMetadata({ ...item, data: { ...item.data, errata } }, dvo, settings, 'https://raad.example/');
		expect(corrected.permanentLink).toBe(meta.permanentLink);
		expect(JSON.parse(corrected.jsonLd)).toMatchObject({ dateModified: '2025-11-02', correction: [{ '@type': 'CorrectionComment', datePublished: '2025-11-02' }] });
	});
});

describe('the metadata of a DVO version page', () => {
	it('is a DigitalDocument when the archive holds its text', () => {
		const version = dvoVersion('2024/vastgesteld', { versionDate: '2023-12-12', title: 'DVO 2024' });
		const data = JSON.parse(dvoMetadata(version, settings, 'https://raad.example/').jsonLd);
		expect(data).toMatchObject({ '@type': 'DigitalDocument', url: 'https://raad.example/dvo/2024/vastgesteld/', name: 'DVO 2024', dateCreated: '2023-12-12', version: 'Vastgesteld', inLanguage: 'nl-NL' });
	});

	it('is a WebPage about the version when the archive does not hold its text, and claims no date it does not know', () => {
		const data = JSON.parse(dvoMetadata(dvo, settings, 'https://raad.example/').jsonLd);
		expect(data['@type']).toBe('WebPage');
		expect(data.about).toMatchObject({ '@type': 'DigitalDocument', name: 'Ontwerp-DVO 2026-2027' });
		expect(JSON.stringify(data)).not.toContain('dateCreated');
	});
});

describe('JSON-LD in a script element', () => {
	it('cannot close the element, whatever the content says', () => {
		const text = serializeJsonLd({ name: '</script><script>alert(1)</script>' });
		expect(text).not.toContain('<');
		expect(JSON.parse(text).name).toBe('</script><script>alert(1)</script>');
	});
});
