import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adviceSchema } from '../../schemas/advice.ts';
import { parseYaml } from '../content/frontmatter.ts';
import { findAmounts, findDates, frontmatterSkeleton, readLetterFacts, SUGGESTION_MARK } from './frontmatter-skeleton.ts';

const seed = readFileSync(new URL('../../../content/bronnen/advies-bar-dvo-2026-2027.txt', import.meta.url), 'utf8');
const context = { fileName: 'brief.txt', councilName: 'Burgeradviesraad Heumen', municipality: 'Gemeente Heumen', dvoIds: ['2026-2027/ontwerp'], today: new Date(Date.UTC(2026, 10, 30)) };

describe('frontmatter skeleton of an imported letter', () => {
	it('reads the dates, the DVO, the committee and the amounts the seed letter names', () => {
		const facts = readLetterFacts(seed, context);
		expect(facts.dvo).toBe('2026-2027/ontwerp');
		expect(facts.year).toBe(2025);
		expect(Object.fromEntries(facts.dates.filter((d) => d.field).map((d) => [d.field, d.iso]))).toEqual({ meeting: '2025-09-19', requestedBefore: '2025-10-01', committee: '2025-10-09' });
		expect(facts.committee).toBe('Raadscommissie Bestuur en Samenleving');
		expect(facts.amounts.map((a) => a.euros)).toEqual([81000, 14000, 24000]);
		expect(facts.verdictSummary).toMatch(/^We adviseren positief over de voorliggende DVO/);
	});

	it('writes valid frontmatter in which every guessed value is marked as a suggestion', () => {
		const yaml = frontmatterSkeleton(readLetterFacts(seed, context), { ...context, sourceFile: 'bronnen/brief.txt' });
		const parsed = parseYaml(yaml);
		expect(parsed.ok).toBe(true);
		const data = adviceSchema.parse(parsed.ok ? parsed.data : {});
		expect(data.title).toBe('Advies over de ontwerp-DVO 2026-2027');
		expect(data.sourceFile).toBe('bronnen/brief.txt');
		for (const field of ['title:', 'year:', 'dvo:', 'meeting:', 'verdict:', 'verdictSummary:']) {
			expect(yaml.split('\n').find((l) => l.trimStart().startsWith(field))).toContain(`# ${SUGGESTION_MARK}`);
		}
		expect(yaml).toContain('#   81000: "Voor 2026-2027 stelt u voor €81.000');
	});

	it('finds other notations and leaves a letter without facts with honest blanks', () => {
		expect(findDates('Heumen, 3-11-2026').map((d) => d.iso)).toEqual(['2026-11-03']);
		expect(findAmounts('een bedrag van 1.250 euro en EUR 300,-').map((a) => a.euros)).toEqual([1250, 300]);
		const facts = readLetterFacts('Beste mensen,\n\nDit is een brief.', { ...context, dvoIds: [] });
		expect(facts.dvo).toBeUndefined();
		expect(frontmatterSkeleton(facts, { ...context, dvoIds: [], sourceFile: 'bronnen/b.txt' })).toContain('dvo: "" # VOORSTEL: vul de DVO-versie in');
	});
});
