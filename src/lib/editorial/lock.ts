/**
 * The lock on published texts. `gepubliceerd.lock.json` records, for every published document,
 * a SHA-256 hash of its published text and how many errata it had when it was locked. A change
 * to a locked text is accepted only together with a new erratum (date, what changed, why),
 * which the page shows; anything else fails the check and the build.
 *
 * Each published document also carries a seal in its own frontmatter (`published: {date,
 * sha256}`, src/lib/editorial/seal.ts) with the same hash: deleting the lock file or one of its
 * entries does not unlock a sealed document (the check fails until the entry is back), and
 * removing a seal shows in the document's own diff and fails the check while the lock has it.
 *
 * The sealed record is the whole published document: every frontmatter field, the body, and the
 * bytes of the archived source letter (`sourceFile`, e.g. bronnen/brief.txt). Only fields that are
 * meant to change after publication are left out (UNSEALED_FIELDS below): the seal itself, the
 * errata (they grow with each correction; their number is guarded by the lock entry instead),
 * the archive's own subject index (`topics`), and per advice point its follow-up (`followUp`,
 * filled in as the college responds) and its links to points in later advice (`related`).
 */
import { createHash } from 'node:crypto';
import yaml from 'js-yaml';
import { ARCHIVE_LAYOUT } from '../content/archive-layout.ts';
import { findFieldLine, parseYaml, splitDocument, type YamlResult } from '../content/frontmatter.ts';
import type { ContentProblem } from '../content/problems.ts';
import { toIsoDate } from '../dates.ts';
import { hasSealField, readSeal, sealOf } from './seal.ts';

export const LOCK_VERSION = 1;

export interface LockEntry {
	sha256: string;
	/** Number of errata the document had when its text was locked. */
	errata: number;
}

export interface Lock {
	version: typeof LOCK_VERSION;
	/** Keyed by the document's path inside the content folder, e.g. adviezen/2025-dvo-2026-2027.mdx. */
	documents: Record<string, LockEntry>;
	/**
	 * Every document key ever recorded as published, sorted; keys are only added. A key here
	 * whose document is missing is an error even when its entry in `documents` is gone too, so
	 * deleting or renaming a published document takes removing its key from this list: a
	 * deliberate, visible line in the diff of the lock file, never a side effect.
	 */
	history: string[];
}

export interface LockableDocument {
	kind: 'advice' | 'dvo';
	id: string;
	displayPath: string;
	source: string;
}

/** The key of a document in the lock: its path inside the content folder. */
export function lockKey(doc: Pick<LockableDocument, 'kind' | 'id'>): string {
	return `${doc.kind === 'advice' ? ARCHIVE_LAYOUT.adviceDir : ARCHIVE_LAYOUT.dvoDir}/${doc.id}.mdx`;
}

