import { describe, expect, it } from 'vitest';
import { adviceDocument, adviceFields, dvoDocument, dvoFields, lineContaining } from '../../../tests/support/documents.ts';
import { formatProblem } from '../content/problems.ts';
import { checkLock, hashPublished, lockKey, parseLock, serializeLock, updateLock, type Lock, type LockableDocument } from './lock.ts';
import { readSeal, writeSeal } from './seal.ts';

/** A valid advice (shared builder, through the schema) with `body`, and `frontmatter` lines added at the end of its data. */
function advice(body: string, frontmatter = ''): LockableDocument {
	const doc = adviceDocument({ body });
	return { ...doc, source: doc.source.replace(/\n---\n\n/, `\n${frontmatter}---\n\n`) };
}
const today = new Date(Date.UTC(2026, 10, 30));
const lockOf = (doc: LockableDocument) => updateLock(undefined, [doc], undefined, today).lock;

/** Publishes `doc` as `npm run lock` does: its lock, and the document with its seal. */
function publish(doc: LockableDocument): { lock: Lock; doc: LockableDocument } {
	const update = updateLock(undefined, [doc], undefined, today);
	return { lock: update.lock, doc: { ...doc, source: writeSeal(doc.source, update.seals.get(lockKey(doc))!) } };
}

/** `doc` carrying the seal of `published` (a later edit of a published document). */
function sealedAs(published: LockableDocument, doc: LockableDocument): LockableDocument {
	return { ...doc, source: writeSeal(doc.source, readSeal(published.source)!) };
}

