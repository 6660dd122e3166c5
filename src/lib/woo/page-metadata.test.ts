import { describe, expect, it } from 'vitest';
import { adviceMetadata, documentPageMetadata, dvoMetadata, sourceLetterMetadata } from './page-metadata.ts';
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
			encoding: { contentUrl: 'https://raad.example/bronnen/brief.txt', encodingFormat: 'text/plain' },
		});
		expect(data.dateModified).toBeUndefined();
	});

	it('gives the letter as received the media type of its file, also for a Word file', () => {
		const word = adviceMetadata({ ...item, data: { ...item.data, sourceFile: 'bronnen/brief.docx' } }, dvo, settings, 'https://raad.example/');
		expect(JSON.parse(word.jsonLd).encoding).toMatchObject({
			contentUrl: 'https://raad.example/bronnen/brief.docx',
			encodingFormat: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
		});
	});

	it('shows the full permanent address once the site has its own address', () => {
		expect(meta.visibleLink).toEqual({ href: 'https://raad.example/adviezen/2025-dvo-2026-2027/', text: 'https://raad.example/adviezen/2025-dvo-2026-2027/', addressSet: true });
	});

	it('shows only the path, and no permanent address, while the site is built for the localhost placeholder', () => {
		const local = adviceMetadata(item, dvo, settings, 'http://localhost:4321/');
		expect(local.visibleLink).toEqual({ href: '/adviezen/2025-dvo-2026-2027/', text: '/adviezen/2025-dvo-2026-2027/', addressSet: false });
		const version = dvoMetadata(dvoVersion('2024/vastgesteld', { versionDate: '2023-12-12' }), settings, 'http://127.0.0.1:8080/');
		expect(version.visibleLink).toMatchObject({ text: '/dvo/2024/vastgesteld/', addressSet: false });
	});

	it('has a permanent address, and says the date comes from the meeting when the letter has none', () => {
		expect(meta.permanentLink).toBe('https://raad.example/adviezen/2025-dvo-2026-2027/');
		expect(meta.dateByRule).toMatchObject({ date: new Date(Date.UTC(2025, 8, 19)), source: 'meeting' });
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

describe('the metadata of a letter as received', () => {
	const item = advice('2025-a', { title: 'Advies A', council: 'Testraad', dates: { meeting: '2025-09-19' } });

	it('is a DigitalDocument by the council at the letter page, with the original file and its media type', () => {
		const meta = sourceLetterMetadata({ file: 'bronnen/brief-a.docx', advice: item }, settings, 'https://raad.example/');
		expect(meta.permanentLink).toBe('https://raad.example/bronnen/brief-a-docx/');
		const data = JSON.parse(meta.jsonLd);
		expect(data).toMatchObject({
			'@type': 'DigitalDocument',
			url: 'https://raad.example/bronnen/brief-a-docx/',
			name: 'Advies A (brief zoals ontvangen)',
			author: { name: 'Testraad' },
			encoding: { contentUrl: 'https://raad.example/bronnen/brief-a.docx', encodingFormat: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
		});
		// The meeting date is the advice's date by rule, not the letter's: the letter claims no date.
		expect(data.dateCreated).toBeUndefined();
		expect(meta.dateByRule).toBeUndefined();
	});

	it('has the letter’s own date when it has one', () => {
		const dated = advice('2025-b', { dates: { letter: '2025-09-25' } });
		expect(JSON.parse(sourceLetterMetadata({ file: 'bronnen/b.txt', advice: dated }, settings, 'https://raad.example/').jsonLd)).toMatchObject({ dateCreated: '2025-09-25', encoding: { encodingFormat: 'text/plain' } });
	});
});

describe('the metadata of any document page', () => {
	const item = advice('2025-a', { title: 'Advies A', dvo: '2026-2027/ontwerp', dates: { meeting: '2025-09-19' }, council: 'Testraad' });

	it('links an advice to the DVO version it is about, and explains the date rule with the council by name', () => {
		const meta = documentPageMetadata({ advice: item, version: dvo }, settings, 'https://raad.example/');
		expect(JSON.parse(meta.jsonLd).about.url).toBe('https://raad.example/dvo/2026-2027/ontwerp/');
		expect(meta.dateByRule?.rule).toBe('Heeft de brief van een advies geen datum, dan geldt de datum van de vergadering waarin de Testraad het advies besprak.');
	});

	it('stops when an advice comes with another DVO version than the one it is about', () => {
		const other = { ...dvo, id: '2027-2028/definitief' };
		expect(() => documentPageMetadata({ advice: item, version: other }, settings, 'https://raad.example/')).toThrow('2025-a: gaat over DVO-versie 2026-2027/ontwerp, niet over 2027-2028/definitief');
	});

	it('gives a DVO version page its own metadata', () => {
		expect(JSON.parse(documentPageMetadata({ dvo }, settings, 'https://raad.example/').jsonLd)['@type']).toBe('WebPage');
	});
});

describe('JSON-LD in a script element', () => {
	it('cannot close the element, whatever the content says', () => {
		const text = serializeJsonLd({ name: '</script><script>alert(1)</script>' });
		expect(text).not.toContain('<');
		expect(JSON.parse(text).name).toBe('</script><script>alert(1)</script>');
	});
});
