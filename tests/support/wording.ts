/**
 * Sentences the site must not say, because they claim more than the archive holds (or name the
 * wrong body), and a reader for the interface text of a built site to look for them in. One shared
 * list: whoever fixes such a sentence adds it here, and tests/build/wording.test.ts checks every
 * page of both archives for every entry.
 */
import { listHtmlPages, routeOf } from '../../src/lib/quality/site-files.ts';
import { parsePage, visibleText } from './html.ts';

export interface WrongSentence {
	/** The wrong wording: a literal piece of text, or a pattern when the fixed text starts the same way. */
	text: string | RegExp;
	/** Why it is wrong, as a reminder for whoever is tempted to bring it back. */
	why: string;
}

export const WRONG_SENTENCES: WrongSentence[] = [
	{ text: 'Hier leest u alle adviezen', why: 'home: the archive holds the advice put into it, not necessarily all advice' },
	{ text: 'Dit archief bevat de adviezen en de afspraken', why: 'footer: claims completeness; the footer now counts what the archive holds' },
	{ text: 'Alle adviezen van de Burgeradviesraad', why: 'meta description of /adviezen/: claims completeness, and names the real council in the example archive' },
	{ text: 'wat er in de afspraken staat', why: 'home: the full text of a DVO is often not in the archive' },
	{ text: 'Deze pagina laat zien wat erover bekend is', why: 'DVO page: says what the archive has, not what is known in the world' },
	{ text: 'Wat we weten', why: 'DVO page heading: the archive speaks about what it holds' },
	{ text: /Dit is niet de nieuwste versie\.(?! in dit archief)/, why: 'version banner: a newer version may exist outside the archive; say "in dit archief"' },
	{ text: 'Deze pagina bestaat niet', why: '404: the page is not in this archive; the site cannot know more' },
	{ text: 'Alle dienstverleningsovereenkomsten', why: '/dvo/ meta description: the archive holds some versions, not all agreements' },
	{ text: 'Wij willen dat iedereen deze website kan gebruiken', why: 'accessibility statement: states an intent nobody in the record stated; it now says what the site is built to meet' },
];

/** The text of a page as a reader and a search engine meet it: title, meta description, visible body text. */
export function pageInterfaceText(siteDir: string, route: string): string {
	const page = parsePage(siteDir, route);
	const title = page.querySelector('title')?.textContent ?? '';
	const description = page.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
	return `${title}\n${description}\n${visibleText(page.querySelector('body') ?? page)}`;
}

/** Every wrong sentence found on any page of a built site, as "<route>: <sentence>". */
export function findWrongSentences(siteDir: string, list: readonly WrongSentence[] = WRONG_SENTENCES): string[] {
	return listHtmlPages(siteDir).flatMap((file) => {
		const route = routeOf(file);
		const text = pageInterfaceText(siteDir, route);
		return list.filter((w) => (typeof w.text === 'string' ? text.includes(w.text) : w.text.test(text))).map((w) => `${route}: ${String(w.text)}`);
	});
}
