/**
 * `npm run diff -- <a> <b> [--format table|md|csv|json]`: the command's logic without the
 * process around it, so it can be tested. Returns the text to print and the exit code.
 */
import { formatProblems, hasErrors } from '../content/problems.ts';
import { checkArchive } from '../content/check-archive.ts';
import type { RawArchive } from '../content/read-archive.ts';
import { formatComparison, OUTPUT_FORMATS, type OutputFormat } from './format.ts';
import { compareSides, describeAvailable, resolveSide, type DvoDocument } from './sources.ts';

export const DIFF_USAGE = `Gebruik: npm run diff -- <oud> <nieuw> [--format table|md|csv|json] [--tekst]

<oud> en <nieuw> zijn jaren (2026) of DVO-versies (2026-2027/ontwerp of dvo/2026-2027/ontwerp).
Voorbeelden:
  npm run diff -- 2026 2027
  npm run diff -- dvo/2024-2025/ontwerp dvo/2024-2025/vastgesteld --format md --tekst

--tekst voegt de verschillen in de tekst toe (niet bij csv): [+ toegevoegd +] en [− verwijderd −].`;

export interface CommandResult {
	code: number;
	stdout: string;
	stderr: string;
}

export type DiffArgs = { ok: true; a: string; b: string; format: OutputFormat; text: boolean } | { ok: false; message: string };

export function parseDiffArgs(argv: readonly string[]): DiffArgs {
	const positional: string[] = [];
	let format: OutputFormat = 'table';
	let text = false;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		if (arg === '--help' || arg === '-h') return { ok: false, message: DIFF_USAGE };
		if (arg === '--tekst' || arg === '--text') {
			text = true;
			continue;
		}
		let value: string | undefined;
		if (arg === '--format' || arg === '-f') value = argv[++i];
		else if (arg.startsWith('--format=')) value = arg.slice('--format='.length);
		else if (arg.startsWith('-')) return { ok: false, message: `Onbekende optie "${arg}".\n\n${DIFF_USAGE}` };
		else {
			positional.push(arg);
			continue;
		}
		if (!value || !(OUTPUT_FORMATS as readonly string[]).includes(value)) {
			return { ok: false, message: `Onbekend formaat "${value ?? ''}"; kies uit: ${OUTPUT_FORMATS.join(', ')}.` };
		}
		format = value as OutputFormat;
	}
	if (positional.length !== 2) return { ok: false, message: `Geef precies twee jaren of versies om te vergelijken.\n\n${DIFF_USAGE}` };
	return { ok: true, a: positional[0]!, b: positional[1]!, format, text };
}

/** Runs the comparison on an archive as read from disk. */
export function runDiff(archive: RawArchive, argv: readonly string[]): CommandResult {
	const args = parseDiffArgs(argv);
	if (!args.ok) return { code: 2, stdout: '', stderr: `${args.message}\n` };
	const checked = checkArchive(archive, { mdxSyntax: false });
	if (hasErrors(checked.problems)) {
		return { code: 1, stdout: '', stderr: `De inhoud bevat fouten; los die eerst op:\n${formatProblems(checked.problems)}\n` };
	}
	const versions: DvoDocument[] = checked.dvo.map((d) => ({ id: d.id, data: d.data, body: d.body }));
	const errors: string[] = [];
	const a = resolveSide(versions, args.a);
	const b = resolveSide(versions, args.b);
	if (!a.ok) errors.push(a.message);
	if (!b.ok) errors.push(b.message);
	if (!a.ok || !b.ok) return { code: 1, stdout: '', stderr: `${[...new Set(errors)].join('\n')}\n` };
	if (versions.length === 0) return { code: 1, stdout: '', stderr: `Er staan geen DVO-versies in het archief. ${describeAvailable(versions)}\n` };
	return { code: 0, stdout: formatComparison(compareSides(a.side, b.side), args.format, { text: args.text }), stderr: '' };
}
