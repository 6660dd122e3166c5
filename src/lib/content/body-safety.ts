/**
 * Body safety: an advice or DVO body is text, not a program.
 *
 * MDX lets a file import modules, run JavaScript expressions and write any HTML or component.
 * An editor's letter needs none of that, and each is a way to run code on the build machine or
 * publish a script. This rule reads the body with Sätteri, the same MDX parser the site renders
 * with (astro.config.mjs), and accepts only the node types of Markdown (with GFM tables,
 * footnotes and strikethrough), a short list of harmless HTML elements without attributes, and
 * links whose address is a web, e-mail or telephone address or a path on this site.
 *
 * Images are the sharpest edge: Astro imports a relative image address (./x.mjs, ../x.svg,
 * plaatje.png) as a module at build time, which runs code, publishes any file of the build
 * machine under /_astro/, or prints a file in an error (?raw). So an image may only be a file in
 * the site's own public/ folder, written as an absolute path (/map/naam.png) with a raster image
 * extension and no query, fragment or dot segments; Astro leaves such a path alone.
 *
 * It is an allowlist: a node type this module does not know is refused, so a new MDX feature
 * cannot slip through unnoticed.
 */
import { mdxToMdast } from 'satteri';

/** One unsafe or unreadable spot in a body; `line` is 1-based within the body. */
export interface BodyIssue {
	line?: number;
	message: string;
	fix: string;
}

/** Markdown node types a letter may contain. Anything else is refused. */
const SAFE_NODE_TYPES = new Set([
	'root',
	'paragraph',
	'text',
	'heading',
	'thematicBreak',
	'blockquote',
	'list',
	'listItem',
	'table',
	'tableRow',
	'tableCell',
	'emphasis',
	'strong',
	'delete',
	'inlineCode',
	'code',
	'break',
	'link',
	'image',
	'linkReference',
	'imageReference',
	'definition',
	'footnoteReference',
	'footnoteDefinition',
]);

/**
 * HTML elements a letter may write as a tag, always without attributes: they only mark up
 * text, cannot load anything and cannot run anything. The site's own components (LetterHeading)
 * are mapped from Markdown headings by the page, never written in a body.
 */
export const ALLOWED_ELEMENTS: readonly string[] = ['br', 'sub', 'sup'];

/** Deeper nesting (lists in quotes in lists …) than any letter has; the page renderer recurses per level. */
export const MAX_NESTING = 40;

/** Schemes a link may use; a link without a scheme is a path or an anchor on this site. */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

interface MdNode {
	type: string;
	name?: string | null;
	url?: string;
	identifier?: string;
	attributes?: unknown[];
	children?: MdNode[];
	position?: { start?: { line?: number } };
}

/**
 * The scheme of an address as a browser reads it: browsers drop ASCII whitespace and control
 * characters anywhere in a URL before they look at the scheme, and schemes are case-insensitive,
 * so "Java\tScript:" and " JAVASCRIPT:" are the same as "javascript:". Character references
 * (&#x6A;) are already decoded by the parser. Returns undefined for a relative address.
 */
export function urlScheme(url: string): string | undefined {
	// eslint-disable-next-line no-control-regex
	const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\ufeff]/g, '');
	const match = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned);
	return match ? match[1]!.toLowerCase() : undefined;
}

/** True when a link to `url` can neither run code nor load something from elsewhere by itself. */
export function isSafeLinkUrl(url: string): boolean {
	const scheme = urlScheme(url);
	return scheme === undefined || SAFE_SCHEMES.has(scheme);
}

/** An absolute path on this site to a raster image in public/: no query, fragment, escape or backslash. */
const SITE_IMAGE_PATH = /^\/(?!\/)[A-Za-z0-9._~\-/]*\.(?:png|jpe?g|gif|webp|avif)$/i;

/**
 * True when an image address is a file of the site's public/ folder by absolute path. Anything
 * else is refused: an image from elsewhere is a request to a third party, and a relative address
 * is imported by Astro as a module at build time (code runs, files of the build machine publish).
 */
export function isSafeImageUrl(url: string): boolean {
	return SITE_IMAGE_PATH.test(url) && !url.split('/').some((segment) => segment === '.' || segment === '..');
}

/** True when an image address names another site (a scheme, or // for "same scheme, other host"). */
function isExternalAddress(url: string): boolean {
	const cleaned = url.trim().replace(/\\/g, '/');
	return urlScheme(url) !== undefined || cleaned.startsWith('//');
}

const BRACE_FIX = 'bedoelt u een accolade als gewoon teken? Schrijf dan \\{ en \\} (met een backslash ervoor)';
const TAG_FIX = 'bedoelt u een < als gewoon teken? Schrijf dan \\<. Een opmaak als vet of een kop schrijft u in Markdown (**vet**, ## Kop)';

