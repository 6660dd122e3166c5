/**
 * Queries as visitors type them (typos, d/t and ei/ij, words split, joined or hyphenated, and
 * everyday words for the archive's terms), each with the page that answers it. Used by the
 * browser test that types them into /zoeken/ (tests/browser/search.test.ts). Not tuned to the
 * suggestion code: each is a mistake or a word a person could make or use.
 */
export type Site = 'real' | 'example';

export interface VisitorCase {
	site: Site;
	query: string;
	/** typo (missing, extra, swapped, wrong letter), d/t, ei/ij, split, joined, hyphen, everyday */
	kind: string;
	/** The path (or path prefix) of the page that answers the query; for a word many pages use, the glossary entry that explains it. */
	expected: string;
}

const advice = '/adviezen/2025-dvo-2026-2027/';
const dvo = '/dvo/2026-2027/ontwerp/';

export const VISITOR_CASES: VisitorCase[] = [
	// The real archive.
	{ site: 'real', kind: 'typo: missing letter', query: 'participatiecoahing', expected: advice },
	{ site: 'real', kind: 'typo: missing letter', query: 'participatecoaching', expected: advice },
	{ site: 'real', kind: 'typo: wrong letter', query: 'partisipatiecoaching', expected: advice },
	{ site: 'real', kind: 'd/t', query: 'restandbudget', expected: dvo },
	{ site: 'real', kind: 'typo: missing letter', query: 'restantbuget', expected: dvo },
	{ site: 'real', kind: 'typo: extra letter', query: 'zelfredzaamheidt', expected: advice },
	{ site: 'real', kind: 'd/t', query: 'zelfretzaamheid', expected: advice },
	{ site: 'real', kind: 'typo: swapped letters', query: 'verankerign', expected: advice },
	{ site: 'real', kind: 'typo: missing letter', query: 'klantebestand', expected: advice },
	{ site: 'real', kind: 'ei/ij', query: 'kwalitijt', expected: advice },
	{ site: 'real', kind: 'typo: missing letter', query: 'raadscomissie', expected: advice },
	{ site: 'real', kind: 'd/t', query: 'eigenwaarte', expected: advice },
	{ site: 'real', kind: 'split', query: 'eigen waarde', expected: advice },
	{ site: 'real', kind: 'split', query: 'dienst verlening', expected: advice },
	{ site: 'real', kind: 'hyphen', query: 'participatie-coaching', expected: advice },
	{ site: 'real', kind: 'joined', query: 'lokalekeuzes', expected: '/lokale-keuzes/' },
	{ site: 'real', kind: 'everyday', query: 'jobcoach', expected: advice },
	{ site: 'real', kind: 'everyday', query: 'werkcoach', expected: dvo },
	{ site: 'real', kind: 'everyday', query: 'begroting 2027', expected: '/lokale-keuzes/' },
	{ site: 'real', kind: 'everyday', query: 'contract', expected: dvo },
	{ site: 'real', kind: 'everyday', query: 'adviesraad', expected: advice },
	{ site: 'real', kind: 'everyday', query: 'restbudget', expected: dvo },
	{ site: 'real', kind: 'everyday, typo', query: 'jobcoah', expected: advice },
	{ site: 'real', kind: 'typo with another word', query: 'participatiecoahing 2027', expected: dvo },
	{ site: 'real', kind: 'split, with another word', query: 'zelf redzaamheid pagina', expected: advice },
	// The fictional example archive.
	{ site: 'example', kind: 'typo: extra letter', query: 'taalcoatching', expected: '/adviezen/2022-dvo-2023/' },
	{ site: 'example', kind: 'typo: missing letter', query: 'taalcoacing', expected: '/adviezen/2022-dvo-2023/' },
	{ site: 'example', kind: 'typo: swapped letters', query: 'schuldhlup', expected: '/dvo/2023/vastgesteld/' },
	{ site: 'example', kind: 'typo: missing letter', query: 'kwartaalraportage', expected: '/adviezen/2022-dvo-2023/' },
	{ site: 'example', kind: 'typo: missing letter', query: 'kwaliteitsboring', expected: '/adviezen/2021-dvo-2022/' },
	{ site: 'example', kind: 'ei/ij', query: 'vaardigheiden', expected: '/dvo/2024-2025/vastgesteld/' },
	{ site: 'example', kind: 'd/t', query: 'vaardigheit', expected: '/dvo/2024-2025/vastgesteld/' },
	{ site: 'example', kind: 'joined', query: 'werkfitcoaching', expected: '/begrippen/#werkfit-coaching' },
	{ site: 'example', kind: 'split', query: 'restant budget', expected: '/begrippen/#restantbudget' },
	{ site: 'example', kind: 'typo in a phrase', query: 'lokale bindng', expected: '/adviezen/2021-dvo-2022/' },
	{ site: 'example', kind: 'typo with another word', query: 'taalcoahing stopt', expected: '/adviezen/2022-dvo-2023/' },
	{ site: 'example', kind: 'everyday', query: 'taalles', expected: '/adviezen/2022-dvo-2023/' },
	{ site: 'example', kind: 'everyday', query: 'schulden', expected: '/begrippen/#schuldhulp' },
	{ site: 'example', kind: 'everyday', query: 'jobcoach', expected: '/begrippen/#werkfit-coaching' },
	{ site: 'example', kind: 'everyday', query: 'eigen keuzes', expected: '/begrippen/#lokale-keuzes' },
	{ site: 'example', kind: 'everyday', query: 'inwonersraad', expected: '/begrippen/#voorbeeldraad' },
];
