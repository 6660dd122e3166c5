/**
 * YAML as the editorial commands write it: produced by js-yaml's dump (never by joining
 * strings), texts always between double quotes so a colon or a # in a description cannot
 * change what the file means, no line folding. Review marks ("# VOORSTEL: …") are comments
 * added to the dumped lines; the result is parsed again and must give the same data.
 */
import { isDeepStrictEqual } from 'node:util';
import yaml from 'js-yaml';
import { SUGGESTION_MARK } from '../../import/frontmatter-skeleton.ts';

/**
 * YAML text for `data`, every string quoted except dates (YYYY-MM-DD), which read the same
 * either way and are written as the guide shows them.
 */
export function toYaml(data: unknown): string {
	return yaml
		.dump(data, { schema: yaml.CORE_SCHEMA, lineWidth: -1, noRefs: true, quotingType: '"', forceQuotes: true, sortKeys: false })
		.replace(/^(\s*(?:-\s+)?[A-Za-z][\w-]*: )"(\d{4}-\d{2}-\d{2})"$/gm, '$1$2');
}

/** Parses YAML as the content check does (dates stay strings). */
export function fromYaml(text: string): unknown {
	return yaml.load(text, { schema: yaml.CORE_SCHEMA });
}

export interface ReviewMark {
	/** Field path, e.g. ['localChoices', 'years', 0, 'lines', 1, 'status']. */
	path: readonly PropertyKey[];
	note: string;
}

/**
 * `data` as YAML with a "# VOORSTEL: <note>" comment at the end of each marked field's line, so
 * the content check warns until an editor has looked at it. Throws when a mark cannot be placed
 * or the text would not read back as `data` (a bug, never a file with other content).
 */
export function toYamlWithMarks(data: unknown, marks: readonly ReviewMark[], header: readonly string[] = []): string {
	// Find each marked field's line by dumping a copy in which its value is a unique placeholder.
	const probe = structuredClone(data) as Record<PropertyKey, unknown>;
	marks.forEach((mark, index) => {
		let node = probe as Record<PropertyKey, unknown>;
		for (const part of mark.path.slice(0, -1)) node = node[part] as Record<PropertyKey, unknown>;
		const key = mark.path.at(-1)!;
		if (!node || !(key in node)) throw new Error(`review mark on a missing field: ${mark.path.join('.')}`);
		node[key] = `@@review-mark-${index}@@`;
	});
	const probeLines = toYaml(probe).replace(/\n$/, '').split('\n');
	const lines = toYaml(data).replace(/\n$/, '').split('\n');
	if (probeLines.length !== lines.length) throw new Error('a marked value spans more than one line');
	marks.forEach((mark, index) => {
		const line = probeLines.findIndex((text) => text.includes(`"@@review-mark-${index}@@"`));
		if (line === -1) throw new Error(`review mark not placed: ${mark.path.join('.')}`);
		lines[line] = `${lines[line]} # ${SUGGESTION_MARK} ${mark.note.replace(/\n/g, ' ')}`;
	});
	const result = [...header.map((comment) => `# ${comment.replace(/\n/g, ' ')}`), ...lines].join('\n');
	if (!isDeepStrictEqual(fromYaml(result), fromYaml(toYaml(data)))) throw new Error('YAML with review marks does not read back as the same data');
	return `${result}\n`;
}
