/** Building twice from the same content gives the same bytes, file for file. */
import { describe, expect, inject, it } from 'vitest';
import { hashSite } from '../../src/lib/quality/site-files.ts';
import { buildSite } from '../support/build-site.ts';

describe('a reproducible build', () => {
	it('gives byte-identical output for the same content', () => {
		const first = hashSite(inject('realSite'));
		const second = buildSite('content');
		expect(second.status, second.output).toBe(0);
		const again = hashSite(second.outDir);
		expect([...again.keys()]).toEqual([...first.keys()]);
		const differing = [...first].filter(([file, hash]) => again.get(file) !== hash).map(([file]) => file);
		expect(differing).toEqual([]);
	});
});
