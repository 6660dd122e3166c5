import { describe, expect, it } from 'vitest';
import { adviceFacets, dvoFacets, pagefindAttributes } from './facets.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('search facets', () => {
	it('describes an advice without a letter date by the meeting that discussed it', () => {
		const facets = adviceFacets({ title: 'Advies', year: 2025, dates: { meeting: day('2025-09-19'), committee: day('2025-10-09') }, topics: ['lokale keuzes', 'taalgebruik'] });
		expect(facets.date).toBe('besproken op 19 september 2025');
		expect(facets.sortDate).toBe('2025-09-19');
		expect(facets.filters).toEqual({ jaar: ['2025'], type: ['Advies'], onderwerp: ['Lokale keuzes', 'Taalgebruik'] });
	});

	it('files a DVO version under every year of its period, with its version', () => {
		const facets = dvoFacets({ title: 'DVO', period: { firstYear: 2026, lastYear: 2027 }, version: 'ontwerp', localChoices: undefined });
		expect(facets.filters).toEqual({ jaar: ['2026', '2027'], type: ['DVO'], onderwerp: [], versie: ['Ontwerp'] });
		expect(facets.date).toBe('periode 2026-2027');
	});

	it('renders one Pagefind attribute per value', () => {
		const attributes = pagefindAttributes(adviceFacets({ title: 'Advies, met komma', year: 2025, dates: {}, topics: ['a', 'b'] }));
		expect(attributes).toContainEqual({ name: 'data-pagefind-meta', value: 'title:Advies, met komma' });
		expect(attributes).toContainEqual({ name: 'data-pagefind-sort', value: 'datum:2025-01-01' });
		expect(attributes.filter((a) => a.value.startsWith('onderwerp:'))).toHaveLength(2);
	});
});
