/**
 * Splits an MDX document into its YAML frontmatter and body, parses the YAML, and finds the
 * line of a field.
 *
 * The YAML is read with the `yaml` package (eemeli/yaml) and its core schema: dates stay
 * strings, so the schema can reject an impossible date instead of the parser quietly rolling
 * 2025-09-31 over to 1 October. The parser keeps the position of every node, so the line of a
 * field is the parser's own answer, also inside nested lists; and it expands aliases only up to
 * a small limit, so a "billion laughs" file is an error with a line instead of a crash.
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { explainYamlError } from './yaml-messages.ts';

export interface SplitDocument {
	/** The YAML text between the --- fences ('' when there is none). */
	frontmatter: string;
	body: string;
	/** 1-based line in the file where the frontmatter text starts. */
	frontmatterStartLine: number;
	/** 1-based line in the file where the body starts. */
	bodyStartLine: number;
	hasFrontmatter: boolean;
}

const FENCE = /^---[ \t]*$/;

/** Separates frontmatter and body, accepting CRLF and a byte-order mark. */
export function splitDocument(source: string): SplitDocument {
	const text = source.replace(/^\uFEFF/, '');
	const lines = text.split(/\r?\n/);
	if (lines.length === 0 || !FENCE.test(lines[0] ?? '')) {
		return { frontmatter: '', body: text, frontmatterStartLine: 1, bodyStartLine: 1, hasFrontmatter: false };
	}
	const end = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
	if (end === -1) {
		return { frontmatter: '', body: text, frontmatterStartLine: 1, bodyStartLine: 1, hasFrontmatter: false };
	}
	return {
		frontmatter: lines.slice(1, end).join('\n'),
		body: lines.slice(end + 1).join('\n'),
		frontmatterStartLine: 2,
		bodyStartLine: end + 2,
		hasFrontmatter: true,
	};
}

/** How many aliases (*name) a YAML text may expand; real archive files use none. */
export const MAX_YAML_ALIASES = 20;

/**
 * Astro's own frontmatter pattern (@astrojs/internal-helpers/frontmatter): it ends the
 * frontmatter at the first line that *starts* with ---, where splitDocument needs a line that is
 * only ---. The check must read the same body the build renders.
 */
const ASTRO_FRONTMATTER = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;

/** True when Astro would split `source` into the same frontmatter and body as splitDocument. */
export function splitAgreesWithAstro(source: string): boolean {
	const split = splitDocument(source);
	const astro = ASTRO_FRONTMATTER.exec(source)?.[1];
	if (!split.hasFrontmatter || astro === undefined) return split.hasFrontmatter === (astro !== undefined);
	// Astro's text runs from just after the opening --- (its line end included) to just before the closing one.
	return astro.replace(/\r\n/g, '\n').replace(/^[ \t]*\n/, '') === (split.frontmatter === '' ? '' : `${split.frontmatter}\n`);
}

/**
 * Where the frontmatter was cut inside a block scalar (a field written with | or >): a line that
 * is only --- ends the frontmatter for Astro and for splitDocument alike, even when the editor
 * meant it as part of the text, and then the rest of the YAML is published as letter text. The
 * sign is a frontmatter whose last value is a block scalar running up to the fence, while the body
 * goes on like YAML (its first line is indented, as the scalar's text, or is a "field:") and has
 * another line that is only --- further down (where the editor thought the data ended).
 * Returns the field and the 1-based file line of the fence, or undefined when the cut is clean.
 */
export function blockScalarCutByFence(source: string): { field: string; line: number } | undefined {
	const split = splitDocument(source);
	if (!split.hasFrontmatter) return undefined;
	const bodyLines = split.body.split(/\r?\n/);
	if (!bodyLines.some((line) => FENCE.test(line))) return undefined;
	const firstLine = bodyLines.find((line) => line.trim() !== '') ?? '';
	if (!/^[ \t]/.test(firstLine) && !/^[\w-]+[ \t]*:/.test(firstLine)) return undefined;
	const { doc } = parseWithPositions(split.frontmatter);
	if (doc.errors.length > 0 || !isMap(doc.contents)) return undefined;
	const end = split.frontmatter.replace(/\s+$/, '').length;
	let cut: string | undefined;
	visit(doc, {
		Pair(_, pair) {
			const value = pair.value;
			if (isScalar(value) && (value.type === 'BLOCK_LITERAL' || value.type === 'BLOCK_FOLDED') && (value.range?.[1] ?? 0) >= end) {
				cut = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
				return visit.BREAK;
			}
			return undefined;
		},
	});
	return cut === undefined ? undefined : { field: cut, line: split.bodyStartLine - 1 };
}

/** On failure, `message` and `fix` are plain Dutch (src/lib/content/yaml-messages.ts), `line` is where the mistake is. */
export type YamlResult = { ok: true; data: unknown } | { ok: false; message: string; fix: string; line?: number };

