/**
 * Splits an MDX document into its YAML frontmatter and body, and finds the line of a field.
 *
 * The YAML is read with js-yaml's core schema: dates stay strings, so the schema can reject
 * an impossible date instead of js-yaml quietly rolling 2025-09-31 over to 1 October.
 */
import yaml from 'js-yaml';
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

/** On failure, `message` and `fix` are plain Dutch (src/lib/content/yaml-messages.ts), `line` is where the mistake is. */
export type YamlResult = { ok: true; data: unknown } | { ok: false; message: string; fix: string; line?: number };

/** Parses YAML without turning dates into Date objects. Line numbers are relative to `text`. */
export function parseYaml(text: string): YamlResult {
	try {
		return { ok: true, data: yaml.load(text, { schema: yaml.CORE_SCHEMA }) ?? {} };
	} catch (error) {
		if (error instanceof yaml.YAMLException) {
			const explained = explainYamlError({ reason: error.reason, line: error.mark ? error.mark.line + 1 : undefined }, text);
			return { ok: false, message: explained.message, fix: explained.fix, line: explained.line };
		}
		throw error;
	}
}

/**
 * Best-effort line (1-based, relative to the YAML text) of a field path such as
 * ['points', 2, 'id']. Falls back to the deepest part of the path that was found.
 */
export function findFieldLine(yamlText: string, path: readonly PropertyKey[]): number | undefined {
	const lines = yamlText.split('\n');
	let from = 0;
	let indent = -1;
	let found: number | undefined;
	for (const part of path) {
		let hit = -1;
		if (typeof part === 'number') {
			let count = -1;
			for (let i = from; i < lines.length; i++) {
				const line = lines[i] ?? '';
				const lineIndent = line.search(/\S/);
				if (lineIndent === -1) continue;
				if (lineIndent < indent) break;
				if (/^\s*- /.test(line) || /^\s*-$/.test(line)) {
					if (lineIndent >= indent) {
						count++;
						if (count === part) {
							hit = i;
							break;
						}
					}
				}
			}
			if (hit === -1) break;
			indent = (lines[hit] ?? '').search(/-/);
			from = hit;
		} else {
			const key = String(part).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
			const pattern = new RegExp(`^(\\s*(?:- )?)${key}\\s*:`);
			for (let i = from; i < lines.length; i++) {
				const line = lines[i] ?? '';
				const lineIndent = line.search(/\S/);
				if (lineIndent !== -1 && lineIndent < indent && i > from) break;
				const match = pattern.exec(line);
				if (match && (match[1]?.length ?? 0) > indent) {
					hit = i;
					break;
				}
			}
			if (hit === -1) break;
			indent = (lines[hit] ?? '').search(/\S/);
			from = hit;
		}
		found = hit + 1;
	}
	return found;
}
