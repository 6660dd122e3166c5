import { describe, expect, it } from 'vitest';
import { findMdxSyntaxError } from './mdx-syntax.ts';

describe('findMdxSyntaxError', () => {
	it('accepts a letter with headings, a GFM table and escaped braces', () => {
		const body = '## Advies\n\nDe raad vraagt \\{ aandacht \\}.\n\n| Post | Bedrag |\n|:--|--:|\n| Coaching | € 81.000 |\n';
		expect(findMdxSyntaxError(body)).toBeUndefined();
	});

	it('names the line of an unclosed brace and explains it', () => {
		const error = findMdxSyntaxError('## Advies\n\nEerste alinea.\n\nHier staat { zonder sluiting.\n');
		expect(error?.line).toBe(5);
		expect(error?.message).toMatch(/closing brace/);
		expect(error?.message).not.toMatch(/^\d+:\d+/);
	});

	it('catches what Markdown allows but MDX does not: an HTML comment and a lone "<"', () => {
		expect(findMdxSyntaxError('Tekst\n\n<!-- opmerking -->\n')?.line).toBe(3);
		expect(findMdxSyntaxError('Minder dan <5 procent.\n')?.line).toBe(1);
	});
});
