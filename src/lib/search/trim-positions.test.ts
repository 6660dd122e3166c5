import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capLocations, POSITIONS_KEPT, trimCommonWordPositions, trimWords } from './trim-positions.ts';

describe('capLocations', () => {
	it('keeps the first positions of each weight and every weight change', () => {
		// Body text: positions 1, 3, 6, 10 (deltas); then weight 144 from position 0: 0, 20, 21.
		expect(capLocations([1, 2, 3, 4, -145, 0, 20, 1], 2)).toEqual([1, 2, -145, 0, 20]);
		expect(capLocations([5], 3)).toEqual([5]);
	});
});

describe('trimWords', () => {
	it('caps only words on at least half of the records, and keeps every page', () => {
		const many = Array.from({ length: 10 }, (_, i) => i + 1);
		const words: Parameters<typeof trimWords>[0] = [
			['werk', [[0, many, []], [1, many, []]], []],
			['zeldzaam', [[2, many, []]], []],
		];
		expect(trimWords(words, 4, 3)).toBe(true);
		expect(words[0]![1].map((p) => p[1])).toEqual([[1, 2, 3], [1, 2, 3]]);
		expect(words[1]![1][0]![1]).toEqual(many);
	});
});

describe('trimCommonWordPositions on an index Pagefind wrote', () => {
	let dir: string;
	const unpack = async (file: string) => decode(gunzipSync(await readFile(file)).subarray('pagefind_dcd'.length)) as unknown[];
	const entryOf = async () => JSON.parse(await readFile(path.join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: { nl: { hash: string } } };
	const positionsOf = async (word: string) => {
		const meta = await unpack(path.join(dir, `pagefind.${(await entryOf()).languages.nl.hash}.pf_meta`));
		const chunk = (meta[2] as [string, string, string][]).find(([from, to]) => from <= word && word <= to)!;
		const [words] = (await unpack(path.join(dir, 'index', `${chunk[2]}.pf_index`))) as [[string, [number, number[]][]][]];
		// Weight changes are negative markers; the rest are positions.
		return words.find(([w]) => w === word)![1].map(([, locations]) => locations.filter((l) => l >= 0).length);
	};

	beforeAll(async () => {
		dir = await mkdtemp(path.join(os.tmpdir(), 'aa-trim-'));
		const { index } = await pagefind.createIndex({ forceLanguage: 'nl' });
		for (let i = 0; i < 4; i++) {
			const content = `${'beschut werk en betaald werk. '.repeat(6)}${i === 0 ? 'jobcoach '.repeat(8) : ''}`;
			await index!.addCustomRecord({ url: `/p${i}/`, content, language: 'nl', meta: { title: `Pagina ${i}` } });
		}
		await index!.writeFiles({ outputPath: dir });
		await pagefind.close();
	});
	afterAll(async () => rm(dir, { recursive: true, force: true }));

	it('caps the positions of a word on every page, keeps a rare word whole, and leaves no stale files', async () => {
		expect(await positionsOf('werk')).toEqual([12, 12, 12, 12]);
		const before = await entryOf();
		expect((await trimCommonWordPositions(dir)).chunks).toBeGreaterThan(0);
		expect(await positionsOf('werk')).toEqual(Array(4).fill(POSITIONS_KEPT));
		expect(await positionsOf('jobcoach')).toEqual([8]);
		const after = await entryOf();
		expect(after.languages.nl.hash).not.toBe(before.languages.nl.hash);
		expect((await readdir(dir)).filter((f) => f.endsWith('.pf_meta'))).toEqual([`pagefind.${after.languages.nl.hash}.pf_meta`]);
	});
});