/** The definitions of a tree ([x]: url), by identifier: an image reference loads its definition's address. */
function definitionsOf(tree: MdNode): Map<string, string> {
	const definitions = new Map<string, string>();
	const stack = [tree];
	while (stack.length > 0) {
		const node = stack.pop()!;
		if (node.type === 'definition' && node.identifier !== undefined && node.url !== undefined && !definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
		stack.push(...(node.children ?? []));
	}
	return definitions;
}

const IMAGE_FIX = 'zet de afbeelding (png, jpg, gif, webp of avif) in de map public/ en schrijf het pad vanaf de hoofdmap van de site, zonder ?, # of ..: ![omschrijving](/afbeeldingen/naam.png). Of link naar de afbeelding met [tekst](https://…)';

/** The problem with an image address that is not a file of public/ by absolute path. */
const unsafeImage = (url: string) =>
	isExternalAddress(url)
		? { message: `de afbeelding "${url}" komt niet van deze site; de site laadt niets van andere sites`, fix: IMAGE_FIX }
		: {
				message: `de afbeelding "${url}" is geen pad naar een afbeelding in de map public/ van deze site; een afbeelding naast de tekst (./ of ../ of alleen een naam) zou bij het bouwen als programma worden ingelezen`,
				fix: IMAGE_FIX,
			};

function issueFor(node: MdNode, definitions: ReadonlyMap<string, string>): Omit<BodyIssue, 'line'> | undefined {
	switch (node.type) {
		case 'imageReference': {
			const url = definitions.get(node.identifier ?? '');
			return url !== undefined && !isSafeImageUrl(url) ? unsafeImage(url) : undefined;
		}
		case 'mdxjsEsm':
			return {
				message: 'de tekst bevat een import of export (programmacode); dat mag niet in een advies of DVO',
				fix: 'haal de regel met import of export weg; schrijf het woord als gewone tekst met een backslash ervoor (\\import) als het zo in de brief staat',
			};
		case 'mdxFlowExpression':
		case 'mdxTextExpression':
			return { message: 'de tekst bevat programmacode tussen accolades { }; dat mag niet in een advies of DVO', fix: BRACE_FIX };
		case 'mdxJsxFlowElement':
		case 'mdxJsxTextElement': {
			const name = node.name ?? '';
			if (!name) return { message: 'de tekst bevat een leeg element <> (programmacode)', fix: TAG_FIX };
			if (!ALLOWED_ELEMENTS.includes(name)) {
				return {
					message: `de tekst bevat het element <${name}>; HTML en componenten mogen niet in een advies of DVO (alleen ${ALLOWED_ELEMENTS.map((e) => `<${e}>`).join(', ')}, zonder attributen)`,
					fix: TAG_FIX,
				};
			}
			if ((node.attributes ?? []).length > 0) {
				return { message: `het element <${name}> heeft attributen; die mogen niet in een advies of DVO`, fix: `schrijf <${name}> zonder iets erachter` };
			}
			return undefined;
		}
		case 'link':
		case 'definition':
			if (node.url !== undefined && !isSafeLinkUrl(node.url)) {
				return {
					message: `de link "${node.url}" gebruikt een schema (${urlScheme(node.url)}:) dat programmacode of een ingebed bestand kan zijn`,
					fix: 'link alleen naar een webadres (https://…), een e-mailadres (mailto:…), een telefoonnummer (tel:…) of een pagina van deze site',
				};
			}
			return undefined;
		case 'image':
			return node.url !== undefined && !isSafeImageUrl(node.url) ? unsafeImage(node.url) : undefined;
		default:
			if (SAFE_NODE_TYPES.has(node.type)) return undefined;
			return { message: `de tekst bevat iets dat geen gewone tekst is (${node.type})`, fix: 'schrijf de tekst in gewone Markdown' };
	}
}

/** Sätteri's messages read "3:11: Unexpected … (mdx-jsx:unexpected-character)". */
const SATTERI_MESSAGE = /^(\d+):(\d+)(?:-\d+:\d+)?: ([\s\S]*?)(?: \([\w:-]+\))?$/;

/** Parses an MDX body with Sätteri; throws Sätteri's syntax error. */
export function parseBody(body: string): MdNode {
	return mdxToMdast(body, { position: true }) as unknown as MdNode;
}

/**
 * Every unsafe spot in an MDX body, or its syntax error. An empty list means the body is
 * Markdown text and nothing else.
 */
export function checkBodySafety(body: string): BodyIssue[] {
	let tree: MdNode;
	try {
		tree = parseBody(body);
	} catch (error) {
		const text = error instanceof Error ? error.message : String(error);
		const match = SATTERI_MESSAGE.exec(text.trim());
		return [
			{
				line: match ? Number(match[1]) : undefined,
				message: `de tekst kan niet gelezen worden (MDX): ${match ? match[3] : text}`,
				fix: 'tekens als { } < en > hebben in MDX een speciale betekenis; zet er een backslash voor (\\{ of \\<), of gebruik npm run import om de brief in te lezen',
			},
		];
	}
	const issues: BodyIssue[] = [];
	const definitions = definitionsOf(tree);
	const stack: { node: MdNode; depth: number }[] = [{ node: tree, depth: 0 }];
	while (stack.length > 0) {
		const { node, depth } = stack.pop()!;
		if (depth > MAX_NESTING) {
			issues.push({ line: node.position?.start?.line, message: `de tekst is dieper genest dan ${MAX_NESTING} niveaus (citaten of lijsten in elkaar)`, fix: 'schrijf de tekst met minder niveaus in elkaar' });
			break;
		}
		const issue = issueFor(node, definitions);
		if (issue) issues.push({ line: node.position?.start?.line, ...issue });
		// Inside a refused element nothing more needs saying; elsewhere look at every child.
		if (!issue && node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]!, depth: depth + 1 });
	}
	return issues;
}
