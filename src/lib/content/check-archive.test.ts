/** The content check on small archives built in memory: each problem names file, line and field. */
import { describe, expect, it } from 'vitest';
import { checkArchive } from './check-archive.ts';
import { formatProblem, type ContentProblem } from './problems.ts';
import type { RawArchive } from './read-archive.ts';

const settings = `councilName: BAR Heumen
councilShortName: BAR
municipality: Gemeente Heumen
partner: WerkBedrijf
baseUrl: https://example.org
contact: {}
`;

const dvo = `---
title: Ontwerp-DVO 2026-2027
period:
  firstYear: 2026
  lastYear: 2027
version: ontwerp
parties: [Gemeente Heumen, WerkBedrijf]
source:
  description: Uit het advies.
  advice: 2025-advies
localChoices:
  years:
    - year: 2026
      lines:
        - id: participatiecoaching
          name: Participatiecoaching
          amount: 81000
          fte: 0.9
          status: voorgesteld
---

Tekst.
`;

const advice = `---
title: Advies
year: 2025
council: BAR
addressee: College
dvo: 2026-2027/ontwerp
dates:
  meeting: 2025-09-19
verdict: positief
verdictSummary: Positief.
points:
  - id: vraag-een
    kind: vraag
    topic: participatiecoaching
    section: budget
    text: Wat is de rol?
---

Geacht college,

## Budget

Tekst.
`;

function archive(overrides: { advice?: string; dvo?: string; settings?: string } = {}): RawArchive {
	return {
		contentDir: 'content',
		documents: [
			{ kind: 'advice', id: '2025-advies', displayPath: 'content/adviezen/2025-advies.mdx', source: overrides.advice ?? advice },
			{ kind: 'dvo', id: '2026-2027/ontwerp', displayPath: 'content/dvo/2026-2027/ontwerp.mdx', source: overrides.dvo ?? dvo },
		],
		settings: { displayPath: 'content/instellingen.yaml', source: overrides.settings ?? settings },
		sourceFiles: [],
	};
}

function errors(problems: ContentProblem[]) {
	return problems.filter((p) => p.severity === 'error');
}

describe('checkArchive', () => {
	it('accepts a consistent archive and returns its typed documents', () => {
		const result = checkArchive(archive());
		expect(result.problems).toEqual([]);
		expect(result.advice[0]?.data.dates.meeting?.toISOString().slice(0, 10)).toBe('2025-09-19');
		expect(result.dvo[0]?.data.localChoices?.years[0]?.lines[0]?.amount).toBe(81000);
	});

	it('names file, line and field of a missing required field', () => {
		const [problem] = errors(checkArchive(archive({ advice: advice.replace('verdict: positief\n', '') })).problems);
		expect(problem).toMatchObject({ file: 'content/adviezen/2025-advies.mdx', field: 'verdict', message: 'dit verplichte veld ontbreekt' });
		expect(problem?.fix).toBe('voeg "verdict:" toe aan de gegevens bovenaan het bestand; kies uit: positief, positief-met-opmerkingen, gemengd, negatief');
	});

	it('reports a malformed date on its line', () => {
		const [problem] = errors(checkArchive(archive({ advice: advice.replace('meeting: 2025-09-19', 'meeting: 19-09-2025') })).problems);
		expect(problem).toMatchObject({ line: 8, field: 'dates → meeting' });
		expect(problem?.message).toContain('"19-09-2025" is geen datum');
	});

	it('reports an impossible date instead of rolling it over', () => {
		const [problem] = errors(checkArchive(archive({ advice: advice.replace('2025-09-19', '2025-09-31') })).problems);
		expect(problem?.message).toContain('"2025-09-31" is geen datum');
	});

	it('reports negative and fractional amounts with the line of the amount', () => {
		const negative = errors(checkArchive(archive({ dvo: dvo.replace('amount: 81000', 'amount: -81000') })).problems);
		expect(negative[0]).toMatchObject({ line: 17, field: 'localChoices → years → 1 → lines → 1 → amount' });
		const fractional = errors(checkArchive(archive({ dvo: dvo.replace('amount: 81000', 'amount: 81000.50') })).problems);
		expect(fractional[0]?.message).toContain('geen heel bedrag');
	});

	it('catches a Dutch thousands separator that YAML would read as 81 euro', () => {
		const [problem] = errors(checkArchive(archive({ dvo: dvo.replace('amount: 81000', 'amount: 81.000') })).problems);
		expect(problem).toMatchObject({ line: 17, field: 'amount' });
		expect(problem?.message).toContain('"81.000" wordt gelezen als 81 euro');
		expect(problem?.fix).toContain('81000');
	});

	it('names the allowed version labels for an unknown one', () => {
		const [problem] = errors(checkArchive(archive({ dvo: dvo.replace('version: ontwerp', 'version: concept') })).problems);
		expect(problem).toMatchObject({ line: 6, field: 'version' });
		expect(problem?.message).toContain('kies uit: ontwerp, vastgesteld, gewijzigd');
	});

	it('rejects a duplicate point id', () => {
		const duplicate = advice.replace('---\n\nGeacht', `  - id: vraag-een\n    kind: vraag\n    topic: x\n    text: Nog een?\n---\n\nGeacht`);
		const [problem] = errors(checkArchive(archive({ advice: duplicate })).problems);
		expect(problem).toMatchObject({ field: 'points → 2 → id', line: 17 });
		expect(problem?.message).toContain('komt al voor bij punt 1');
	});

	it('rejects an advice about a DVO version that does not exist, listing the ones that do', () => {
		const [problem] = errors(checkArchive(archive({ advice: advice.replace('dvo: 2026-2027/ontwerp', 'dvo: 2026-2027/vastgesteld') })).problems);
		expect(problem).toMatchObject({ field: 'dvo', line: 6 });
		expect(problem?.message).toBe('er is geen DVO-versie "2026-2027/vastgesteld"');
		expect(problem?.fix).toContain('2026-2027/ontwerp');
	});

	it('reports an MDX syntax error in the body with its line in the file', () => {
		const [problem] = errors(checkArchive(archive({ advice: advice.replace('Tekst.', 'Het budget is {niet bekend.') })).problems);
		expect(problem).toMatchObject({ field: 'tekst', line: 23 });
		expect(problem?.fix).toContain('backslash');
	});

	it('rejects a point that refers to a heading the letter does not have', () => {
		const [problem] = errors(checkArchive(archive({ advice: advice.replace('section: budget', 'section: begroting') })).problems);
		expect(problem?.message).toBe('er is geen kop met de code "begroting" in de tekst');
		expect(problem?.fix).toContain('budget');
	});

	it('rejects a version whose folder does not match its period', () => {
		const [problem] = errors(checkArchive(archive({ dvo: dvo.replace('lastYear: 2027', 'lastYear: 2028') })).problems);
		expect(problem?.message).toContain('past niet bij de map "2026-2027"');
	});

	it('formats a problem as one line an editor can act on', () => {
		const [problem] = errors(checkArchive(archive({ advice: advice.replace('meeting: 2025-09-19', 'meeting: 19-09-2025') })).problems);
		expect(formatProblem(problem!)).toBe(
			'FOUT content/adviezen/2025-advies.mdx:8 veld "dates → meeting": "19-09-2025" is geen datum; schrijf jaar-maand-dag, bijvoorbeeld 2025-09-19',
		);
	});
});
