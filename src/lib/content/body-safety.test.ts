/** Body safety: everything MDX could run or publish as markup is refused, with its line. */
import { describe, expect, it } from 'vitest';
import { checkBodySafety, isSafeLinkUrl } from './body-safety.ts';

const refused: { name: string; body: string; line: number; message: string; fix?: string }[] = [
	{ name: 'import', body: 'Tekst.\n\nimport fs from "node:fs"\n', line: 3, message: 'import of export', fix: '\\import' },
	{ name: 'export', body: 'export const x = 1\n', line: 1, message: 'import of export' },
	{ name: 'expression in text', body: 'Tekst.\n\nDe host is {fs.readFileSync("/etc/hostname")}.\n', line: 3, message: 'programmacode tussen accolades', fix: '\\{' },
	{ name: 'flow expression', body: '{process.exit(1)}\n', line: 1, message: 'programmacode tussen accolades', fix: '\\{' },
	{ name: 'script', body: 'Tekst\n\n<script>alert(1)</script>\n', line: 3, message: 'het element <script>' },
	{ name: 'Script component', body: '<Script src="x" />\n', line: 1, message: 'het element <Script>' },
	{ name: 'iframe', body: '<iframe src="https://evil.example"></iframe>\n', line: 1, message: 'het element <iframe>' },
	{ name: 'object', body: '<object data="x.swf" />\n', line: 1, message: 'het element <object>' },
	{ name: 'embed', body: 'a <embed src="x" /> b\n', line: 1, message: 'het element <embed>' },
	{ name: 'svg', body: '<svg><script>alert(1)</script></svg>\n', line: 1, message: 'het element <svg>' },
	{ name: 'raw link', body: '<a href="javascript:alert(1)">x</a>\n', line: 1, message: 'het element <a>' },
	{ name: 'style attribute on allowed element', body: 'x<sup style="position:fixed">1</sup>\n', line: 1, message: 'heeft attributen' },
	{ name: 'event handler on allowed element', body: 'x<br onmouseover="alert(1)" />\n', line: 1, message: 'heeft attributen' },
	{ name: 'expression attribute', body: 'x<sup {...props}>1</sup>\n', line: 1, message: 'heeft attributen' },
	{ name: 'expression inside an allowed element', body: 'x<sup>{globalThis.x}</sup>\n', line: 1, message: 'programmacode tussen accolades' },
	{ name: 'fragment', body: '<>x</>\n', line: 1, message: 'leeg element' },
	{ name: 'member component', body: '<Foo.Bar />\n', line: 1, message: 'het element <Foo.Bar>' },
	{ name: 'javascript link', body: 'Zie [hier](javascript:alert(1)).\n', line: 1, message: 'javascript:' },
	{ name: 'mixed-case link', body: '[hier](JaVaScRiPt:alert(1))\n', line: 1, message: 'javascript:' },
	{ name: 'entity-obfuscated link', body: '[hier](&#x6A;avascript&#58;alert(1))\n', line: 1, message: 'javascript:' },
	{ name: 'tab inside the scheme', body: '[hier](<java\tscript:alert(1)>)\n', line: 1, message: 'javascript:' },
	{ name: 'data link', body: '[x](data:text/html;base64,PHNjcmlwdD4=)\n', line: 1, message: 'data:' },
	{ name: 'vbscript link', body: '[x](vbscript:msgbox)\n', line: 1, message: 'vbscript:' },
	{ name: 'reference definition', body: 'Zie [hier][a].\n\n[a]: javascript:alert(1)\n', line: 3, message: 'javascript:' },
	{ name: 'entity in a reference definition', body: '[a]: jav&#x61;script:alert(1)\n\n[a]\n', line: 1, message: 'javascript:' },
	{ name: 'image from elsewhere', body: '![x](https://tracker.example/p.gif)\n', line: 1, message: 'komt niet van deze site' },
	{ name: 'scheme-relative image', body: '![x](//tracker.example/p.gif)\n', line: 1, message: 'komt niet van deze site' },
	{ name: 'image reference to elsewhere', body: 'Tekst.\n\n![pixel][p]\n\n[p]: https://tracker.example/p.gif\n', line: 3, message: 'komt niet van deze site' },
	{ name: 'image next to the text that Astro would import as a module', body: '![x](./plaatje.mjs)\n', line: 1, message: 'geen pad naar een afbeelding in de map public/', fix: '/afbeeldingen/naam.png' },
	{ name: 'image outside the content folder', body: 'Tekst.\n\n![x](../../evil.svg)\n', line: 3, message: 'geen pad naar een afbeelding in de map public/' },
	{ name: 'image of a build-machine file', body: '![z](../../../../root/.ssh/x.png)\n', line: 1, message: 'geen pad naar een afbeelding in de map public/' },
	{ name: 'image with ?raw', body: '![a](../../../../etc/hostname?raw)\n', line: 1, message: 'geen pad naar een afbeelding in de map public/' },
	{ name: 'bare image name', body: '![a](plaatje.png)\n', line: 1, message: 'geen pad naar een afbeelding in de map public/' },
	{ name: 'absolute image path with a query', body: '![a](/plaatje.png?raw)\n', line: 1, message: 'geen pad naar een afbeelding in de map public/' },
	{ name: 'absolute image path with dot segments', body: '![a](/../../etc/x.png)\n', line: 1, message: 'geen pad naar een afbeelding in de map public/' },
	{ name: 'absolute path to an SVG', body: '![a](/evil.svg)\n', line: 1, message: 'geen pad naar een afbeelding in de map public/' },
	{ name: 'absolute path to a script', body: '![a](/plaatje.mjs)\n', line: 1, message: 'geen pad naar een afbeelding in de map public/' },
	{ name: 'relative image by reference definition', body: 'Tekst.\n\n![pixel][p]\n\n[p]: ./plaatje.mjs\n', line: 3, message: 'geen pad naar een afbeelding in de map public/' },
	{ name: 'capitalised allowed element (a component)', body: 'x<Sup>2</Sup>\n', line: 1, message: 'het element <Sup>' },
	{ name: 'nesting deeper than any letter', body: `Tekst.\n\n${'>'.repeat(60)} diep\n`, line: 3, message: 'dieper genest dan 40 niveaus' },
	{ name: 'syntax error', body: 'Tekst {\n', line: 1, message: 'kan niet gelezen worden (MDX)', fix: 'backslash' },
];

