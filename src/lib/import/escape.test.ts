import { describe, expect, it } from 'vitest';
import { blocksFromText } from './blocks.ts';
import { blocksToMdx, letterBody, mdxVisibleText } from './letter-to-mdx.ts';
import { escapeMdxLine } from './escape.ts';

const hostile = [
	'Budget {2026} en <script>alert(1)</script> en <Component /> en &amp; en a_b_c *vet* `code` [link](x) ~doorgehaald~ a|b \\ einde\\',
	'import Foo from "./foo"',
	'export const x = 1',
	'# geen kop',
	'> geen citaat',
	'- geen lijst',
	'+ ook geen lijst',
	'* evenmin',
	'1. geen genummerde lijst',
	'2) ook niet',
	'===',
	'---',
	'\tingesprongen met een tab en\ttab in de regel',
	'        vier of meer spaties',
	'<!-- geen commentaar -->',
	'{/* geen MDX-commentaar */}',
	'x'.repeat(5000),
].join('\n');

describe('escaping a letter for MDX', () => {
	it('shows every hostile line exactly as written', () => {
		const lines = hostile.split('\n');
		const body = blocksToMdx([{ kind: 'paragraph', lines }]);
		expect(mdxVisibleText(body)).toBe(lines.map((l) => l.trim()).join(' ').replace(/\s+/g, ' '));
	});

	it('keeps each hostile line its own paragraph when separated by blank lines', () => {
		const text = hostile.split('\n').join('\n\n');
		const body = letterBody(blocksFromText(text));
		expect(body).not.toMatch(/^(import|export) /m);
		expect(mdxVisibleText(body)).toBe(text.replace(/\s+/g, ' ').trim());
	});

	it('leaves ordinary text readable', () => {
		expect(escapeMdxLine('  We adviseren positief over €81.000 (0,9 fte) in 2026-2027.  ')).toBe('We adviseren positief over €81.000 (0,9 fte) in 2026-2027.');
		expect(escapeMdxLine('import')).toBe('&#105;mport');
	});
});
