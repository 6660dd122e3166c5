/**
 * The Dutch YAML messages, on the real parser's errors for the mistakes secretaries make: each
 * names the right line, says what is wrong without English parser text, and its fix, when it
 * shows a corrected line, gives a line that parses.
 */
import { describe, expect, it } from 'vitest';
import { parseYaml } from './frontmatter.ts';
import type { YamlMessage } from './yaml-messages.ts';

/** The message the check shows: the archive's own parser (the `yaml` package, via parseYaml). */
function explain(source: string): YamlMessage {
	const result = parseYaml(source);
	if (!result.ok) return { line: result.line, message: result.message, fix: result.fix };
	throw new Error(`no parser error for:\n${source}`);
}

/** What the archive's parser reads from a corrected line (fails the test when it does not parse). */
function load(source: string): unknown {
	const result = parseYaml(source);
	if (!result.ok) throw new Error(`does not parse: ${source}\n${result.message}`);
	return result.data;
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
		expect(load(line)).toEqual({ description: 'Wat er veranderd is, bijvoorbeeld: bedrag verbeterd.' });
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
		expect(load(offeredLine(result.fix))).toEqual({ title: 'Advies over de DVO' });
	});

	it('explains a text that starts with a quote and goes on after it', () => {
		const result = explain('title: "Advies" over de DVO\n');
		expect(result.line).toBe(1);
		expect(load(offeredLine(result.fix))).toEqual({ title: "'Advies' over de DVO" });
	});

	it('explains a text starting with a sign YAML reserves', () => {
		for (const source of ['title: @gemeente over de DVO\n', 'title: *belangrijk* advies\n', 'title: % van het budget\n']) {
			const result = explain(source);
			expect(result.line).toBe(1);
			expect(result.message).toContain('eigen betekenis');
			expect(typeof (load(offeredLine(result.fix)) as { title: unknown }).title).toBe('string');
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
