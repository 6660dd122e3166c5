/**
 * `npm run reactie`: records a response of the college to an advice as a new file in
 * content/reacties/. It lists the advice's points that are still open; for each, the secretary
 * gives the status and the college's answer (asked at a terminal, or with --punt flags). Points
 * without an answer stay open and are listed as comments at the end of the file, so the file
 * says what is still to be filled in. Written with a YAML library, checked against the schema.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { RESPONSE_STATUSES, responseSchema } from '../../../schemas/response.ts';
import { parseIsoDate } from '../../../schemas/primitives.ts';
import type { Ask } from '../../cli/run-task.ts';
import { taskResult, usageError, type TaskResult } from '../../cli/task-result.ts';
import { ARCHIVE_LAYOUT } from '../../content/archive-layout.ts';
import { checkArchive } from '../../content/check-archive.ts';
import { readArchive } from '../../content/read-archive.ts';
import { formatDate } from '../../dates.ts';
import { adviceFollowUps } from '../../follow-up/effective.ts';
import { adviceIds, shownPath } from './documents.ts';
import { toYaml } from './yaml-text.ts';

export const RESPONSE_USAGE = [
	'Gebruik: npm run reactie -- <advies> --datum JJJJ-MM-DD [--titel "Brief van het college van …"] [--url https://…] [--punt "<code>=<status>: <antwoord>" …]',
	'  bijvoorbeeld: npm run reactie -- 2025-dvo-2026-2027 --datum 2025-12-02 --punt "analyse-klantenbestand=beantwoord: De analyse leverde 40 nieuwe trajecten op."',
	`  <status> is ${RESPONSE_STATUSES.join(', ')}. Zonder --punt vraagt het programma per open punt wat het college antwoordt.`,
].join('\n');

export interface ResponseOptions {
	contentDir: string;
	advice: string;
	date?: string;
	title?: string;
	url?: string;
	/** "<point>=<status>: <answer>" */
	points?: readonly string[];
	ask?: Ask;
	cwd?: string;
}

interface Answer {
	point: string;
	status: string;
	response: string;
}

function parsePointFlag(flag: string): Answer | string {
	const match = /^\s*([a-z0-9-]+)\s*=\s*([a-z-]+)\s*:\s*([\s\S]+)$/.exec(flag);
	if (!match) return `"${flag}" is niet in de vorm <code>=<status>: <antwoord>`;
	if (!(RESPONSE_STATUSES as readonly string[]).includes(match[2]!)) return `"${match[2]}" is geen status; kies uit ${RESPONSE_STATUSES.join(', ')}`;
	return { point: match[1]!, status: match[2]!, response: match[3]!.trim() };
}

/** A free file name in reacties/: <advice>.yaml, else <advice>-2.yaml, -3, … */
function freeFile(dir: string, advice: string): string {
	for (let n = 1; ; n++) {
		const file = path.join(dir, `${advice}${n === 1 ? '' : `-${n}`}.yaml`);
		if (!existsSync(file)) return file;
	}
}

