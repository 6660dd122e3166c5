/**
 * npm run bench:text-diff — times the text diff of two versions of about 20,000 words each
 * (median of several runs). `benchTextDiff` is also called by the overall benchmark.
 */
import { generateVersions } from '../../src/lib/text-diff/corpus.ts';
import { diffDocuments } from '../../src/lib/text-diff/text-diff.ts';

export async function benchTextDiff(options: { runs?: number; words?: number } = {}): Promise<{ medianMs: number; words: number }> {
	const runs = options.runs ?? 9;
	const pair = generateVersions(options.words ?? 20_000);
	diffDocuments(pair.old, pair.new); // warm-up: JIT and jsdiff's first call
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		const diff = diffDocuments(pair.old, pair.new);
		times.push(performance.now() - start);
		if (diff.identical) throw new Error('The benchmark versions should differ');
	}
	times.sort((a, b) => a - b);
	return { medianMs: Math.round(times[Math.floor(times.length / 2)]! * 10) / 10, words: Math.min(pair.oldWords, pair.newWords) };
}

if (import.meta.main) {
	const result = await benchTextDiff();
	console.log(`Tekstvergelijking van twee versies van ${result.words.toLocaleString('nl-NL')} woorden: mediaan ${result.medianMs.toLocaleString('nl-NL')} ms (doel: onder 200 ms)`);
	if (process.argv.includes('--json')) console.log(JSON.stringify(result));
}
