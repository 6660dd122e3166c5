import { describe, expect, it } from 'vitest';
import { benchTextDiff } from '../../../scripts/bench/text-diff.ts';
import { generateVersions } from './corpus.ts';
import { diffDocuments } from './text-diff.ts';

describe('the benchmark corpus', () => {
	it('is the same every time, about 20,000 words per version', () => {
		const a = generateVersions();
		expect(generateVersions()).toEqual(a);
		expect(a.oldWords).toBeGreaterThanOrEqual(20_000);
		expect(a.newWords).toBeGreaterThanOrEqual(20_000);
	});
	it('exercises every kind of section change', () => {
		const { counts } = diffDocuments(generateVersions().old, generateVersions().new);
		expect(counts.added).toBeGreaterThanOrEqual(1);
		expect(counts.removed).toBeGreaterThanOrEqual(1);
		expect(counts.renamed).toBeGreaterThanOrEqual(1);
		expect(counts.moved).toBeGreaterThanOrEqual(1);
		expect(counts.changed).toBeGreaterThan(50);
	});
	it('reports a median time for the benchmark', async () => {
		const result = await benchTextDiff({ runs: 1 });
		expect(result.words).toBeGreaterThanOrEqual(20_000);
		expect(result.medianMs).toBeGreaterThan(0);
	});
});
