/**
 * The Dutch YAML messages, on the real parser's errors for the mistakes secretaries make: each
 * names the right line, says what is wrong without English parser text, and its fix, when it
 * shows a corrected line, gives a line that parses.
 */
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { explainYamlError, type YamlMessage } from './yaml-messages.ts';

function explain(source: string): YamlMessage {
	try {
		yaml.load(source, { schema: yaml.CORE_SCHEMA });
	} catch (error) {
		if (error instanceof yaml.YAMLException) return explainYamlError({ reason: error.reason, line: error.mark ? error.mark.line + 1 : undefined }, source);
		throw error;
	}
	throw new Error(`no parser error for:\n${source}`);
}

/** The corrected line a fix offers after "zo: ". */
function offeredLine(fix: string): string {
	const match = /zo: (.+?)(?: \(|$)/.exec(fix);
	if (!match) throw new Error(`no corrected line in: ${fix}`);
	return match[1]!;
}

const ENGLISH = /\b(bad|indentation|mapping|entry|expected|stream|scalar|unexpected|document|separator)\b/i;

describe('explainYamlError', () => {
	it('points at a colon inside an unquoted text and offers the quoted line, which parses', () => {
		const source = 'errata:\n  - date: 2026-11-30\n    description: Wat er veranderd is, bijvoorbeeld: bedrag verbeterd.\n    reason: Typefout.\n';
		const result = explain(source);
		expect(result.line).toBe(3);
		expect(result.message).toContain('dubbele punt');
		expect(result.message).toContain('"description"');
		const line = offeredLine(result.fix);
		expect(line).toBe('description: "Wat er veranderd is, bijvoorbeeld: bedrag verbeterd."');
		expect(yaml.load(line, { schema: yaml.CORE_SCHEMA })).toEqual({ description: 'Wat er veranderd is, bijvoorbeeld: bedrag verbeterd.' });
	});

	it('names the [] of "points: []" when items are added below it, on the line of points', () => {
		for (const source of ['title: x\npoints: []\n  - id: a\n    text: b\n', 'title: x\npoints: []\n- id: a\n']) {
			const result = explain(source);
			expect(result.line).toBe(2);
			expect(result.message).toContain('points: []');
			expect(result.fix).toContain('haal "[]" weg');
			expect(result.fix).toContain('"points:"');
		}
	});

	it('finds the line where an unclosed quote starts, not the end of the text', () => {
		const result = explain('title: "Advies over de DVO\nyear: 2025\ncouncil: BAR\n');
		expect(result.line).toBe(1);
		expect(result.message).toContain('nergens gesloten');
		expect(yaml.load(offeredLine(result.fix), { schema: yaml.CORE_SCHEMA })).toEqual({ title: 'Advies over de DVO' });
	});

	it('explains a text that starts with a quote and goes on after it', () => {
		const result = explain('title: "Advies" over de DVO\n');
		expect(result.line).toBe(1);
		expect(yaml.load(offeredLine(result.fix), { schema: yaml.CORE_SCHEMA })).toEqual({ title: "'Advies' over de DVO" });
	});

	it('explains a text starting with a sign YAML reserves', () => {
		for (const source of ['title: @gemeente over de DVO\n', 'title: *belangrijk* advies\n', 'title: % van het budget\n']) {
			const result = explain(source);
			expect(result.line).toBe(1);
			expect(result.message).toContain('eigen betekenis');
			expect(typeof (yaml.load(offeredLine(result.fix), { schema: yaml.CORE_SCHEMA }) as { title: unknown }).title).toBe('string');
		}
	});

	it('explains a duplicated field, a tab and a line without a colon', () => {
		expect(explain('title: x\ntitle: y\n')).toMatchObject({ line: 2, message: 'het veld "title" staat twee keer in hetzelfde blok' });
		expect(explain('points:\n\t- id: a\n').message).toContain('tab');
		const noColon = explain('title: Advies\nover de DVO\nyear: 2025\n');
		expect(noColon.line).toBe(2);
		expect(noColon.message).toContain('geen veldnaam');
	});

	it('explains wrong indentation in a list in general terms', () => {
		const result = explain('points:\n  - id: a\n   text: b\n');
		expect(result.line).toBe(3);
		expect(result.message).toContain('springt niet even ver in');
	});

	it('never passes the parser\'s English text on', () => {
		const sources = [
			'a: b: c\n',
			'points: []\n  - id: a\n',
			'title: "x\n',
			"title: 'x\n",
			'a:\n\t- b\n',
			'topics: [a, b\nyear: 2\n',
			'title x\nyear: 2\n',
			'a: 1\na: 2\n',
			'title: & x\n',
			'x:\n  - a\n - b\n',
		];
		for (const source of sources) {
			const result = explain(source);
			expect(`${result.message} ${result.fix}`).not.toMatch(ENGLISH);
		}
	});
});

describe('the frontmatter parser (yaml package) with these messages', () => {
	it('reports the common slips in Dutch, on their line, with the fix', async () => {
		const { parseYaml } = await import('./frontmatter.ts');
		const cases: [string, number, RegExp][] = [
			['title: x\nerrata:\n  - date: 2026-11-30\n    description: Wat er veranderd is, bijvoorbeeld: bedrag.\n    reason: y\n', 4, /dubbele punt/],
			['title: x\npoints: []\n  - id: a\n    text: b\n', 2, /onder "points: \[\]" staan nog regels/],
			['title: x\npoints: []\n- id: a\n', 2, /onder "points: \[\]" staan nog regels/],
			['title: "Advies over de DVO\nyear: 2025\n', 1, /nergens gesloten/],
			['title: x\ntitle: y\n', 2, /staat twee keer/],
			['points:\n\t- id: a\n', 2, /tab/],
			['title: @gemeente\n', 1, /eigen betekenis/],
		];
		for (const [source, line, message] of cases) {
			const result = parseYaml(source);
			expect(result.ok, source).toBe(false);
			if (result.ok) continue;
			expect([result.line, result.message], source).toEqual([line, expect.stringMatching(message)]);
			expect(`${result.message} ${result.fix}`).not.toMatch(ENGLISH);
		}
	});
});
