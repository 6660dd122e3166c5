/** The schemas accept the real content's shapes and explain what is wrong in Dutch. */
import { describe, expect, it } from 'vitest';
import { adviceSchema } from './advice.ts';
import { dvoSchema } from './dvo.ts';
import { settingsSchema } from './settings.ts';

const validDvo = {
	title: 'Ontwerp-DVO 2026-2027',
	period: { firstYear: 2026, lastYear: 2027 },
	version: 'ontwerp',
	parties: ['Gemeente Heumen', 'WerkBedrijf Rijk van Nijmegen'],
	source: { description: 'Uit het advies' },
	localChoices: { sharePercent: 15, years: [{ year: 2026, lines: [{ id: 'participatiecoaching', name: 'Participatiecoaching', amount: 81000, fte: 0.9, status: 'voorgesteld' }] }] },
};

const validAdvice = {
	title: 'Advies',
	year: 2025,
	council: 'BAR',
	addressee: 'College',
	dvo: '2026-2027/ontwerp',
	dates: { meeting: '2025-09-19' },
	verdict: 'positief',
	verdictSummary: 'Positief.',
	points: [{ id: 'a', kind: 'vraag', topic: 't', text: 'Vraag?' }],
};

function messages(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
	return (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('DVO schema', () => {
	it('accepts a version with integer amounts and fte', () => {
		const result = dvoSchema.safeParse(validDvo);
		expect(messages(result)).toEqual([]);
		expect(result.data?.fullText).toBe(false);
	});

	it('rejects fractional and negative amounts with a Dutch explanation', () => {
		const fractional = structuredClone(validDvo);
		fractional.localChoices.years[0]!.lines[0]!.amount = 81000.5;
		expect(messages(dvoSchema.safeParse(fractional))).toEqual(['localChoices.years.0.lines.0.amount: 81000.5 is geen heel bedrag; bedragen zijn hele euro\'s zonder komma of punt, bijvoorbeeld 81000 voor € 81.000']);
		const negative = structuredClone(validDvo);
		negative.localChoices.years[0]!.lines[0]!.amount = -1;
		expect(messages(dvoSchema.safeParse(negative))[0]).toContain('-1 is negatief');
	});

	it('rejects an amount written as text', () => {
		const text = structuredClone(validDvo) as unknown as { localChoices: { years: { lines: { amount: unknown }[] }[] } };
		text.localChoices.years[0]!.lines[0]!.amount = '€ 81.000';
		expect(messages(dvoSchema.safeParse(text))[0]).toContain('"€ 81.000" is geen bedrag');
	});

	it('names the allowed version labels', () => {
		expect(messages(dvoSchema.safeParse({ ...validDvo, version: 'definitief' }))).toEqual(['version: "definitief" is geen toegestane waarde; kies uit: ontwerp, vastgesteld, gewijzigd']);
	});

	it('rejects fte with too many decimals or a comma', () => {
		const precise = structuredClone(validDvo);
		precise.localChoices.years[0]!.lines[0]!.fte = 0.333;
		expect(messages(dvoSchema.safeParse(precise))[0]).toContain('te veel decimalen');
		const comma = structuredClone(validDvo) as unknown as { localChoices: { years: { lines: { fte: unknown }[] }[] } };
		comma.localChoices.years[0]!.lines[0]!.fte = '0,9';
		expect(messages(dvoSchema.safeParse(comma))[0]).toContain('schrijf een getal met een punt');
	});

	it('rejects a period that ends before it starts', () => {
		expect(messages(dvoSchema.safeParse({ ...validDvo, period: { firstYear: 2027, lastYear: 2026 } }))[0]).toContain('het laatste jaar ligt voor het eerste jaar');
	});
});

describe('advice schema', () => {
	it('accepts the known dates and defaults the follow-up to open', () => {
		const result = adviceSchema.safeParse(validAdvice);
		expect(messages(result)).toEqual([]);
		expect(result.data?.dates.meeting?.toISOString()).toBe('2025-09-19T00:00:00.000Z');
		expect(result.data?.points[0]?.followUp.status).toBe('open');
	});

	it('rejects a malformed or impossible date', () => {
		expect(messages(adviceSchema.safeParse({ ...validAdvice, dates: { meeting: '19-09-2025' } }))).toEqual(['dates.meeting: "19-09-2025" is geen datum; schrijf jaar-maand-dag, bijvoorbeeld 2025-09-19']);
		expect(messages(adviceSchema.safeParse({ ...validAdvice, dates: { meeting: '2025-09-31' } }))[0]).toContain('"2025-09-31" is geen datum');
	});

	it('rejects duplicate point ids, naming the first one', () => {
		const points = [validAdvice.points[0], { ...validAdvice.points[0], text: 'Nog een vraag?' }];
		expect(messages(adviceSchema.safeParse({ ...validAdvice, points }))).toEqual(['points.1.id: de code "a" komt al voor bij punt 1; geef elk punt een eigen code']);
	});

	it('reports a missing required field', () => {
		const { verdict: _verdict, ...withoutVerdict } = validAdvice;
		expect(messages(adviceSchema.safeParse(withoutVerdict))).toEqual(['verdict: dit veld ontbreekt; kies uit: positief, positief-met-opmerkingen, gemengd, negatief']);
	});
});

describe('settings schema', () => {
	it('requires a valid base URL', () => {
		const settings = { councilName: 'BAR Heumen', councilShortName: 'BAR', municipality: 'Gemeente Heumen', partner: 'WerkBedrijf', baseUrl: 'bar-heumen', contact: {} };
		expect(messages(settingsSchema.safeParse(settings))[0]).toContain('"bar-heumen" is geen geldig webadres');
		expect(settingsSchema.safeParse({ ...settings, baseUrl: 'https://example.org' }).success).toBe(true);
	});
});
