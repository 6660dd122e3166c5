/** What the search page says: counts, suggestions, result details, the filter button, exact titles first. */
import { describe, expect, it } from 'vitest';
import { exactTitlesFirst, filterButtonLabel, leftOutText, onlyStopWordsText, resultDetails, statusText, suggestionLead, wantsSuggestions, worthShowing } from './present.ts';

describe('search page texts', () => {
	it('counts results in Dutch', () => {
		expect(statusText(0, 'xqz')).toBe('Geen resultaten voor ‘xqz’.');
		expect(statusText(1, 'dvo')).toBe('1 resultaat voor ‘dvo’.');
		expect(statusText(12, 'budget')).toBe('12 resultaten voor ‘budget’.');
	});

	it('asks about a spelling fix and explains an everyday word', () => {
		expect(suggestionLead({ query: 'budget', reason: 'spelling' })).toBe('Bedoelde u:');
		expect(suggestionLead({ query: 'participatiecoaching', reason: 'everyday' })).toBe('In dit archief heet dat:');
	});

	it('shows a date, a period or a status with the kind of page, never a period as a date', () => {
		expect(resultDetails({ type: 'Advies', datum: '19 september 2025' })).toBe('Advies · 19 september 2025');
		expect(resultDetails({ type: 'DVO', periode: '2026-2027' })).toBe('DVO · periode 2026-2027');
		expect(resultDetails({ type: 'Vergelijking', periode: '2026 en 2027' })).toBe('Vergelijking · 2026 en 2027');
		expect(resultDetails({ type: 'Opvolging', status: '2 punten: 1 beantwoord, 1 geen reactie in het archief' })).toBe('Opvolging · 2 punten: 1 beantwoord, 1 geen reactie in het archief');
		expect(resultDetails({ type: 'Begrip' })).toBe('Begrip');
	});

	it('looks for suggestions when little is found, or when a query of several words may hide a typo', () => {
		expect(wantsSuggestions(0, 'xqz')).toBe(true);
		expect(wantsSuggestions(12, 'budget')).toBe(false);
		expect(wantsSuggestions(12, 'participatiecoahing 2026')).toBe(true);
		expect(wantsSuggestions(0, '')).toBe(false);
	});

	it('shows a suggestion only when it finds something, and more when little was found', () => {
		const spelling = { query: 'participatiecoaching', reason: 'spelling' } as const;
		expect(worthShowing(spelling, 0, 3)).toBe(true);
		expect(worthShowing(spelling, 0, 0)).toBe(false);
		expect(worthShowing(spelling, 3, 2)).toBe(false);
		expect(worthShowing({ query: 'participatiecoaching', reason: 'everyday' }, 3, 2)).toBe(true);
		expect(worthShowing(spelling, 12, 4)).toBe(true);
		expect(worthShowing({ query: 'eigenwaarde', reason: 'joined' }, 12, 20)).toBe(false);
	});

	it('says how many filters are active', () => {
		expect(filterButtonLabel(0)).toBe('Filteren');
		expect(filterButtonLabel(2)).toBe('Filteren (2 actief)');
	});

	it('puts an exact title or glossary term first, keeping the rest in order', () => {
		const results = [{ title: 'Advies over participatiecoaching' }, { title: 'DVO 2026' }, { title: 'Participatiecoaching' }];
		expect(exactTitlesFirst(results, 'participatiecoaching').map((r) => r.title)).toEqual(['Participatiecoaching', 'Advies over participatiecoaching', 'DVO 2026']);
		expect(exactTitlesFirst(results, 'budget')).toEqual(results);
	});
});

describe('texts for left-out stop words', () => {
	it('says which words were left out, and nothing when none were', () => {
		expect(leftOutText(['van', 'de'])).toBe('Gezocht zonder: van, de.');
		expect(leftOutText([])).toBe('');
	});

	it('explains a query of stop words only and points to the lists', () => {
		expect(onlyStopWordsText(['van'])).toBe('‘van’ staat in bijna elk document. Daarom zoeken we daar niet op. Typ een woord dat meer zegt, zoals een onderwerp, of kies hieronder een lijst.');
		expect(onlyStopWordsText(['van', 'de', 'het'])).toMatch(/^‘van’, ‘de’ en ‘het’ staan in bijna elk document\./);
	});
});
