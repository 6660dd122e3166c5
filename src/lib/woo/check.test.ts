import { describe, expect, it } from 'vitest';
import { formatProblem } from '../content/problems.ts';
import { checkWoo, wooDocumentProblems, wooSettingsProblems } from './check.ts';
import { advice, dvoVersion, siteSettings } from './test-fixtures.ts';

const settingsFile = (woo: string, baseUrl = 'https://raad.example') => ({
	displayPath: 'content/instellingen.yaml',
	source: `councilName: Testraad\nbaseUrl: ${baseUrl}\nwoo:\n${woo}`,
});

function settingsProblems(woo: Record<string, unknown>, source: string, extra: Record<string, unknown> = {}) {
	const settings = siteSettings({ woo, ...extra });
	return wooSettingsProblems(settings, settingsFile(source, settings.baseUrl)).map(formatProblem);
}

describe('the Woo settings check', () => {
	it('accepts a TOOI organisation and categories from the list, by name or by URI', () => {
		const woo = { publisher: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0252', categories: { dvo: 'https://identifier.overheid.nl/tooi/def/thes/kern/c_8fc2335c' } };
		expect(settingsProblems(woo, '  publisher: x\n')).toEqual([]);
	});

	it('reports a publisher that is not a TOOI organisation URI, with file, line and fix', () => {
		const [problem] = settingsProblems({ publisher: 'Gemeente Heumen' }, '  publisher: Gemeente Heumen\n');
		expect(problem).toBe(
			'FOUT content/instellingen.yaml:4 veld "woo → publisher": "Gemeente Heumen" is geen TOOI-identificatie van een overheidsorganisatie\n' +
				'    Oplossing: schrijf het adres van de organisatie die publiceert zoals TOOI het geeft, bijvoorbeeld https://identifier.overheid.nl/tooi/id/gemeente/gm0252 (gemeente Heumen); de code staat in het Register van overheidsorganisaties',
		);
	});

	it.each(['https://identifier.overheid.nl/tooi/id/gemeente/pv25', 'http://identifier.overheid.nl/tooi/id/gemeente/gm0252', 'https://identifier.overheid.nl/tooi/def/thes/kern/c_99a836c7'])(
		'reports %s as not a TOOI organisation',
		(publisher) => {
			expect(settingsProblems({ publisher }, '  publisher: x\n')).toHaveLength(1);
		},
	);

	it('reports a category that is not in the list, naming the choices', () => {
		const problems = settingsProblems({ publisher: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0252', categories: { dvo: 'overeenkomsten' } }, '  publisher: x\n  categories:\n    dvo: overeenkomsten\n');
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/^FOUT content\/instellingen\.yaml:6 veld "woo → categories → dvo": "overeenkomsten" is geen informatiecategorie van de Woo/);
		expect(problems[0]).toMatch(/kies uit: wetten, .*adviezen, convenanten, .*inspanningsverplichting/);
	});

	it('stops a site that is not at the root of its (sub)domain, and warns about http', () => {
		const woo = { publisher: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0252' };
		expect(settingsProblems(woo, '  publisher: x\n', { baseUrl: 'https://gemeente.example/bar' })[0]).toMatch(/^FOUT .* veld "baseUrl": .*niet in de hoofdmap/);
		expect(settingsProblems(woo, '  publisher: x\n', { baseUrl: 'http://bar-heumen.example' })[0]).toMatch(/^LET OP .* veld "baseUrl": .*geen https-adres/);
		expect(settingsProblems(woo, '  publisher: x\n', { baseUrl: 'http://bar-heumen.example', fictional: true })).toEqual([]);
		// The development address of the settings' placeholder is not a mistake yet.
		expect(settingsProblems(woo, '  publisher: x\n', { baseUrl: 'http://localhost:4321' })).toEqual([]);
	});

	it('has nothing to check when the archive is not published in the Woo-index', () => {
		const settings = siteSettings({ woo: undefined });
		expect(checkWoo({ settings: settingsFile(''), documents: [] }, settings, [advice('a', {})], [])).toEqual([]);
	});
});

describe('the creation dates the Woo-index needs', () => {
	const source = (fields: string) => `---\ntitle: T\n${fields}---\n\nTekst.\n`;

	it('stops a published advice without letter date and without meeting date, and says how to add one', () => {
		const item = advice('2020-a', { dates: { committee: '2020-10-01' } });
		const sources = new Map([[item.displayPath, source('dates:\n  committee: 2020-10-01\n')]]);
		const [problem] = wooDocumentProblems([item], [], sources, new Set(['adviezen/2020-a.mdx'])).map(formatProblem);
		expect(problem).toMatch(/^FOUT adviezen\/2020-a\.mdx:3 veld "dates": de Woo-index heeft een datum van het advies nodig/);
		expect(problem).toMatch(/letter: JJJJ-MM-DD.*meeting: JJJJ-MM-DD/);
	});

	it('only warns about a new advice (not yet in the lock), so an imported letter can be looked at first', () => {
		const [problem] = wooDocumentProblems([advice('2026-nieuw', {})], [], new Map());
		expect(problem).toMatchObject({ severity: 'warning', file: 'adviezen/2026-nieuw.mdx', field: 'dates' });
	});

	it('accepts an advice with only the meeting date (the documented rule)', () => {
		expect(wooDocumentProblems([advice('2025-a', { dates: { meeting: '2025-09-19' } })], [], new Map())).toEqual([]);
	});

	it('reports a DVO version whose text is in the archive but whose date is not', () => {
		const version = dvoVersion('2026-2027/vastgesteld', { fullText: true });
		const [problem] = wooDocumentProblems([], [version], new Map([[version.displayPath, source('fullText: true\n')]]), new Set(['dvo/2026-2027/vastgesteld.mdx'])).map(formatProblem);
		expect(problem).toMatch(/^FOUT dvo\/2026-2027\/vastgesteld\.mdx:3 veld "versionDate": .*datum van de versie ontbreekt/);
		expect(problem).toMatch(/versionDate: JJJJ-MM-DD.*fullText: false/);
	});

	it('does not ask a date of a DVO version whose text the archive does not hold (it is not in the sitemaps)', () => {
		expect(wooDocumentProblems([], [dvoVersion('2026-2027/ontwerp', { fullText: false })], new Map())).toEqual([]);
	});
});
