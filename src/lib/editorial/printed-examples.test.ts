/**
 * Every example the tools print can be copied as printed: the erratum of the lock error (the
 * example once had an unquoted colon and was itself invalid YAML), and the import's skeleton,
 * whose instruction comment must not contain the mark the check warns about.
 */
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { erratumListSchema } from '../../schemas/errata.ts';
import { frontmatterSkeleton, readLetterFacts, SUGGESTION_MARK } from '../import/frontmatter-skeleton.ts';
import { erratumExample, erratumHowTo } from './lock.ts';

const today = new Date('2026-12-01T12:00:00Z');
const load = (text: string) => yaml.load(text, { schema: yaml.CORE_SCHEMA });

describe('printed examples', () => {
	it('the erratum example is a valid erratum list, also as indented in the lock error', () => {
		const example = load(erratumExample(today)) as { errata: unknown };
		expect(erratumListSchema.parse(example.errata)).toEqual([expect.objectContaining({ description: expect.stringContaining('bijvoorbeeld: bedrag') })]);
		const lines = erratumHowTo(today).split('\n');
		const start = lines.findIndex((line) => line.trim() === 'errata:');
		const printed = lines.slice(start, start + 4).join('\n');
		expect(load(printed)).toEqual(example);
		expect(erratumHowTo(today)).toContain('npm run erratum');
	});

	it('the import skeleton parses, and only its suggestions carry the mark', () => {
		const context = { fileName: 'brief.txt', councilName: 'BAR', municipality: 'Gemeente Heumen', dvoIds: ['2026-2027/ontwerp'], today, sourceFile: 'bronnen/brief.txt' };
		const facts = readLetterFacts('Betreft: Advies: DVO 2026-2027\n\nGeacht college,\n\nWij adviseren positief over de DVO 2026-2027 (vergadering van 19 september 2025).\n', context);
		const skeleton = frontmatterSkeleton(facts, context);
		expect(() => load(skeleton)).not.toThrow();
		const marked = skeleton.split('\n').filter((line) => line.includes(`# ${SUGGESTION_MARK}`));
		expect(marked.length).toBeGreaterThan(3);
		for (const line of marked) expect(line).toMatch(/^\s*[A-Za-z]+:\s/);
	});
});
