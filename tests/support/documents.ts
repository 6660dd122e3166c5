/**
 * Shared builders for content-check tests: advice and DVO documents, settings and whole
 * archives in memory. Every document's frontmatter goes through its schema first (a builder
 * throws on data the schema refuses, unless asked for broken data), and is written as YAML by
 * the same `yaml` package the check reads it with, so tests start from valid documents and
 * change one thing.
 */
import { stringify } from 'yaml';
import { adviceSchema, type AdviceData } from '../../src/schemas/advice.ts';
import { dvoSchema } from '../../src/schemas/dvo.ts';
import { settingsSchema } from '../../src/schemas/settings.ts';
import { fieldLineFinder } from '../../src/lib/content/frontmatter.ts';
import type { LineFinder } from '../../src/lib/content/problems.ts';
import type { ArchiveDocument, RawArchive } from '../../src/lib/content/read-archive.ts';

type Fields = Record<string, unknown>;

/** The fields of a valid advice about DVO 2026-2027/ontwerp, with `overrides` on top. */
export function adviceFields(overrides: Fields = {}): Fields {
	return {
		title: 'Advies over de ontwerp-DVO 2026-2027',
		year: 2025,
		council: 'Burgeradviesraad',
		addressee: 'College',
		dvo: '2026-2027/ontwerp',
		dates: { meeting: '2025-09-19' },
		verdict: 'positief',
		verdictSummary: 'Positief.',
		points: [{ id: 'vraag-een', kind: 'vraag', topic: 'participatiecoaching', section: 'budget', text: 'Wat is de rol?' }],
		...overrides,
	};
}

/** The fields of a valid DVO version 2026-2027/ontwerp with one budget line, with `overrides` on top. */
export function dvoFields(overrides: Fields = {}): Fields {
	return {
		title: 'Ontwerp-DVO 2026-2027',
		period: { firstYear: 2026, lastYear: 2027 },
		version: 'ontwerp',
		parties: ['Gemeente Heumen', 'WerkBedrijf'],
		source: { description: 'Uit het advies.' },
		localChoices: { years: [{ year: 2026, lines: [{ id: 'participatiecoaching', name: 'Participatiecoaching', amount: 81000, fte: 0.9, status: 'voorgesteld' }] }] },
		...overrides,
	};
}

/** An MDX document: the fields as YAML frontmatter, then the body. */
export function mdx(fields: Fields, body: string): string {
	return `---\n${stringify(fields, { lineWidth: 0 })}---\n\n${body.endsWith('\n') ? body : `${body}\n`}`;
}

export interface DocumentOptions {
	id?: string;
	fields?: Fields;
	body?: string;
	/** Skip the schema (for a test that needs a document the schema refuses). */
	invalid?: boolean;
}

/** An advice document as read from disk; its fields pass adviceSchema unless `invalid`. */
export function adviceDocument({ id = '2025-advies', fields = adviceFields(), body = 'Geacht college,\n\n## Budget\n\nTekst.', invalid = false }: DocumentOptions = {}): ArchiveDocument {
	if (!invalid) adviceSchema.parse(fields);
	return { kind: 'advice', id, displayPath: `content/adviezen/${id}.mdx`, source: mdx(fields, body) };
}

/** A DVO document as read from disk; its fields pass dvoSchema unless `invalid`. */
export function dvoDocument({ id = '2026-2027/ontwerp', fields = dvoFields(), body = 'Tekst.', invalid = false }: DocumentOptions = {}): ArchiveDocument {
	if (!invalid) dvoSchema.parse(fields);
	return { kind: 'dvo', id, displayPath: `content/dvo/${id}.mdx`, source: mdx(fields, body) };
}

/** Valid site settings as a file. */
export function settingsFile(overrides: Fields = {}): { displayPath: string; source: string } {
	const fields = { councilName: 'Burgeradviesraad Heumen', councilShortName: 'BAR', municipality: 'Gemeente Heumen', partner: 'WerkBedrijf', baseUrl: 'https://example.org', contact: {}, ...overrides };
	settingsSchema.parse(fields);
	return { displayPath: 'content/instellingen.yaml', source: stringify(fields) };
}

/** An archive in memory: one valid advice and DVO version unless `documents` says otherwise. */
export function archiveOf(overrides: Partial<RawArchive> = {}): RawArchive {
	return { contentDir: 'content', documents: [adviceDocument(), dvoDocument()], settings: settingsFile(), sourceFiles: [], ...overrides };
}

/** A checked advice (data through the schema) with the lines of its generated file. */
export function checkedAdvice(id: string, fields: Fields): { id: string; displayPath: string; data: AdviceData; lineOf: LineFinder; source: string } {
	const all = adviceFields({ dvo: '2024/ontwerp', points: [], ...fields });
	const source = mdx(all, 'Tekst.');
	return { id, displayPath: `adviezen/${id}.mdx`, data: adviceSchema.parse(all), lineOf: fieldLineFinder(source), source };
}

/** The 1-based line of the first line of `text` that contains `piece`; throws when there is none. */
export function lineContaining(text: string, piece: string, from = 0): number {
	const lines = text.split('\n');
	const index = lines.findIndex((line, i) => i >= from && line.includes(piece));
	if (index === -1) throw new Error(`"${piece}" is not in the text`);
	return index + 1;
}
