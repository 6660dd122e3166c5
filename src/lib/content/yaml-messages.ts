/**
 * Turns a YAML parser error into a message a secretary can act on: in plain Dutch, on the line
 * where the mistake is (not where the parser gave up), with how to write that line instead.
 * The parser's own English text never reaches the editor.
 *
 * Pure: input is the parser's reason and position plus the YAML text, output is the Dutch
 * message, the fix and the line. The common mistakes are recognised from the text itself (a
 * colon inside an unquoted text, `[]` left in place above list items, an unclosed quote, a
 * tab); everything else gets a general explanation of indentation and quoting.
 */

export interface YamlParserError {
	/** The parser's reason (js-yaml's `reason`, or the `yaml` package's message), in English; only used to classify. */
	reason: string;
	/** The `yaml` package's error code (TAB_AS_INDENT, DUPLICATE_KEY, MISSING_CHAR, …), when that parser is used. */
	code?: string;
	/** 1-based line in `source` where the parser stopped, when known. */
	line?: number;
}

export interface YamlMessage {
	/** 1-based line in the YAML text where the mistake is. */
	line?: number;
	/** What is wrong, in plain Dutch. */
	message: string;
	/** How to write it, in plain Dutch, often with the corrected line. */
	fix: string;
}

const KEY_VALUE = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*)\s*:[ \t]+(.*)$/;
const EMPTY_COLLECTION = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*)\s*:\s*(\[\s*\]|\{\s*\})\s*(#.*)?$/;

const indentOf = (line: string) => line.search(/\S/);
const isContent = (line: string | undefined) => line !== undefined && line.trim() !== '' && !line.trim().startsWith('#');

/** The value of a `key: value` line without a trailing comment, or undefined. */
function plainValue(line: string): { prefix: string; key: string; value: string } | undefined {
	const match = KEY_VALUE.exec(line);
	if (!match) return undefined;
	const value = match[3]!.replace(/\s+#.*$/, '').trim();
	return { prefix: match[1]!, key: match[2]!, value };
}

/** A `key: value` line rewritten with the value between double quotes (inner double quotes become single). */
function quotedLine(prefix: string, key: string, value: string): string {
	const inner = value.replace(/"/g, "'");
	return `${prefix}${key}: "${inner}"`;
}

/** The nearest earlier line with content (not blank, not only a comment), as a 0-based index. */
function previousContentLine(lines: readonly string[], index: number): number | undefined {
	for (let i = index - 1; i >= 0; i--) if (isContent(lines[i])) return i;
	return undefined;
}

/** `points: []` (or `{}`) directly above lines that are more indented or list items. */
function emptyCollectionAbove(lines: readonly string[], index: number): YamlMessage | undefined {
	// The parser may stop on the item itself or a line later; look back a few lines.
	for (let i = index; i >= Math.max(0, index - 3); i--) {
		const match = EMPTY_COLLECTION.exec(lines[i] ?? '');
		if (!match) continue;
		const next = lines.slice(i + 1).find(isContent);
		if (next === undefined) return undefined;
		const nested = indentOf(next) > indentOf(lines[i]!) || (/^\s*-(\s|$)/.test(next) && indentOf(next) >= indentOf(lines[i]!));
		if (!nested) return undefined;
		const [, prefix, key, empty] = match;
		return {
			line: i + 1,
			message: `onder "${key}: ${empty}" staan nog regels, maar "${empty}" betekent: een lege ${empty!.startsWith('[') ? 'lijst' : 'groep'}`,
			fix: `haal "${empty}" weg, zodat er alleen "${prefix}${key}:" staat, met de ${empty!.startsWith('[') ? 'punten' : 'velden'} eronder`,
		};
	}
	return undefined;
}

/** A text after `key:` that YAML reads as something else than text. */
function unquotedText(lines: readonly string[], index: number): YamlMessage | undefined {
	const line = lines[index];
	if (line === undefined) return undefined;
	const parsed = plainValue(line);
	if (!parsed || parsed.value === '') return undefined;
	const { prefix, key, value } = parsed;
	const fixed = quotedLine(prefix, key, value);
	const quoteFix = `zet de hele tekst tussen dubbele aanhalingstekens, zo: ${fixed.trim()}`;
	if (/^["']/.test(value)) {
		const quote = value[0]!;
		const closing = value.indexOf(quote, 1);
		if (closing !== -1 && closing < value.length - 1) {
			return {
				line: index + 1,
				message: `de tekst bij "${key}" begint met een aanhalingsteken (${quote}), maar gaat na het sluitende aanhalingsteken nog verder`,
				fix: `${quoteFix} (aanhalingstekens binnen de tekst worden dan enkele: ')`,
			};
		}
		return undefined;
	}
	if (/:\s/.test(value) || value.endsWith(':')) {
		return {
			line: index + 1,
			message: `de tekst bij "${key}" bevat een dubbele punt (:) met een spatie erna; YAML leest dat als het begin van een nieuw veld`,
			fix: quoteFix,
		};
	}
	const first = value[0]!;
	if ('@`%*&!{[,?'.includes(first) && !/^(\[.*\]|\{.*\})$/.test(value)) {
		return {
			line: index + 1,
			message: `de tekst bij "${key}" begint met het teken ${first}, dat in YAML een eigen betekenis heeft`,
			fix: quoteFix,
		};
	}
	if (/\s#/.test(line.slice(line.indexOf(':') + 1)) && /^#/.test(value)) {
		return { line: index + 1, message: `de tekst bij "${key}" begint met #, en YAML leest alles na # als commentaar`, fix: quoteFix };
	}
	return undefined;
}

/** The line where a quoted text starts that is never closed. */
function unclosedQuote(lines: readonly string[], quote: '"' | "'"): YamlMessage {
	for (let i = 0; i < lines.length; i++) {
		const parsed = plainValue(lines[i]!);
		if (!parsed || !parsed.value.startsWith(quote)) continue;
		const rest = parsed.value.slice(1).replace(quote === '"' ? /\\./g : /''/g, '');
		if (!rest.includes(quote)) {
			return {
				line: i + 1,
				message: `de tekst bij "${parsed.key}" begint met een aanhalingsteken (${quote}) dat nergens gesloten wordt`,
				fix: `zet aan het eind van de tekst ook een ${quote}, zo: ${parsed.prefix.trim()}${parsed.prefix.trim() ? ' ' : ''}${parsed.key}: ${quote}${parsed.value.slice(1)}${quote}`.replace(/\s+/g, ' '),
			};
		}
	}
	return {
		message: `een tekst begint met een aanhalingsteken (${quote}) dat nergens gesloten wordt`,
		fix: `zet aan het eind van die tekst ook een ${quote}`,
	};
}

const INDENT_FIX =
	'laat regels die bij elkaar horen precies even ver inspringen, met spaties (geen tabs); een lijstpunt begint met een streepje en een spatie ("- "). Vergelijk met de regels erboven';

/**
 * The Dutch message, fix and line for a YAML parser error on `source`.
 * @param error the parser's reason and 1-based line
 * @param source the YAML text that was parsed (line numbers are relative to it)
 */
export function explainYamlError(error: YamlParserError, source: string): YamlMessage {
	const lines = source.split(/\r?\n/);
	const index = error.line !== undefined ? Math.min(Math.max(error.line - 1, 0), Math.max(lines.length - 1, 0)) : lines.length - 1;
	// Both parsers: js-yaml's reasons, and the `yaml` package's codes and messages.
	const reason = `${error.code ?? ''} ${error.reason}`.toLowerCase();

	if (reason.includes('tab character') || reason.includes('tab_as_indent') || reason.includes('tabs are not allowed')) {
		return { line: index + 1, message: 'deze regel springt in met een tab; YAML kent alleen spaties', fix: 'vervang de tab aan het begin van de regel door spaties, even ver als de regels die erbij horen' };
	}
	if (reason.includes('duplicated mapping key') || reason.includes('duplicate_key') || reason.includes('must be unique')) {
		const key = /^\s*(?:-\s+)?([^:#]+?)\s*:/.exec(lines[index] ?? '')?.[1];
		return {
			line: index + 1,
			message: `het veld ${key ? `"${key}" ` : ''}staat twee keer in hetzelfde blok`,
			fix: 'haal één van de twee weg, of voeg ze samen tot één regel',
		};
	}
	if (reason.includes('double quoted scalar') || reason.includes('missing closing "')) return unclosedQuote(lines, '"');
	if (reason.includes('single quoted scalar') || reason.includes("missing closing '")) return unclosedQuote(lines, "'");

	const empty = emptyCollectionAbove(lines, index);
	if (empty) return empty;
	const text = unquotedText(lines, index);
	if (text) return text;

	if (reason.includes('alias') || reason.includes('anchor')) {
		return { line: index + 1, message: 'een tekst begint met * of &, dat in YAML een eigen betekenis heeft', fix: 'zet de hele tekst tussen dubbele aanhalingstekens ("…")' };
	}
	if (reason.includes('flow collection') || reason.includes('missed comma') || reason.includes('flow sequence') || reason.includes('flow mapping')) {
		return {
			line: index + 1,
			message: 'een lijst tussen [ ] of een groep tussen { } is niet goed geschreven of niet gesloten',
			fix: 'schrijf een korte lijst als [een, twee] met komma\'s en een sluitend haakje, of zet elk punt op een eigen regel, beginnend met "- "',
		};
	}
	const withoutKey = (i: number | undefined) => {
		const line = i === undefined ? undefined : lines[i];
		return line !== undefined && isContent(line) && !/^\s*-(\s|$)/.test(line) && !/^\s*[^\s:#][^:#]*:(\s|$)/.test(line);
	};
	// The parser often stops on the line after the one without a key.
	const bare = withoutKey(index) ? index : withoutKey(previousContentLine(lines, index)) ? previousContentLine(lines, index)! : undefined;
	if (bare !== undefined) {
		const previous = previousContentLine(lines, bare);
		return {
			line: bare + 1,
			message: 'op deze regel staat geen veldnaam met een dubbele punt (zoals "title: …")',
			fix: previous !== undefined && plainValue(lines[previous]!)
				? `hoort deze tekst bij de regel erboven (${plainValue(lines[previous]!)!.key}), zet hem dan op die regel, tussen dubbele aanhalingstekens; anders: schrijf veldnaam: waarde`
				: 'schrijf veldnaam: waarde, of haal de regel weg',
		};
	}
	if (/indent|document separator|block mapping|implicit|block sequence|sequence item|compact mapping/.test(reason)) {
		return { line: index + 1, message: 'deze regel springt niet even ver in als de regels waar hij bij hoort', fix: INDENT_FIX };
	}
	return {
		line: error.line === undefined ? undefined : index + 1,
		message: 'deze regel kan niet gelezen worden als gegevens (YAML)',
		fix: `${INDENT_FIX}. Zet een tekst met bijzondere tekens (: # " ' [ ] { }) tussen dubbele aanhalingstekens`,
	};
}
