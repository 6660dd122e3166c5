/** Filters, sort date and result details of the document pages. */
import { describe, expect, it } from 'vitest';
import { adviceFacets, dvoFacets, pagefindAttributes } from './facets.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('search facets', () => {
	it('files an advice under the year of the advice and, separately, the DVO years it is about', () => {
		const facets = adviceFacets({ title: 'Advies', year: 2025, dvo: '2026-2027/ontwerp', dates: { meeting: day('2025-09-19'), committee: day('2025-10-09') }, topics: ['lokale keuzes', 'taalgebruik'] });
		expect(facets.date).toBe('besproken op 19 september 2025');
		expect(facets.sortDate).toBe('2025-09-19');
		expect(facets.filters).toEqual({ 'Soort document': ['Advies'], 'Jaar van het advies': ['2025'], 'Over DVO-jaren': ['2026', '2027'], Onderwerp: ['Lokale keuzes', 'Taalgebruik'] });
	});

	it('files a DVO version under every year of its period, with its version, and shows the period as a period', () => {
		const facets = dvoFacets({ title: 'DVO', period: { firstYear: 2026, lastYear: 2027 }, version: 'ontwerp', localChoices: undefined });
		expect(facets.filters).toEqual({ 'Soort document': ['DVO'], 'Over DVO-jaren': ['2026', '2027'], Onderwerp: [], Versie: ['Ontwerp'] });
		expect(facets.date).toBeUndefined();
		expect(facets.period).toBe('2026-2027');
		expect(pagefindAttributes(facets)).toContainEqual({ name: 'data-pagefind-meta', value: 'periode:2026-2027' });
	});

	it('renders one Pagefind attribute per value', () => {
		const attributes = pagefindAttributes(adviceFacets({ title: 'Advies, met komma', year: 2025, dvo: '2026/vastgesteld', dates: {}, topics: ['a', 'b'] }));
		expect(attributes).toContainEqual({ name: 'data-pagefind-meta', value: 'title:Advies, met komma' });
		expect(attributes).toContainEqual({ name: 'data-pagefind-sort', value: 'datum:2025-01-01' });
		expect(attributes).toContainEqual({ name: 'data-pagefind-filter', value: 'Over DVO-jaren:2026' });
		expect(attributes.filter((a) => a.value.startsWith('Onderwerp:'))).toHaveLength(2);
	});
});
