/** Building twice from the same content gives the same bytes, file for file, the precompressed
 * .gz and .br copies included. */
import { describe, expect, inject, it } from 'vitest';
import { hashSite } from '../../src/lib/quality/site-files.ts';
import { buildSite } from '../support/build-site.ts';

describe('a reproducible build', () => {
	it('gives byte-identical output for the same content', () => {
		const first = hashSite(inject('realSite'));
		const second = buildSite('content');
		expect(second.status, second.output).toBe(0);
		// The index followed the build (scripts/build.ts) and was not made again afterwards: the
		// document pages the content predicts are exactly the ones the build wrote.
		expect(second.output).toMatch(/Zoekindex: 2 documenten \(\d+ al tijdens de bouw\)/);
		const again = hashSite(second.outDir);
		const compressed = [...first.keys()].filter((file) => /\.(gz|br)$/.test(file));
		expect(compressed).toEqual(expect.arrayContaining(['index.html.br', 'index.html.gz', 'pagefind/pagefind.js.br', 'sitemap.xml.gz']));
		expect([...again.keys()]).toEqual([...first.keys()]);
		const differing = [...first].filter(([file, hash]) => again.get(file) !== hash).map(([file]) => file);
		expect(differing).toEqual([]);
	});
});
