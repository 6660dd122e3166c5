/**
 * Reading a `_headers` file (Netlify / Cloudflare Pages format), which the build generates from
 * the serving rules (src/lib/serving/headers-file.ts); parsed here so the gates check exactly
 * what such a host would apply.
 */

export interface HeaderRule {
	pattern: string;
	headers: Record<string, string>;
}

export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const line of text.split(/\r?\n/)) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			rules.push({ pattern: line.trim(), headers: {} });
			continue;
		}
		const rule = rules.at(-1);
		const match = /^\s+([^:]+):\s*(.*)$/.exec(line);
		if (!rule || !match) throw new Error(`_headers: cannot read line "${line}"`);
		rule.headers[match[1]!.trim()] = match[2]!.trim();
	}
	return rules;
}

/** Headers for a request path: every rule whose pattern matches (`*` matches anything). */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
	const result: Record<string, string> = {};
	for (const rule of rules) {
		const regex = new RegExp(`^${rule.pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
		if (regex.test(pathname)) Object.assign(result, rule.headers);
	}
	return result;
}

/** The directives of a Content-Security-Policy value. */
export function parseCsp(value: string): Map<string, string[]> {
	return new Map(
		value
			.split(';')
			.map((part) => part.trim().split(/\s+/))
			.filter((parts) => parts[0])
			.map(([name, ...sources]) => [name!, sources]),
	);
}