/** JSON with object keys sorted, so the same data always gives the same text. */
function canonicalJson(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
	if (value && typeof value === 'object') {
		const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
		return `{${entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
	}
	return JSON.stringify(value ?? null);
}

/**
 * Frontmatter fields outside the seal, and why. Everything else a document holds is sealed.
 * - published: the seal itself.
 * - errata: added with each correction; the lock entry counts them and removing one is an error.
 * - topics: the archive's subject index, refined as the archive grows; not what the council wrote.
 * - points → followUp: what happened with a point afterwards (status, the college's response).
 * - points → related: links to points in later advice, added when those are published.
 */
export const UNSEALED_FIELDS = { document: ['published', 'errata', 'topics'], point: ['followUp', 'related'] } as const;

/** Sha256 (hex) of the bytes of each archived source letter, by path inside the content folder (bronnen/brief.txt). */
export type SourceLetters = ReadonlyMap<string, string>;

/** Drops empty lists, empty maps and nulls, so writing `topics: []` or leaving it out is the same record. */
function withoutEmpty(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(withoutEmpty);
	if (value && typeof value === 'object') {
		const entries = Object.entries(value as Record<string, unknown>)
			.map(([k, v]) => [k, withoutEmpty(v)] as const)
			.filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0) && !(typeof v === 'object' && !Array.isArray(v) && Object.keys(v as object).length === 0));
		return Object.fromEntries(entries);
	}
	return value;
}

/** The sealed part of a document's frontmatter data: all of it but UNSEALED_FIELDS. */
export function sealedData(data: Record<string, unknown>): Record<string, unknown> {
	const sealed: Record<string, unknown> = { ...data };
	for (const field of UNSEALED_FIELDS.document) delete sealed[field];
	if (Array.isArray(sealed.points)) {
		sealed.points = sealed.points.map((point: unknown) => {
			if (!point || typeof point !== 'object') return point;
			const copy: Record<string, unknown> = { ...(point as Record<string, unknown>) };
			for (const field of UNSEALED_FIELDS.point) delete copy[field];
			return copy;
		});
	}
	return withoutEmpty(sealed) as Record<string, unknown>;
}

function frontmatterData(source: string): Record<string, unknown> {
	return dataRecord(parseYaml(splitDocument(source).frontmatter));
}

function dataRecord(parsed: YamlResult): Record<string, unknown> {
	return parsed.ok && parsed.data && typeof parsed.data === 'object' ? (parsed.data as Record<string, unknown>) : {};
}

/**
 * The published record of a document as one text: its sealed frontmatter data (canonical JSON),
 * the hash of its archived source letter's bytes, and its body, normalised so that line endings,
 * a byte-order mark and trailing spaces do not count as changes. A source letter named in
 * `sourceFile` but absent from `letters` counts as "ontbreekt", so deleting it changes the record.
 */
export function publishedText(doc: Pick<LockableDocument, 'kind' | 'source'>, letters: SourceLetters = new Map(), data: Record<string, unknown> = frontmatterData(doc.source)): string {
	const body = splitDocument(doc.source)
		.body.split('\n')
		.map((line) => line.replace(/\s+$/, ''))
		.join('\n')
		.trim();
	const parts = [`data: ${canonicalJson(sealedData(data))}`];
	if (typeof data.sourceFile === 'string') parts.push(`sourceFile: ${data.sourceFile} ${letters.get(data.sourceFile) ?? 'ontbreekt'}`);
	parts.push(body);
	return `${parts.join('\n---\n')}\n`;
}

/** The hash that seals a document's published record (publishedText). */
export function hashPublished(doc: Pick<LockableDocument, 'kind' | 'source'>, letters: SourceLetters = new Map(), data?: Record<string, unknown>): string {
	return createHash('sha256').update(publishedText(doc, letters, data), 'utf8').digest('hex');
}

export function errataCount(source: string, data: Record<string, unknown> = frontmatterData(source)): number {
	const errata = data.errata;
	return Array.isArray(errata) ? errata.length : 0;
}

export type LockParseResult = { ok: true; lock: Lock } | { ok: false; message: string };

export function parseLock(source: string): LockParseResult {
	let data: unknown;
	try {
		data = JSON.parse(source);
	} catch (error) {
		return { ok: false, message: `het bestand is geen geldige JSON (${(error as Error).message})` };
	}
	const lock = data as Partial<Lock>;
	if (!lock || lock.version !== LOCK_VERSION || !lock.documents || typeof lock.documents !== 'object') {
		return { ok: false, message: `het bestand heeft niet de verwachte vorm (version: ${LOCK_VERSION}, documents: { … }, history: [ … ])` };
	}
	if (!Array.isArray(lock.history) || !lock.history.every((key) => typeof key === 'string')) {
		return { ok: false, message: 'de lijst history (alle documenten die ooit gepubliceerd zijn) ontbreekt of is geen lijst van bestandsnamen' };
	}
	const missingFromHistory = Object.keys(lock.documents).filter((key) => !lock.history!.includes(key));
	if (missingFromHistory.length > 0) {
		return { ok: false, message: `${missingFromHistory.join(', ')} staat in documents maar niet in history; elk vastgelegd document staat in history` };
	}
	for (const [key, entry] of Object.entries(lock.documents)) {
		if (!entry || typeof entry.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(entry.sha256) || !Number.isInteger(entry.errata)) {
			return { ok: false, message: `de regel voor "${key}" heeft geen geldige sha256 en errata` };
		}
	}
	return { ok: true, lock: lock as Lock };
}

export function serializeLock(lock: Lock): string {
	const documents = Object.fromEntries(Object.keys(lock.documents).sort().map((key) => [key, lock.documents[key]]));
	const history = [...new Set([...lock.history, ...Object.keys(documents)])].sort();
	return `${JSON.stringify({ version: lock.version, documents, history }, null, '\t')}\n`;
}


/**
 * The erratum a lock error shows as an example: YAML written by js-yaml (texts quoted, so the
 * colon in "bijvoorbeeld: …" cannot break it), valid exactly as printed.
 */
export function erratumExample(today: Date): string {
	const example = [{ date: toIsoDate(today), description: 'Wat er veranderd is, bijvoorbeeld: bedrag voor 2027 verbeterd van € 42.000 in € 24.000.', reason: 'Waarom, bijvoorbeeld: typefout bij het overnemen van de brief.' }];
	return yaml.dump({ errata: example }, { schema: yaml.CORE_SCHEMA, lineWidth: -1, quotingType: '"', forceQuotes: true }).replace(/^(\s*-\s+)date: "([^"]*)"/m, '$1date: $2');
}

/** How to add an erratum, as shown in the fix of a lock error. */
export function erratumHowTo(today: Date): string {
	return [
		'een gepubliceerde tekst verandert alleen met een correctie die lezers op de pagina zien.',
		'      Het eenvoudigst: verbeter de tekst en voer dan npm run erratum -- <bestand> uit; dat vraagt wat er veranderd is en waarom.',
		'      Met de hand: zet in de gegevens bovenaan het bestand (tussen de regels ---), met de teksten tussen aanhalingstekens:',
		...erratumExample(today).replace(/\n$/, '').split('\n').map((line) => `        ${line}`),
		'      (staat er al een lijst errata, voeg dan onderaan een nieuw punt toe) en voer daarna npm run lock uit.',
		'      Was de wijziging niet de bedoeling? Zet de tekst terug; git diff laat zien wat er veranderde.',
	].join('\n');
}

type Verdict =
	| { kind: 'unchanged' }
	| { kind: 'new' }
	| { kind: 'corrected' }
	| { kind: 'changed-without-erratum' }
	| { kind: 'erratum-removed'; locked: number; now: number };

function judge(entry: LockEntry | undefined, doc: LockableDocument, letters: SourceLetters, data: Record<string, unknown> = frontmatterData(doc.source)): Verdict {
	if (!entry) return { kind: 'new' };
	const now = errataCount(doc.source, data);
	if (now < entry.errata) return { kind: 'erratum-removed', locked: entry.errata, now };
	if (hashPublished(doc, letters, data) === entry.sha256) return { kind: 'unchanged' };
	return now > entry.errata ? { kind: 'corrected' } : { kind: 'changed-without-erratum' };
}

function verdictProblem(verdict: Verdict, doc: LockableDocument, today: Date): ContentProblem | undefined {
	switch (verdict.kind) {
		case 'changed-without-erratum':
			return {
				severity: 'error',
				file: doc.displayPath,
				message: 'dit document is gepubliceerd en de tekst is veranderd zonder erratum (correctie); vastgelegd zijn de brief, alle gegevens bovenaan (behalve errata, topics en bij punten followUp en related) en de bronbrief in bronnen/',
				fix: erratumHowTo(today),
			};
		case 'erratum-removed':
			return {
				severity: 'error',
				file: doc.displayPath,
				field: 'errata',
				message: `er ${verdict.locked === 1 ? 'was' : 'waren'} ${verdict.locked} errata vastgelegd, nu nog ${verdict.now}; een erratum blijft altijd staan`,
				fix: 'zet het verwijderde erratum terug (git diff laat zien wat er weg is)',
			};
		default:
			return undefined;
	}
}

/**
 * The seal problems of one document: a seal without lock entry, an entry without seal, or two
 * hashes that differ. `data` is its parsed frontmatter; the line of its seal is looked up only
 * for a document with a problem.
 */
function sealProblems(entry: LockEntry | undefined, doc: LockableDocument, lockDisplayPath: string, letters: SourceLetters, data: Record<string, unknown>): ContentProblem[] {
	const problems = sealProblemsWithoutLine(entry, doc, lockDisplayPath, letters, data);
	if (problems.length === 0) return problems;
	const split = splitDocument(doc.source);
	const line = findFieldLine(split.frontmatter, ['published']);
	return problems.map((p) => ({ ...p, line: line === undefined ? undefined : line + split.frontmatterStartLine - 1 }));
}

function sealProblemsWithoutLine(entry: LockEntry | undefined, doc: LockableDocument, lockDisplayPath: string, letters: SourceLetters, data: Record<string, unknown>): ContentProblem[] {
	const seal = sealOf(data);
	if (!seal && hasSealField(doc.source)) return []; // an unreadable seal is reported by the schema
	if (seal && !entry) {
		const changed = hashPublished(doc, letters, data) !== seal.sha256;
		return [{
			severity: 'error',
			file: doc.displayPath,
			field: 'published',
			message: `dit document is gepubliceerd (published: ${seal.date}), maar staat niet in ${lockDisplayPath}${changed ? '; bovendien is de tekst sindsdien veranderd' : ''}`,
			fix: `zet ${lockDisplayPath} terug met git (git checkout -- ${lockDisplayPath}); een gepubliceerd document blijft vastgelegd en verandert alleen met een erratum`,
		}];
	}
	if (entry && !seal) {
		return [{
			severity: 'error',
			file: doc.displayPath,
			field: 'published',
			message: `dit document staat in ${lockDisplayPath} als gepubliceerd, maar het veld "published" ontbreekt in de gegevens bovenaan het bestand`,
			fix: 'zet het veld published terug met git (git diff laat zien wat er weg is), of voer npm run lock uit als de tekst niet veranderd is',
		}];
	}
	if (entry && seal && seal.sha256 !== entry.sha256) {
		return [{
			severity: 'error',
			file: doc.displayPath,
			field: 'published → sha256',
			message: `de hash in het veld published verschilt van die in ${lockDisplayPath}; een van beide is met de hand veranderd`,
			fix: 'zet beide terug met git; na een correctie met erratum werkt npm run lock ze samen bij',
		}];
	}
	return [];
}

/**
 * Compares the archive's documents with the lock (undefined when the archive has no lock file)
 * and with the seals in their own frontmatter; `letters` holds the hashes of the archived source letters.
 * A document whose frontmatter is not readable YAML is left out (the content check reports it).
 * `frontmatterOf` gives a document's parsed frontmatter, by default by parsing it; the content
 * check passes what its own parse found, so a large archive is not parsed again.
 */
export function checkLock<D extends LockableDocument>(
	lock: Lock | undefined,
	documents: readonly D[],
	lockDisplayPath: string,
	today = new Date(),
	letters: SourceLetters = new Map(),
	frontmatterOf: (doc: D) => YamlResult = (doc) => parseYaml(splitDocument(doc.source).frontmatter),
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const seen = new Set<string>();
	for (const doc of documents) {
		const key = lockKey(doc);
		seen.add(key);
		// Unreadable frontmatter is reported by the content check itself; comparing would only add noise.
		const parsed = frontmatterOf(doc);
		if (!parsed.ok) continue;
		const data = dataRecord(parsed);
		const seal = sealOf(data);
		const entry = lock?.documents[key];
		problems.push(...sealProblems(entry, doc, lockDisplayPath, letters, data));
		const unsealed = !seal && !hasSealField(doc.source);
		if (unsealed && !entry && lock?.history.includes(key)) {
			problems.push({
				severity: 'error',
				file: doc.displayPath,
				message: `dit document is gepubliceerd geweest (het staat in history in ${lockDisplayPath}), maar het zegel "published" en de regel in het slot zijn weg`,
				fix: 'zet het veld published en het slotbestand terug met git (git diff laat zien wat er weg is); corrigeer een gepubliceerd document met een erratum',
			});
			continue;
		}
		if (unsealed && errataCount(doc.source, data) > 0) {
			problems.push({
				severity: 'error',
				file: doc.displayPath,
				field: 'errata',
				message: 'dit document heeft correcties (errata), dus het is gepubliceerd geweest, maar het zegel "published" ontbreekt',
				fix: 'zet het veld published terug met git (git diff laat zien wat er weg is). Is het document echt nog nooit vastgelegd, voer dan npm run lock uit',
			});
			continue;
		}
		if (!lock) continue;
		const verdict = judge(entry, doc, letters, data);
		const problem = verdictProblem(verdict, doc, today);
		if (problem) problems.push(problem);
		else if (verdict.kind === 'corrected') {
			problems.push({
				severity: 'warning',
				file: doc.displayPath,
				field: 'errata',
				message: 'de tekst is gecorrigeerd met een erratum, maar de nieuwe tekst is nog niet vastgelegd',
				code: 'not-locked',
				fix: 'voer npm run lock uit; daarna is voor een volgende wijziging weer een nieuw erratum nodig',
			});
		} else if (verdict.kind === 'new' && !seal) {
			problems.push({
				severity: 'warning',
				file: doc.displayPath,
				message: 'dit document is nog niet vastgelegd als gepubliceerd',
				code: 'not-locked',
				fix: `voer npm run lock uit zodra het gepubliceerd is; dan staat het in ${lockDisplayPath} en verandert de tekst alleen nog met een erratum`,
			});
		}
	}
	for (const key of new Set([...Object.keys(lock?.documents ?? {}), ...(lock?.history ?? [])])) {
		if (!seen.has(key)) {
			problems.push({
				severity: 'error',
				file: lockDisplayPath,
				message: `het gepubliceerde document ${key} is verdwenen`,
				fix: `zet het bestand terug (een gepubliceerd document wordt niet verwijderd of hernoemd; corrigeer het met een erratum). Is het echt nooit gepubliceerd, haal dan "${key}" uit documents en uit history in ${lockDisplayPath}; dat is bewust zichtbaar in git`,
			});
		}
	}
	return problems;
}

export interface LockUpdate {
	lock: Lock;
	added: string[];
	updated: string[];
	/** Documents whose change cannot be locked (no erratum); the lock keeps their old hash. */
	refused: ContentProblem[];
	/** Documents whose text was already recorded and that only get (or get back) their seal or lock entry. */
	sealed: string[];
	/** The seal each recorded document must carry in its frontmatter, by lock key. */
	seals: Map<string, { date: string; sha256: string }>;
}

/**
 * Records the current text of documents in the lock: new documents are added, corrected ones
 * (a new erratum) get their new hash. A change without an erratum is refused. A sealed document
 * whose lock entry is gone gets its entry back only when its text still matches its seal. With
 * `only`, just those keys are considered. `seals` says what each recorded document's
 * `published` field must be.
 */
export function updateLock(current: Lock | undefined, documents: readonly LockableDocument[], only?: ReadonlySet<string>, today = new Date(), letters: SourceLetters = new Map()): LockUpdate {
	const lock: Lock = { version: LOCK_VERSION, documents: { ...(current?.documents ?? {}) }, history: [...(current?.history ?? [])] };
	const added: string[] = [];
	const updated: string[] = [];
	const refused: ContentProblem[] = [];
	const seals = new Map<string, { date: string; sha256: string }>();
	const sealed: string[] = [];
	for (const doc of documents) {
		const key = lockKey(doc);
		if (only && !only.has(key)) continue;
		const seal = readSeal(doc.source);
		const hash = hashPublished(doc, letters);
		if (seal && !lock.documents[key]) {
			if (hash !== seal.sha256) {
				refused.push({
					severity: 'error',
					file: doc.displayPath,
					field: 'published',
					message: 'dit document is gepubliceerd maar staat niet meer in het slot, en de tekst verschilt van wat gepubliceerd is',
					fix: 'zet het slotbestand en de tekst terug met git; corrigeer daarna met een erratum',
				});
				continue;
			}
			lock.documents[key] = { sha256: hash, errata: errataCount(doc.source) };
			seals.set(key, seal);
			sealed.push(key);
			continue;
		}
		if (!seal && !lock.documents[key] && lock.history.includes(key)) {
			// Published before (in history) but seal and entry gone: never re-record it as new.
			refused.push({
				severity: 'error',
				file: doc.displayPath,
				field: 'published',
				message: 'dit document is gepubliceerd geweest, maar het zegel "published" en de regel in het slot zijn weg; het wordt niet opnieuw als nieuw vastgelegd',
				fix: 'zet het veld published en het slotbestand terug met git; corrigeer daarna met een erratum',
			});
			continue;
		}
		const verdict = judge(lock.documents[key], doc, letters);
		const problem = verdictProblem(verdict, doc, today);
		if (problem) {
			refused.push(problem);
			continue;
		}
		const entry = { sha256: hash, errata: errataCount(doc.source) };
		seals.set(key, { date: seal?.date || toIsoDate(today), sha256: hash });
		if (verdict.kind === 'new') added.push(key);
		else if (entry.sha256 !== lock.documents[key]?.sha256 || entry.errata !== lock.documents[key]?.errata) updated.push(key);
		else if (seal?.sha256 !== hash) sealed.push(key);
		lock.documents[key] = entry;
	}
	lock.history = [...new Set([...lock.history, ...Object.keys(lock.documents)])].sort();
	return { lock, added, updated, sealed, refused, seals };
}