interface ParsedYaml {
	doc: Document.Parsed;
	lines: LineCounter;
}

/** The last texts parsed, so the field lines of one document cost one parse. */
const cache = new Map<string, ParsedYaml>();

function parseWithPositions(text: string): ParsedYaml {
	const hit = cache.get(text);
	if (hit) return hit;
	const lines = new LineCounter();
	const doc = parseDocument(text, { lineCounter: lines, schema: 'core', prettyErrors: false, uniqueKeys: true });
	const parsed = { doc, lines };
	if (cache.size >= 8) cache.delete(cache.keys().next().value!);
	cache.set(text, parsed);
	return parsed;
}

/** Parses YAML without turning dates into Date objects. Line numbers are relative to `text`. */
export function parseYaml(text: string): YamlResult {
	const { doc, lines } = parseWithPositions(text);
	const error = doc.errors[0];
	if (error) {
		const line = error.linePos?.[0]?.line ?? lines.linePos(error.pos[0]).line;
		// The parser's English text only classifies the mistake; the editor reads Dutch.
		const explained = explainYamlError({ reason: error.message, code: error.code, line }, text);
		return { ok: false, message: explained.message, fix: explained.fix, line: explained.line };
	}
	// Astro reads the same frontmatter with another parser (js-yaml), which merges "<<" keys and
	// knows other tags; the check must see what the build sees, so neither is allowed.
	let unsupported: { offset?: number; message: string; fix: string } | undefined;
	visit(doc, {
		Pair(_, pair) {
			if (isScalar(pair.key) && pair.key.value === '<<') {
				unsupported = { offset: pair.key.range?.[0], message: 'samenvoegen met << wordt niet ondersteund', fix: 'schrijf de velden zelf uit' };
				return visit.BREAK;
			}
			return undefined;
		},
		Node(_, node) {
			if (node.tag) {
				unsupported = { offset: node.range?.[0], message: `een YAML-label (${node.tag}) wordt niet ondersteund`, fix: 'schrijf de waarde zonder ! en het label' };
				return visit.BREAK;
			}
			return undefined;
		},
	});
	if (unsupported) return { ok: false, message: unsupported.message, fix: unsupported.fix, line: unsupported.offset === undefined ? undefined : lines.linePos(unsupported.offset).line };
	try {
		return { ok: true, data: doc.toJS({ maxAliasCount: MAX_YAML_ALIASES }) ?? {} };
	} catch (error) {
		if (error instanceof ReferenceError || (error instanceof Error && /alias/i.test(error.message))) {
			let firstAlias: number | undefined;
			const find = (node: unknown): void => {
				if (firstAlias !== undefined || !node) return;
				if (isAlias(node)) firstAlias = node.range?.[0];
				else if (isMap(node) || isSeq(node)) for (const item of node.items) find(isMap(node) ? (item as { value?: unknown }).value : item);
			};
			find(doc.contents);
			return {
				ok: false,
				message: `de gegevens gebruiken te veel verwijzingen (*naam); meer dan ${MAX_YAML_ALIASES} keer een blok herhalen is niet toegestaan`,
				fix: 'schrijf de gegevens zelf uit in plaats van met &naam en *naam te verwijzen',
				line: firstAlias === undefined ? undefined : lines.linePos(firstAlias).line,
			};
		}
		throw error;
	}
}

/**
 * The line (1-based, relative to the YAML text) of a field path such as ['points', 2, 'id'],
 * from the parser's positions: a map key's line, or a list item's line. Falls back to the
 * deepest part of the path that exists.
 */
export function findFieldLine(yamlText: string, path: readonly PropertyKey[]): number | undefined {
	const { doc, lines } = parseWithPositions(yamlText);
	let node: unknown = doc.contents;
	let found: number | undefined;
	const lineAt = (n: unknown) => {
		const offset = (n as Node | null)?.range?.[0];
		return offset === undefined ? undefined : lines.linePos(offset).line;
	};
	for (const part of path) {
		if (isMap(node)) {
			const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(part));
			if (!pair) break;
			found = lineAt(pair.key) ?? found;
			node = pair.value;
		} else if (isSeq(node) && typeof part === 'number') {
			const item = node.items[part];
			if (!item) break;
			found = lineAt(item) ?? found;
			node = item;
		} else {
			break;
		}
	}
	return found;
}

/**
 * A line finder for a field path in a whole file: in an MDX document's frontmatter (lines
 * counted from the top of the file), or in a YAML file (`yamlOnly`). One parse per text.
 */
export function fieldLineFinder(source: string, yamlOnly = false): (path: readonly PropertyKey[]) => number | undefined {
	if (yamlOnly) return (path) => findFieldLine(source, path);
	const split = splitDocument(source);
	return (path) => {
		const line = findFieldLine(split.frontmatter, path);
		return line === undefined ? undefined : line + split.frontmatterStartLine - 1;
	};
}