describe('checkBodySafety', () => {
	it.each(refused)('refuses $name with its line, message and fix', ({ body, line, message, fix }) => {
		const issues = checkBodySafety(body);
		expect(issues.length).toBeGreaterThan(0);
		expect(issues[0]!.line).toBe(line);
		expect(issues[0]!.message).toContain(message);
		if (fix) expect(issues[0]!.fix).toContain(fix);
	});

	it('accepts a letter in Markdown with web and e-mail addresses, tables, footnotes and escapes', () => {
		const body = [
			'Geacht college,',
			'',
			'## Advies over de lokale keuzes',
			'',
			'Zie https://www.heumen.nl/zoeken?q=dvo&jaar=2026#resultaat en mail naar secretaris@bar-heumen.nl.',
			'Een [link](https://example.org/a?b=1), een [pagina](/dvo/2026-2027/), [anker](#advies) en [bel ons](tel:+31241234567).',
			'',
			'| post | bedrag |',
			'|---|---:|',
			'| coaching | € 81.000 |',
			'',
			'- punt \\{een\\} met 3 \\< 4',
			'1. *nadruk*, **vet**, ~~doorgehaald~~, `code`[^1]',
			'',
			'x<sup>2</sup> en H<sub>2</sub>O<br />',
			'',
			'![Logo van de raad](/afbeeldingen/logo-bar.png) en ![kaart][k]',
			'',
			'[k]: /kaart.webp',
			'',
			'[^1]: Een voetnoot.',
			'',
		].join('\n');
		expect(checkBodySafety(body)).toEqual([]);
	});
});

describe('syntax errors', () => {
	it("names the line of an unclosed brace and explains it without the parser's position prefix", () => {
		const [issue] = checkBodySafety('## Advies\n\nEerste alinea.\n\nHier staat { zonder sluiting.\n');
		expect(issue?.line).toBe(5);
		expect(issue?.message).toMatch(/^de tekst kan niet gelezen worden \(MDX\): .*closing brace/);
		expect(issue?.message).not.toMatch(/\(MDX\): \d+:\d+/);
	});

	it('catches what Markdown allows but MDX does not: an HTML comment and a lone "<"', () => {
		expect(checkBodySafety('Tekst\n\n<!-- opmerking -->\n')[0]?.line).toBe(3);
		expect(checkBodySafety('Minder dan <5 procent.\n')[0]?.line).toBe(1);
	});
});

describe('isSafeLinkUrl', () => {
	it.each(['https://a.nl', 'http://a.nl', 'mailto:a@b.nl', 'tel:+3124', '/pad/', '#anker', 'pagina.html', '//cdn.example/x'])('accepts %s', (url) => {
		expect(isSafeLinkUrl(url)).toBe(true);
	});
	it.each(['javascript:x', ' JAVASCRIPT:x', 'java\nscript:x', '\u0000javascript:x', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd', 'blob:x'])('refuses %j', (url) => {
		expect(isSafeLinkUrl(url)).toBe(false);
	});
});