describe('lock on published texts', () => {
	it('accepts an unchanged text, also with other line endings, and changes outside the published text', () => {
		const { lock, doc } = publish(advice('Geacht college,\n\nWe adviseren positief.'));
		const crlf = { ...doc, source: doc.source.replace(/\n/g, '\r\n') };
		const followUp = sealedAs(doc, advice('Geacht college,\n\nWe adviseren positief.', 'topics:\n  - taal\n'));
		expect(checkLock(lock, [doc], 'content/gepubliceerd.lock.json', today)).toEqual([]);
		expect(checkLock(lock, [crlf], 'content/gepubliceerd.lock.json', today)).toEqual([]);
		expect(checkLock(lock, [followUp], 'content/gepubliceerd.lock.json', today)).toEqual([]);
	});

	it('fails a changed text without an erratum, and says how to add one', () => {
		const { lock, doc } = publish(advice('We adviseren positief over € 24.000.'));
		const problems = checkLock(lock, [sealedAs(doc, advice('We adviseren positief over € 42.000.'))], 'content/gepubliceerd.lock.json', today);
		expect(problems).toHaveLength(1);
		const text = formatProblem(problems[0]!);
		expect(text).toContain('FOUT content/adviezen/2025-advies.mdx');
		expect(text).toContain('de tekst is veranderd zonder erratum');
		expect(text).toContain('errata:');
		expect(text).toContain('- date: 2026-11-30');
		expect(text).toContain('description:');
		expect(text).toContain('reason:');
		expect(text).toContain('npm run lock');
	});

	it('accepts a change with a new erratum (a reminder to lock it), and locks it', () => {
		const { lock, doc } = publish(advice('We adviseren positief over € 42.000.'));
		const corrected = sealedAs(doc, advice('We adviseren positief over € 24.000.', 'errata:\n  - date: 2026-11-30\n    description: Bedrag verbeterd.\n    reason: Typefout.\n'));
		const problems = checkLock(lock, [corrected], 'content/gepubliceerd.lock.json', today);
		expect(problems.map((p) => p.severity)).toEqual(['warning']);
		expect(problems[0]!.fix).toContain('npm run lock');
		const update = updateLock(lock, [corrected], undefined, today);
		expect(update.updated).toEqual(['adviezen/2025-advies.mdx']);
		const resealed = { ...corrected, source: writeSeal(corrected.source, update.seals.get(lockKey(corrected))!) };
		expect(readSeal(resealed.source)).toEqual({ date: '2026-11-30', sha256: hashPublished(corrected) });
		expect(checkLock(update.lock, [resealed], 'x', today)).toEqual([]);
		// The next change needs another erratum.
		const again = sealedAs(resealed, advice('We adviseren positief over € 25.000.', 'errata:\n  - date: 2026-11-30\n    description: Bedrag verbeterd.\n    reason: Typefout.\n'));
		expect(checkLock(update.lock, [again], 'x', today).map((p) => p.severity)).toEqual(['error']);
	});

	it('refuses to lock a change without an erratum, fails a removed erratum and a removed document', () => {
		const { lock, doc } = publish(advice('Tekst.', 'errata:\n  - date: 2026-11-30\n    description: a\n    reason: b\n'));
		expect(updateLock(lock, [sealedAs(doc, advice('Andere tekst.', 'errata:\n  - date: 2026-11-30\n    description: a\n    reason: b\n'))], undefined, today).refused).toHaveLength(1);
		expect(checkLock(lock, [sealedAs(doc, advice('Tekst.'))], 'x', today)[0]!.message).toContain('een erratum blijft altijd staan');
		expect(checkLock(lock, [], 'content/gepubliceerd.lock.json', today)[0]!.message).toContain('adviezen/2025-advies.mdx is verdwenen');
	});

	it('leaves a document with unreadable frontmatter to the content check', () => {
		const lock = lockOf(advice('Tekst.'));
		expect(checkLock(lock, [advice('Tekst.', 'kapot: [\n')], 'x', today)).toEqual([]);
	});

	it('counts the figures of a DVO version as published text', () => {
		const dvo = (amount: number): LockableDocument =>
			dvoDocument({ fields: dvoFields({ localChoices: { years: [{ year: 2026, lines: [{ name: 'A', amount, status: 'voorgesteld' }] }] } }) });
		expect(hashPublished(dvo(81000))).not.toBe(hashPublished(dvo(18000)));
		const published = publish(dvo(81000));
		expect(checkLock(published.lock, [sealedAs(published.doc, dvo(18000))], 'x', today).map((p) => p.message)).toEqual([expect.stringContaining('de tekst is veranderd zonder erratum')]);
	});

	describe('the seal covers the whole published record', () => {
		const published = (fields: Record<string, unknown>) => adviceDocument({ fields: adviceFields({ sourceFile: 'bronnen/brief.txt', ...fields }) });
		const letters = new Map([['bronnen/brief.txt', 'a'.repeat(64)]]);
		const base = () => {
			const doc = published({});
			const update = updateLock(undefined, [doc], undefined, today, letters);
			return { lock: update.lock, doc: { ...doc, source: writeSeal(doc.source, update.seals.get(lockKey(doc))!) } };
		};
		const point = adviceFields().points as Record<string, unknown>[];
		const rewrites: [string, Record<string, unknown>][] = [
			['verdict', { verdict: 'negatief' }],
			['verdictSummary', { verdictSummary: 'Negatief.' }],
			['dates', { dates: { meeting: '2025-09-20' } }],
			['addressee', { addressee: 'Gemeenteraad' }],
			['council', { council: 'Iemand anders' }],
			['a point text', { points: [{ ...point[0], text: 'Iets anders.' }] }],
			['the source letter named', { sourceFile: 'bronnen/andere.txt' }],
		];
		it.each(rewrites)('fails a quiet rewrite of %s in a published advice', (_name, fields) => {
			const { lock, doc } = base();
			const rewritten = sealedAs(doc, published(fields));
			expect(checkLock(lock, [rewritten], 'x', today, letters).map((p) => p.message)).toEqual([expect.stringContaining('de tekst is veranderd zonder erratum')]);
		});

		it('fails a replaced or deleted source letter of a published advice', () => {
			const { lock, doc } = base();
			expect(checkLock(lock, [doc], 'x', today, letters)).toEqual([]);
			expect(checkLock(lock, [doc], 'x', today, new Map([['bronnen/brief.txt', 'b'.repeat(64)]]))[0]!.message).toContain('de tekst is veranderd zonder erratum');
			expect(checkLock(lock, [doc], 'x', today, new Map())[0]!.message).toContain('de tekst is veranderd zonder erratum');
		});

		it.each([
			['source', { source: { description: 'Iets anders.' } }],
			['parties', { parties: ['Gemeente Heumen', 'Iemand anders'] }],
		])('fails a quiet rewrite of %s in a published DVO', (_name, fields) => {
			const published = publish(dvoDocument());
			const rewritten = sealedAs(published.doc, dvoDocument({ fields: dvoFields(fields) }));
			expect(checkLock(published.lock, [rewritten], 'x', today).map((p) => p.message)).toEqual([expect.stringContaining('de tekst is veranderd zonder erratum')]);
		});

		it('leaves out only the seal, errata, topics and per point followUp and related', () => {
			const { lock, doc } = base();
			const later = published({
				topics: ['taal'],
				points: [{ ...point[0], followUp: { status: 'beantwoord', response: 'Ja.' }, related: ['2024-advies#x'] }],
				errata: [{ date: '2026-12-01', description: 'Iets verbeterd.', reason: 'Typefout.' }],
			});
			expect(checkLock(lock, [sealedAs(doc, later)], 'x', today, letters).filter((p) => p.severity === 'error')).toEqual([]);
		});
	});

	describe('published history cannot be erased silently', () => {
		const withoutEntry = (lock: Lock, key: string): Lock => ({ ...lock, documents: Object.fromEntries(Object.entries(lock.documents).filter(([k]) => k !== key)) });

		it('fails a published advice deleted together with its lock entry', () => {
			const { lock } = publish(advice('Tekst.'));
			const problems = checkLock(withoutEntry(lock, 'adviezen/2025-advies.mdx'), [], 'content/gepubliceerd.lock.json', today);
			expect(problems).toEqual([expect.objectContaining({ severity: 'error', file: 'content/gepubliceerd.lock.json', message: 'het gepubliceerde document adviezen/2025-advies.mdx is verdwenen' })]);
			expect(problems[0]!.fix).toContain('uit documents en uit history');
		});

		it('fails a published advice renamed together with its lock key', () => {
			const { lock, doc } = publish(advice('Tekst.'));
			const renamed = { ...doc, id: '2025-nieuw', displayPath: 'content/adviezen/2025-nieuw.mdx' };
			const entry = lock.documents['adviezen/2025-advies.mdx']!;
			const relocked: Lock = { ...lock, documents: { 'adviezen/2025-nieuw.mdx': entry }, history: [...lock.history, 'adviezen/2025-nieuw.mdx'] };
			expect(checkLock(relocked, [renamed], 'x', today).map((p) => [p.severity, p.message])).toEqual([['error', 'het gepubliceerde document adviezen/2025-advies.mdx is verdwenen']]);
		});

		it('fails (not warns) a published document whose seal and lock entry were both removed, and will not record it as new', () => {
			const { lock } = publish(advice('Tekst.'));
			const bare = advice('Andere tekst.');
			const problems = checkLock(withoutEntry(lock, 'adviezen/2025-advies.mdx'), [bare], 'x', today);
			expect(problems.map((p) => [p.severity, p.file])).toEqual([['error', 'content/adviezen/2025-advies.mdx']]);
			expect(problems[0]!.message).toContain('is gepubliceerd geweest (het staat in history');
			const update = updateLock(withoutEntry(lock, 'adviezen/2025-advies.mdx'), [bare], undefined, today);
			expect(update.added).toEqual([]);
			expect(update.refused[0]!.message).toContain('wordt niet opnieuw als nieuw vastgelegd');
		});

		it('fails a document with errata but no seal, with or without a lock', () => {
			const corrected = advice('Tekst.', 'errata:\n  - date: 2026-11-30\n    description: a\n    reason: b\n');
			for (const lock of [undefined, { version: 1 as const, documents: {}, history: [] }]) {
				const problems = checkLock(lock, [corrected], 'x', today);
				expect(problems.map((p) => [p.severity, p.field, p.message])).toEqual([['error', 'errata', 'dit document heeft correcties (errata), dus het is gepubliceerd geweest, maar het zegel "published" ontbreekt']]);
			}
			// A document never recorded (not in history) can still be recorded the first time.
			expect(updateLock(undefined, [corrected], undefined, today).added).toEqual(['adviezen/2025-advies.mdx']);
		});

		it('keeps every recorded key in history, and refuses a lock without history or with an entry outside it', () => {
			const lock = lockOf(advice('Tekst.'));
			expect(lock.history).toEqual(['adviezen/2025-advies.mdx']);
			expect(updateLock(withoutEntry(lock, 'adviezen/2025-advies.mdx'), [], undefined, today).lock.history).toEqual(['adviezen/2025-advies.mdx']);
			const entry = JSON.stringify(lock.documents);
			expect(parseLock(`{"version":1,"documents":${entry}}`)).toMatchObject({ ok: false, message: expect.stringContaining('de lijst history') });
			expect(parseLock(`{"version":1,"documents":${entry},"history":[]}`)).toMatchObject({ ok: false, message: expect.stringContaining('staat in documents maar niet in history') });
		});
	});

	it('reads back what it writes, and rejects a damaged lock file', () => {
		const lock = lockOf(advice('Tekst.'));
		expect(parseLock(serializeLock(lock))).toEqual({ ok: true, lock });
		expect(parseLock('{').ok).toBe(false);
		expect(parseLock('{"version":1,"documents":{"a":{"sha256":"x","errata":0}}}').ok).toBe(false);
	});

	describe('the seal in the document itself', () => {
		it('fails a sealed document when the lock file is gone, and says the text changed too', () => {
			const { doc } = publish(advice('We adviseren positief over € 24.000.'));
			const unchanged = checkLock(undefined, [doc], 'content/gepubliceerd.lock.json', today);
			expect(unchanged.map(formatProblem)).toEqual([
				expect.stringMatching(new RegExp(`^FOUT content/adviezen/2025-advies\\.mdx:${lineContaining(doc.source, 'published:')} veld "published": dit document is gepubliceerd \\(published: 2026-11-30\\), maar staat niet in content/gepubliceerd\\.lock\\.json\n {4}Oplossing: zet content/gepubliceerd\\.lock\\.json terug met git`)),
			]);
			const changed = checkLock(undefined, [sealedAs(doc, advice('We adviseren positief over € 42.000.'))], 'content/gepubliceerd.lock.json', today);
			expect(changed[0]!.message).toContain('bovendien is de tekst sindsdien veranderd');
		});

		it('fails a sealed document whose lock entry was removed, and will not lock its changed text', () => {
			const { doc } = publish(advice('Tekst.'));
			const other = publish({ ...advice('Ander advies.'), id: '2024-advies', displayPath: 'content/adviezen/2024-advies.mdx' });
			const changed = sealedAs(doc, advice('Andere tekst.'));
			expect(checkLock(other.lock, [changed, other.doc], 'x', today).map((p) => [p.file, p.field])).toEqual([['content/adviezen/2025-advies.mdx', 'published']]);
			expect(updateLock(other.lock, [changed], undefined, today).refused[0]!.message).toContain('staat niet meer in het slot');
			// The unchanged text gets its entry back.
			const restored = updateLock(other.lock, [doc], undefined, today);
			expect(restored.lock.documents['adviezen/2025-advies.mdx']!.sha256).toBe(hashPublished(doc));
			expect([restored.added, restored.updated, restored.sealed]).toEqual([[], [], ['adviezen/2025-advies.mdx']]);
		});

		it('fails a locked document whose seal was removed, and a seal that differs from the lock', () => {
			const { lock, doc } = publish(advice('Tekst.'));
			expect(checkLock(lock, [advice('Tekst.')], 'x', today)[0]!.message).toContain('het veld "published" ontbreekt');
			const forged = { ...doc, source: writeSeal(doc.source, { date: '2026-11-30', sha256: 'a'.repeat(64) }) };
			expect(checkLock(lock, [forged], 'x', today)[0]!.field).toBe('published → sha256');
		});
	});
});
