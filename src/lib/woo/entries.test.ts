import { describe, expect, it, vi } from 'vitest';
import { buildWooEntries } from './entries.ts';
import { advice, smallArchive, wooSettings } from './test-fixtures.ts';
import { DOCUMENT_ACTIONS, DOCUMENT_RELATIONS, INFORMATION_CATEGORIES } from './tooi.ts';

const build = (archive = smallArchive(), settings = wooSettings()) => buildWooEntries(settings, archive.advice, archive.dvo, archive.responses);
const iso = (d: Date) => d.toISOString().slice(0, 10);

describe('the DiWoo entries of an archive', () => {
	it('has one entry per advice, source letter, DVO version with text, and response, sorted by address', () => {
		const { entries, skipped } = build();
		expect(entries.map((e) => `${e.kind} ${e.loc}`)).toEqual([
			'reactie https://raad.example/adviezen/2023-dvo-2024/#punt-een',
			'reactie https://raad.example/adviezen/2023-dvo-2024/#punt-twee',
			'advies https://raad.example/adviezen/2023-dvo-2024/',
			'advies https://raad.example/adviezen/2025-dvo-2026/',
			'bronbrief https://raad.example/bronnen/brief-2023/',
			'dvo https://raad.example/dvo/2024/vastgesteld/',
		].sort((a, b) => (a.split(' ')[1]! < b.split(' ')[1]! ? -1 : 1)));
		expect(skipped).toEqual([{ kind: 'dvo', id: '2026/ontwerp', reason: 'no-text' }]);
	});

	it("dates an advice by its letter, and an advice without a letter date by the council's meeting", () => {
		const { entries } = build();
		const byLoc = new Map(entries.map((e) => [e.loc, e]));
		expect(iso(byLoc.get('https://raad.example/adviezen/2023-dvo-2024/')!.creationDate)).toBe('2023-10-02');
		const undated = byLoc.get('https://raad.example/adviezen/2025-dvo-2026/')!;
		expect(iso(undated.creationDate)).toBe('2025-09-19');
		expect(undated.actions).toEqual([{ action: DOCUMENT_ACTIONS.vaststelling, at: undated.creationDate }]);
	});

	it('leaves out, without inventing a date, an advice with no date at all and a DVO version with text but no date', () => {
		const archive = smallArchive();
		archive.advice.push(advice('2020-zonder-datum', {}));
		archive.dvo[0]!.data.versionDate = undefined;
		const { entries, skipped } = build(archive);
		expect(skipped).toContainEqual({ kind: 'advies', id: '2020-zonder-datum', reason: 'no-creation-date' });
		expect(skipped).toContainEqual({ kind: 'dvo', id: '2024/vastgesteld', reason: 'no-creation-date' });
		expect(entries.some((e) => e.id === '2020-zonder-datum' || e.kind === 'dvo')).toBe(false);
	});

	it('files each kind of document under the category the settings give it', () => {
		const settings = wooSettings({ woo: { publisher: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0252', categories: { dvo: 'convenanten', reactie: 'adviezen' } } });
		const { entries } = build(smallArchive(), settings);
		const category = (kind: string) => [...new Set(entries.filter((e) => e.kind === kind).map((e) => e.category.key))];
		expect(category('advies')).toEqual(['adviezen']);
		expect(category('bronbrief')).toEqual(['adviezen']);
		expect(category('dvo')).toEqual(['convenanten']);
		expect(category('reactie')).toEqual(['adviezen']);
	});

	it('defaults to adviezen for advice and the art. 3.1 category for DVO versions and responses', () => {
		const { entries } = build();
		const art31 = INFORMATION_CATEGORIES.find((c) => c.key === 'inspanningsverplichting')!;
		expect(entries.find((e) => e.kind === 'dvo')!.category).toEqual(art31);
		expect(entries.find((e) => e.kind === 'reactie')!.category).toEqual(art31);
		expect(art31.uri).toBe('https://identifier.overheid.nl/tooi/def/thes/kern/c_816e508d');
	});

	it('gives each response its own address on the advice page and relates it to the advice', () => {
		const { entries } = build();
		const responses = entries.filter((e) => e.kind === 'reactie');
		expect(new Set(responses.map((r) => r.loc)).size).toBe(2);
		for (const r of responses) {
			expect(r.relations).toEqual([{ role: DOCUMENT_RELATIONS.isReactieOp, resource: 'https://raad.example/adviezen/2023-dvo-2024/', label: 'Advies 2023-dvo-2024' }]);
			expect(iso(r.lastmod)).toBe(iso(r.creationDate));
		}
	});

	it('an erratum changes the lastmod of that document and of nothing else', () => {
		const before = build().entries;
		const corrected = smallArchive();
		corrected.advice[0]!.data.errata = [{ date: new Date(Date.UTC(2024, 4, 6)), description: 'Bedrag verbeterd.', reason: 'Typefout.' }];
		const after = build(corrected).entries;
		expect(after.map((e) => e.loc)).toEqual(before.map((e) => e.loc));
		const changed = after.filter((entry, i) => entry.lastmod.getTime() !== before[i]!.lastmod.getTime());
		expect(changed.map((e) => `${e.kind} ${e.id} ${iso(e.lastmod)}`)).toEqual(['advies 2023-dvo-2024 2024-05-06']);
		// Everything else about every entry is the same; the creation date stays the letter's date.
		const strip = (list: typeof before) => list.map(({ lastmod: _, ...rest }) => rest);
		expect(strip(after)).toEqual(strip(before));
	});

	it('lists a source letter page once, also when two advice name the same letter', () => {
		const archive = smallArchive();
		archive.advice.push(advice('2023-tweede', { dates: { letter: '2023-11-01' }, sourceFile: 'bronnen/brief-2023.txt' }));
		const letters = build(archive).entries.filter((e) => e.kind === 'bronbrief');
		expect(letters.map((e) => e.loc)).toEqual(['https://raad.example/bronnen/brief-2023/']);
	});

	it('never uses the build time: the same content gives the same entries a year later', () => {
		vi.useFakeTimers();
		try {
			vi.setSystemTime(new Date('2026-01-01T12:00:00Z'));
			const first = JSON.stringify(build());
			vi.setSystemTime(new Date('2027-06-30T08:00:00Z'));
			expect(JSON.stringify(build())).toBe(first);
		} finally {
			vi.useRealTimers();
		}
	});
});
