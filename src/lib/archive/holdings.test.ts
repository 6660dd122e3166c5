import { describe, expect, it } from 'vitest';
import { holdingsSentence } from './holdings.ts';

const base = { councilShortName: 'BAR', partner: 'WerkBedrijf Rijk van Nijmegen' };

describe('holdingsSentence', () => {
	it('counts what the archive holds, in the singular for one', () => {
		expect(holdingsSentence({ ...base, adviceCount: 1, versionCount: 1, periodCount: 1 })).toBe('Dit archief bevat 1 advies van de BAR en 1 versie van de DVO met WerkBedrijf Rijk van Nijmegen (1 periode).');
	});

	it('uses the plural, Dutch digit grouping and "geen" for nothing', () => {
		expect(holdingsSentence({ ...base, adviceCount: 2500, versionCount: 5, periodCount: 3 })).toBe('Dit archief bevat 2.500 adviezen van de BAR en 5 versies van de DVO met WerkBedrijf Rijk van Nijmegen (3 periodes).');
		expect(holdingsSentence({ ...base, adviceCount: 0, versionCount: 0, periodCount: 0 })).toBe('Dit archief bevat geen adviezen van de BAR en geen versies van de DVO met WerkBedrijf Rijk van Nijmegen.');
	});
});
