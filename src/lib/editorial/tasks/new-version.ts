/**
 * `npm run nieuwe-versie`: a new DVO version (the final one after the draft, an amendment, or
 * the draft of a new period) made from the previous version. Everything carried over that may
 * have changed (title, where the figures come from, each line's amount, status and note, the
 * text) is marked "# VOORSTEL:", so `npm run check` warns until someone has compared it with
 * the new document. The file is written with a YAML library and checked before it is written.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DVO_VERSION_LABELS, dvoSchema } from '../../../schemas/dvo.ts';
import { ARCHIVE_LAYOUT } from '../../content/archive-layout.ts';
import { splitDocument } from '../../content/frontmatter.ts';
import { parseIsoDate } from '../../../schemas/primitives.ts';
import { taskResult, usageError, type TaskResult } from '../../cli/task-result.ts';
import { dvoIds, shownPath } from './documents.ts';
import { fromYaml, toYamlWithMarks, type ReviewMark } from './yaml-text.ts';

export const NEW_VERSION_USAGE = [
	'Gebruik: npm run nieuwe-versie -- <periode>/<versie> [--van <periode>/<versie>] [--datum JJJJ-MM-DD]',
	'  bijvoorbeeld: npm run nieuwe-versie -- 2026-2027/vastgesteld --datum 2026-01-20',
	`  <versie> is ${DVO_VERSION_LABELS.join(', ')} (of gewijzigd-2, gewijzigd-3 voor een volgende wijziging).`,
].join('\n');

export interface NewVersionOptions {
	contentDir: string;
	/** "2026-2027/vastgesteld" */
	target: string;
	/** The version to start from; default the latest version of the same period, else the latest of all. */
	from?: string;
	/** The date of the new version (versionDate), when known. */
	date?: string;
	cwd?: string;
}

const STAGE: Record<string, number> = { ontwerp: 0, vastgesteld: 1, gewijzigd: 2 };
const label = (version: string) => version.replace(/-\d+$/, '');
const order = (a: string, b: string) => {
	const [pa, va] = a.split('/') as [string, string];
	const [pb, vb] = b.split('/') as [string, string];
	return pa.localeCompare(pb, 'nl', { numeric: true }) || (STAGE[label(va)] ?? 9) - (STAGE[label(vb)] ?? 9) || va.localeCompare(vb, 'nl', { numeric: true });
};

/** "2026-2027" → [2026, 2027]; "2028" → [2028, 2028]. */
function periodYears(period: string): [number, number] | undefined {
	const match = /^(\d{4})(?:-(\d{4}))?$/.exec(period);
	if (!match) return undefined;
	const first = Number(match[1]);
	const last = Number(match[2] ?? match[1]);
	return last >= first ? [first, last] : undefined;
}

function versionWords(version: string): string {
	const base = label(version);
	return base === 'ontwerp' ? 'ontwerpversie' : base === 'vastgesteld' ? 'vastgestelde versie' : 'gewijzigde versie';
}

/** A title for the new version from the old one: "Ontwerp-DVO …" loses "Ontwerp-" in a final version. */
function suggestTitle(title: string, version: string, period: string, oldPeriod: string): string {
	let result = title.replaceAll(oldPeriod, period);
	if (label(version) !== 'ontwerp') result = result.replace(/\bontwerp-?\s*/i, '').replace(/^\p{Ll}/u, (c) => c.toUpperCase());
	return result;
}

type Raw = Record<string, unknown>;