/** Writes the response file; see the header. */
export async function newResponse(options: ResponseOptions): Promise<TaskResult> {
	const cwd = options.cwd ?? process.cwd();
	const adviceId = options.advice.replace(/\\/g, '/').replace(/^.*\//, '').replace(/\.mdx$/, '');
	const archive = await readArchive(options.contentDir, cwd);
	const checked = checkArchive(archive, { mdxSyntax: false });
	const advice = checked.advice.find((a) => a.id === adviceId);
	if (!advice) {
		const known = adviceIds(options.contentDir);
		return usageError(`FOUT: er is geen advies "${adviceId}"${known.includes(adviceId) ? ' dat door de controle komt; voer eerst npm run check uit' : `; bestaande adviezen: ${known.join(', ') || '(geen)'}`}.`, RESPONSE_USAGE);
	}
	if (!options.date) return usageError('FOUT: noem de datum van de brief van het college met --datum JJJJ-MM-DD.', RESPONSE_USAGE);
	const date = parseIsoDate(options.date);
	if (!date) return usageError(`FOUT: "${options.date}" is geen datum; schrijf jaar-maand-dag, bijvoorbeeld 2025-12-02.`, RESPONSE_USAGE);

	const followUps = adviceFollowUps(advice, (checked.responses ?? []).map((r) => ({ id: r.id, data: r.data })));
	const open = advice.data.points.filter((point) => followUps.get(point.id)?.status === 'open');
	if (open.length === 0) return taskResult(1, [`Alle punten van ${adviceId} hebben al een reactie; er is niets geschreven.`, '    Komt er toch een nieuwe reactie op een punt, geef dat punt dan mee met --punt.']);

	const answers = new Map<string, Answer>();
	for (const flag of options.points ?? []) {
		const parsed = parsePointFlag(flag);
		if (typeof parsed === 'string') return usageError(`FOUT: ${parsed}.`, RESPONSE_USAGE);
		if (!advice.data.points.some((p) => p.id === parsed.point)) return usageError(`FOUT: het advies heeft geen punt "${parsed.point}"; de codes zijn: ${advice.data.points.map((p) => p.id).join(', ')}.`, RESPONSE_USAGE);
		answers.set(parsed.point, parsed);
	}
	if ((options.points ?? []).length === 0 && options.ask) {
		const menu = RESPONSE_STATUSES.map((status, i) => `${i + 1} = ${status}`).join(', ');
		for (const [index, point] of open.entries()) {
			const choice = await options.ask(`\nPunt ${index + 1} van ${open.length} (${point.id}): ${point.text}\nReageert het college hierop? Kies ${menu}, of Enter om over te slaan: `);
			const status = RESPONSE_STATUSES[Number(choice) - 1] ?? (RESPONSE_STATUSES as readonly string[]).find((s) => s === choice);
			if (!status) continue;
			const response = await options.ask('Wat antwoordt het college, in het kort? ');
			if (response.trim() !== '') answers.set(point.id, { point: point.id, status, response: response.trim() });
		}
	}
	if (answers.size === 0) {
		return taskResult(1, [
			`Er is niets geschreven: geef bij minstens één punt de reactie van het college. De open punten van ${adviceId}:`,
			...open.map((point) => `  ${point.id}: ${point.text}`),
			'Voorbeeld (alles op één regel):',
			`  npm run reactie -- ${adviceId} --datum ${options.date} --punt "${open[0]!.id}=${open[0]!.kind === 'vraag' ? 'beantwoord' : 'overgenomen'}: In het kort wat het college antwoordt."`,
		]);
	}

	const data: Record<string, unknown> = {
		advice: adviceId,
		date: options.date,
		source: { title: options.title ?? `Brief van het college van ${formatDate(date)}`, ...(options.url ? { url: options.url } : {}) },
		points: advice.data.points.filter((p) => answers.has(p.id)).map((p) => answers.get(p.id)!),
	};
	const valid = responseSchema.safeParse(data);
	if (!valid.success) {
		const issue = valid.error.issues[0]!;
		return taskResult(1, [`FOUT: ${issue.path.join(' → ')}: ${issue.message}; er is niets geschreven.`]);
	}
	const stillOpen = open.filter((p) => !answers.has(p.id));
	const text = [
		`# Reactie van het college op ${adviceId}, gemaakt met npm run reactie.`,
		toYaml(data).replace(/\n$/, ''),
		...(stillOpen.length > 0 ? ['# Punten zonder reactie in deze brief (die blijven open):', ...stillOpen.map((p) => `#   ${p.id}: ${p.text.replace(/\s+/g, ' ')}`)] : []),
	].join('\n');
	const dir = path.join(options.contentDir, ARCHIVE_LAYOUT.responsesDir);
	const file = freeFile(dir, adviceId);
	mkdirSync(dir, { recursive: true });
	writeFileSync(file, `${text}\n`, 'utf8');
	return taskResult(0, [
		`Reactie geschreven: ${shownPath(file, cwd)} (${answers.size} ${answers.size === 1 ? 'punt' : 'punten'}${stillOpen.length > 0 ? `; ${stillOpen.length} blijven open` : ''}).`,
		options.title ? '' : `  De titel van de bron is "${(data.source as { title: string }).title}"; een andere titel geeft u met --titel.`,
		options.url ? '' : '  Staat de brief online? Geef het adres mee met --url https://… (of zet onder source: een regel url: "https://…").',
		'Daarna: npm run check, npm start (kijk bij het advies en op /opvolging/), npm run publiceer.',
		`Ongedaan maken: verwijder het bestand ${shownPath(file, cwd)}; het advies zelf is niet veranderd.`,
	].filter((l) => l !== ''));
}
