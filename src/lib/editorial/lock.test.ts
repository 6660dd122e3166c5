import { describe, expect, it } from 'vitest';
import { formatProblem } from '../content/problems.ts';
import { checkLock, hashPublished, parseLock, serializeLock, updateLock, type LockableDocument } from './lock.ts';

const advice = (body: string, frontmatter = ''): LockableDocument => ({
	kind: 'advice',
	id: '2025-advies',
	displayPath: 'content/adviezen/2025-advies.mdx',
	source: `---\ntitle: Advies\nverdict: positief\n${frontmatter}---\n\n${body}\n`,
});
const today = new Date(Date.UTC(2026, 10, 30));
const lockOf = (doc: LockableDocument) => updateLock(undefined, [doc], undefined, today).lock;

describe('lock on published texts', () => {
	it('accepts an unchanged text, also with other line endings, and changes outside the published text', () => {
		const doc = advice('Geacht college,\n\nWe adviseren positief.');
		const lock = lockOf(doc);
		const crlf = { ...doc, source: doc.source.replace(/\n/g, '\r\n') };
		const followUp = advice('Geacht college,\n\nWe adviseren positief.', 'topics:\n  - taal\n');
		expect(checkLock(lock, [doc], 'content/gepubliceerd.lock.json', today)).toEqual([]);
		expect(checkLock(lock, [crlf], 'content/gepubliceerd.lock.json', today)).toEqual([]);
		expect(checkLock(lock, [followUp], 'content/gepubliceerd.lock.json', today)).toEqual([]);
	});

	it('fails a changed text without an erratum, and says how to add one', () => {
		const lock = lockOf(advice('We adviseren positief over € 24.000.'));
		const problems = checkLock(lock, [advice('We adviseren positief over € 42.000.')], 'content/gepubliceerd.lock.json', today);
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
		const lock = lockOf(advice('We adviseren positief over € 42.000.'));
		const corrected = advice('We adviseren positief over € 24.000.', 'errata:\n  - date: 2026-11-30\n    description: Bedrag verbeterd.\n    reason: Typefout.\n');
		const problems = checkLock(lock, [corrected], 'content/gepubliceerd.lock.json', today);
		expect(problems.map((p) => p.severity)).toEqual(['warning']);
		expect(problems[0]!.fix).toContain('npm run lock');
		const update = updateLock(lock, [corrected], undefined, today);
		expect(update.updated).toEqual(['adviezen/2025-advies.mdx']);
		expect(checkLock(update.lock, [corrected], 'x', today)).toEqual([]);
		// The next change needs another erratum.
		const again = advice('We adviseren positief over € 25.000.', 'errata:\n  - date: 2026-11-30\n    description: Bedrag verbeterd.\n    reason: Typefout.\n');
		expect(checkLock(update.lock, [again], 'x', today).map((p) => p.severity)).toEqual(['error']);
	});

	it('refuses to lock a change without an erratum, fails a removed erratum and a removed document', () => {
		const withErratum = advice('Tekst.', 'errata:\n  - date: 2026-11-30\n    description: a\n    reason: b\n');
		const lock = lockOf(withErratum);
		expect(updateLock(lock, [advice('Andere tekst.', 'errata:\n  - date: 2026-11-30\n    description: a\n    reason: b\n')], undefined, today).refused).toHaveLength(1);
		expect(checkLock(lock, [advice('Tekst.')], 'x', today)[0]!.message).toContain('een erratum blijft altijd staan');
		expect(checkLock(lock, [], 'content/gepubliceerd.lock.json', today)[0]!.message).toContain('adviezen/2025-advies.mdx is verdwenen');
	});

	it('leaves a document with unreadable frontmatter to the content check', () => {
		const lock = lockOf(advice('Tekst.'));
		expect(checkLock(lock, [advice('Tekst.', 'kapot: [\n')], 'x', today)).toEqual([]);
	});

	it('counts the figures of a DVO version as published text', () => {
		const dvo = (amount: number): LockableDocument => ({ kind: 'dvo', id: '2026/ontwerp', displayPath: 'd', source: `---\ntitle: DVO\nlocalChoices:\n  years:\n    - year: 2026\n      lines:\n        - name: A\n          amount: ${amount}\n---\nTekst.\n` });
		expect(hashPublished(dvo(81000))).not.toBe(hashPublished(dvo(18000)));
		expect(checkLock(lockOf(dvo(81000)), [dvo(18000)], 'x', today)[0]!.severity).toBe('error');
	});

	it('reads back what it writes, and rejects a damaged lock file', () => {
		const lock = lockOf(advice('Tekst.'));
		expect(parseLock(serializeLock(lock))).toEqual({ ok: true, lock });
		expect(parseLock('{').ok).toBe(false);
		expect(parseLock('{"version":1,"documents":{"a":{"sha256":"x","errata":0}}}').ok).toBe(false);
	});
});