/** Writes the new version; see the header. */
export function newDvoVersion(options: NewVersionOptions): TaskResult {
	const cwd = options.cwd ?? process.cwd();
	const [period, version, ...rest] = options.target.replace(/^dvo\//, '').replace(/\.mdx$/, '').split('/');
	if (!period || !version || rest.length > 0) return usageError(`"${options.target}" is geen periode/versie.`, NEW_VERSION_USAGE);
	const years = periodYears(period);
	if (!years) return usageError(`"${period}" is geen periode; schrijf het eerste en laatste jaar, bijvoorbeeld 2026-2027 (of 2028 voor één jaar).`, NEW_VERSION_USAGE);
	if (!(DVO_VERSION_LABELS as readonly string[]).includes(label(version)) || !/^[a-z]+(-\d+)?$/.test(version)) {
		return usageError(`"${version}" is geen versie; kies ${DVO_VERSION_LABELS.join(', ')} (of gewijzigd-2 enzovoort).`, NEW_VERSION_USAGE);
	}
	if (options.date !== undefined && !parseIsoDate(options.date)) return usageError(`"${options.date}" is geen datum; schrijf jaar-maand-dag, bijvoorbeeld 2026-01-20.`, NEW_VERSION_USAGE);

	const targetId = `${period}/${version}`;
	const targetFile = path.join(options.contentDir, ARCHIVE_LAYOUT.dvoDir, period, `${version}.mdx`);
	if (existsSync(targetFile)) return taskResult(1, [`FOUT: ${shownPath(targetFile, cwd)} bestaat al; er is niets veranderd.`, '    Wilt u een wijziging van een bestaande versie vastleggen, kies dan een nieuwe naam (bijvoorbeeld gewijzigd of gewijzigd-2).']);

	const existing = dvoIds(options.contentDir).sort(order);
	const fromId = options.from?.replace(/^dvo\//, '').replace(/\.mdx$/, '') ?? existing.filter((id) => id.startsWith(`${period}/`)).at(-1) ?? existing.at(-1);
	if (!fromId || !existing.includes(fromId)) {
		return taskResult(1, [
			fromId ? `FOUT: er is geen DVO-versie "${fromId}".` : 'FOUT: er is nog geen DVO-versie om van uit te gaan.',
			`    Bestaande versies: ${existing.join(', ') || '(geen)'}. Een eerste versie maakt u met de hand; zie docs/dvo-versie.md.`,
		]);
	}
	const fromFile = path.join(options.contentDir, ARCHIVE_LAYOUT.dvoDir, `${fromId}.mdx`);
	const split = splitDocument(readFileSync(fromFile, 'utf8'));
	let old: Raw;
	try {
		old = (fromYaml(split.frontmatter) ?? {}) as Raw;
	} catch {
		return taskResult(1, [`FOUT: de gegevens van ${shownPath(fromFile, cwd)} zijn niet te lezen; voer eerst npm run check uit en los de fouten op.`]);
	}
	const [oldPeriod] = fromId.split('/') as [string];
	const samePeriod = oldPeriod === period;
	const fromText = `${ARCHIVE_LAYOUT.dvoDir}/${fromId}.mdx`;

	const marks: ReviewMark[] = [];
	const data: Raw = {};
	data.title = suggestTitle(String(old.title ?? ''), version, period, oldPeriod);
	marks.push({ path: ['title'], note: `afgeleid van de titel van ${fromId}; controleer de titel` });
	data.period = { firstYear: years[0], lastYear: years[1] };
	data.version = label(version);
	if (options.date) data.versionDate = options.date;
	data.parties = old.parties;
	data.source = old.source;
	marks.push({ path: ['source', 'description'], note: `overgenomen uit ${fromId}; schrijf waar de gegevens van deze versie vandaan komen` });
	data.fullText = old.fullText ?? false;

	const oldChoices = old.localChoices as { sharePercent?: number; years?: Raw[] } | undefined;
	if (oldChoices?.years && oldChoices.years.length > 0) {
		const choices: Raw = {};
		if (oldChoices.sharePercent !== undefined) choices.sharePercent = oldChoices.sharePercent;
		const newYears: Raw[] = [];
		for (let year = years[0]; year <= years[1]; year++) {
			const source = oldChoices.years.find((y) => y.year === year) ?? oldChoices.years.at(-1)!;
			const copy: Raw = { ...source, year };
			const lines = ((source.lines as Raw[] | undefined) ?? []).map((line) => ({ ...line }));
			copy.lines = lines;
			const y = newYears.length;
			const from = source.year === year ? `${fromId}` : `${fromId}, jaar ${String(source.year)}`;
			if (copy.total !== undefined) marks.push({ path: ['localChoices', 'years', y, 'total'], note: `overgenomen uit ${from}; controleer` });
			lines.forEach((line, l) => {
				marks.push({ path: ['localChoices', 'years', y, 'lines', l, 'amount'], note: `overgenomen uit ${from}; controleer het bedrag` });
				marks.push({ path: ['localChoices', 'years', y, 'lines', l, 'status'], note: `overgenomen uit ${from}; kies de status in deze versie` });
				if (line.note !== undefined) marks.push({ path: ['localChoices', 'years', y, 'lines', l, 'note'], note: `overgenomen uit ${from}; pas de toelichting aan` });
			});
			newYears.push(copy);
		}
		choices.years = newYears;
		data.localChoices = choices;
	}

	// The file must pass the schema as written (marks are only comments).
	const parsed = dvoSchema.safeParse(data);
	if (!parsed.success) {
		return taskResult(1, [`FOUT: uit ${shownPath(fromFile, cwd)} kan geen geldige nieuwe versie gemaakt worden (${parsed.error.issues[0]?.message ?? 'onbekende fout'}); voer eerst npm run check uit.`]);
	}
	const header = [
		`Gemaakt met npm run nieuwe-versie uit ${fromText}.`,
		`${'VOORSTEL:'} de tekst onder de tweede --- is overgenomen uit ${fromText}; pas die aan deze ${versionWords(version)} aan en haal dan dit commentaar weg.`,
	];
	const frontmatter = toYamlWithMarks(data, marks, header);
	const body = split.body.trim() === '' ? '' : `\n${split.body.trim()}\n`;
	mkdirSync(path.dirname(targetFile), { recursive: true });
	writeFileSync(targetFile, `---\n${frontmatter}---\n${body}`, 'utf8');

	const review = marks.length + 1;
	return taskResult(0, [
		`Nieuwe DVO-versie gemaakt: ${shownPath(targetFile, cwd)} (uit ${fromText}).`,
		`Nakijken: ${review} plekken zijn gemarkeerd met "# VOORSTEL:" (titel, bron, bedragen, statussen, toelichtingen en de tekst).`,
		'  Vergelijk elk met de nieuwe versie van de DVO, pas het zo nodig aan en haal dan het commentaar "# VOORSTEL: …" weg.',
		label(version) === 'ontwerp' ? '' : '  Let op: staat er nog "voorgesteld" of "Voorstel van het college" in, dan waarschuwt npm run check; in deze versie is het besluit genomen.',
		options.date ? '' : '  Weet u de datum van deze versie? Zet onder version: een regel versionDate: JJJJ-MM-DD (bijvoorbeeld versionDate: 2026-01-20), of maak de versie opnieuw met --datum.',
		samePeriod ? `  De pagina van de periode toont nu deze versie; ${fromId} blijft staan zoals hij was.` : '',
		'Daarna: npm run check (waarschuwt tot alles is nagekeken), npm start om te kijken, npm run publiceer om te publiceren.',
	].filter((line) => line !== ''));
}
