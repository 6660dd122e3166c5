/**
 * The index made while following a build must be the index of the finished site, byte for
 * byte, however the pages arrive; and it must never hold a stale or half-written page.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildSearchIndex } from './build-index.ts';
import { followSite, isCompletePage, readSettledPage } from './follow-build.ts';
import { glossaryRecords } from './records.ts';
import type { SearchContent } from './search-content.ts';

const dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const tempSite = () => {
	const dir = mkdtempSync(path.join(tmpdir(), 'aa-follow-'));
	dirs.push(dir);
	return dir;
};

const page = (title: string, text: string, document = true) =>
	`<!doctype html><html lang="nl"><head><title>${title}</title></head><body><main${document ? ' data-pagefind-body' : ''}><h1>${title}</h1><p>${text}</p></main></body></html>`;

const PAGES: Record<string, string> = {
	'adviezen/2024-a/index.html': page('Advies 2024', 'De raad adviseert over participatiecoaching.'),
	'adviezen/2025-b/index.html': page('Advies 2025', 'Het restantbudget groeit naar 24.000 euro.'),
	'dvo/2026-2027/ontwerp/index.html': page('DVO 2026-2027', 'Afspraken over werkfit-coaching en schuldhulp.'),
	'index.html': page('Home', 'Welkom', false),
	'adviezen/index.html': page('Adviezen', 'Alle adviezen', false),
};
const DOCUMENTS = ['/adviezen/2024-a/', '/adviezen/2025-b/', '/dvo/2026-2027/ontwerp/'];
/** Records of other pages and everyday words: they go into the index (and the suggestions) too. */
const CONTENT: SearchContent = {
	records: glossaryRecords([{ id: 'participatiecoaching', term: 'Participatiecoaching', definition: 'Begeleiding naar meedoen.', everydayWords: ['jobcoach'] }]),
	everyday: [{ word: 'jobcoach', term: 'Participatiecoaching' }],
};

function write(site: string, file: string, html = PAGES[file]!) {
	mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
	writeFileSync(path.join(site, file), html);
}

/** Every file of the index, with its bytes. */
function indexFiles(site: string): Map<string, string> {
	const dir = path.join(site, 'pagefind');
	return new Map(
		readdirSync(dir, { recursive: true })
			.map(String)
			.sort()
			.map((file) => [file, (() => {
				try {
					return readFileSync(path.join(dir, file)).toString('base64');
				} catch {
					return 'dir';
				}
			})()]),
	);
}

describe('followSite', () => {
	it('makes the same index as a full index of the finished site, pages arriving in any order', async () => {
		const followed = tempSite();
		const follower = await followSite(followed, { since: Date.now() - 2000, documentPaths: DOCUMENTS, intervalMs: 10, content: CONTENT });
		// The DVO page first, a half-written advice, then the rest.
		write(followed, 'dvo/2026-2027/ontwerp/index.html');
		write(followed, 'adviezen/2025-b/index.html', PAGES['adviezen/2025-b/index.html']!.slice(0, 60));
		await vi.waitFor(() => expect(follower.pagesRead).toBe(1), { timeout: 10_000 });
		write(followed, 'adviezen/2025-b/index.html');
		write(followed, 'index.html');
		await vi.waitFor(() => expect(follower.pagesRead).toBe(3), { timeout: 10_000 });
		write(followed, 'adviezen/2024-a/index.html');
		write(followed, 'adviezen/index.html');
		const report = await follower.finish();
		expect(report.rebuiltBecause).toBeUndefined();
		expect(report.documents).toBe(3);
		expect(report.records).toBe(1);

		const full = tempSite();
		for (const file of Object.keys(PAGES)) write(full, file);
		await buildSearchIndex(full, CONTENT);
		const files = indexFiles(followed);
		expect(files.has('suggesties.json')).toBe(true);
		expect(files).toEqual(indexFiles(full));
		const suggestions = JSON.parse(readFileSync(path.join(followed, 'pagefind', 'suggesties.json'), 'utf8'));
		expect(suggestions.e).toEqual({ jobcoach: ['participatiecoaching'] });
		expect(suggestions.w).toEqual(expect.arrayContaining(['participatiecoaching', 'restantbudget', 'werkfit-coaching', 'jobcoach']));
	});

	it('indexes pages as they come, in URL order, while the build is still running', async () => {
		const site = tempSite();
		const follower = await followSite(site, { since: Date.now() - 2000, documentPaths: DOCUMENTS, intervalMs: 10 });
		write(site, 'adviezen/2024-a/index.html');
		write(site, 'adviezen/2025-b/index.html');
		await vi.waitFor(() => expect(follower.pagesRead).toBe(2), { timeout: 10_000 });
		write(site, 'dvo/2026-2027/ontwerp/index.html');
		const report = await follower.finish();
		expect(report.indexedDuringBuild).toBe(2);
		expect(report.documents).toBe(3);
	});

	it('makes the index again when a page changes after it was read, or was not predicted', async () => {
		const changed = tempSite();
		const follower = await followSite(changed, { since: Date.now() - 2000, documentPaths: DOCUMENTS, intervalMs: 10 });
		for (const file of Object.keys(PAGES)) write(changed, file);
		await vi.waitFor(() => expect(follower.pagesRead).toBe(5), { timeout: 10_000 });
		write(changed, 'adviezen/2024-a/index.html', page('Advies 2024', 'Een latere tekst over taalcoaching.'));
		utimesSync(path.join(changed, 'adviezen/2024-a/index.html'), new Date(), new Date(Date.now() + 5000));
		const report = await follower.finish();
		expect(report.rebuiltBecause).toMatch(/adviezen.2024-a.index\.html veranderde/);
		const fragments = readdirSync(path.join(changed, 'pagefind', 'fragment'));
		expect(fragments).toHaveLength(3);

		const surprise = tempSite();
		const second = await followSite(surprise, { since: Date.now() - 2000, documentPaths: DOCUMENTS.slice(0, 2), intervalMs: 10 });
		for (const file of Object.keys(PAGES)) write(surprise, file);
		const again = await second.finish();
		expect(again.rebuiltBecause).toMatch(/dvo\/2026-2027\/ontwerp\/ is een documentpagina die niet verwacht werd/);
		expect(again.documents).toBe(3);
	});

	it('waits for pages older than the build: they may be left from the last one', async () => {
		const site = tempSite();
		for (const file of Object.keys(PAGES)) write(site, file);
		const old = new Date(Date.now() - 60_000);
		utimesSync(path.join(site, 'adviezen/2024-a/index.html'), old, old);
		const follower = await followSite(site, { since: Date.now() - 2000, documentPaths: DOCUMENTS, intervalMs: 10 });
		const report = await follower.finish();
		expect(report.rebuiltBecause).toMatch(/niet alle pagina’s waren compleet en nieuw/);
		expect(report.documents).toBe(3);
	});

	it('writes nothing when the build failed', async () => {
		const site = tempSite();
		const follower = await followSite(site, { since: Date.now() - 2000, documentPaths: DOCUMENTS, intervalMs: 10 });
		write(site, 'adviezen/2024-a/index.html');
		await follower.abort();
		expect(readdirSync(site)).not.toContain('pagefind');
	});
});

describe('readSettledPage', () => {
	it('records the size and time of the version it read', async () => {
		const site = tempSite();
		write(site, 'adviezen/2025-b/index.html');
		const file = path.join(site, 'adviezen/2025-b/index.html');
		const read = await readSettledPage(file);
		expect(read?.html).toBe(PAGES['adviezen/2025-b/index.html']);
		expect(read?.size).toBe(statSync(file, { bigint: true }).size);
		expect(read?.mtimeNs).toBe(statSync(file, { bigint: true }).mtimeNs);
	});

	it('reads nothing when the page is rewritten while it is read (the first part, then the whole page)', async () => {
		const site = tempSite();
		const whole = PAGES['adviezen/2025-b/index.html']!;
		write(site, 'adviezen/2025-b/index.html', whole.slice(0, 60));
		const file = path.join(site, 'adviezen/2025-b/index.html');
		// The writer finishes the page between the look before the read and the read itself:
		// the whole page is read, but the look before it saw the first part.
		const read = await readSettledPage(file, async (f) => {
			write(site, 'adviezen/2025-b/index.html', whole);
			return readFile(f);
		});
		expect(read).toBeUndefined();
		// The next look reads the whole page, with its own size and time.
		expect((await readSettledPage(file))?.size).toBe(BigInt(Buffer.byteLength(whole)));
	});
});

describe('isCompletePage', () => {
	it('knows a whole page from the first part of one', () => {
		expect(isCompletePage(PAGES['index.html']!)).toBe(true);
		expect(isCompletePage(`${PAGES['index.html']!}\n`)).toBe(true);
		expect(isCompletePage(PAGES['index.html']!.slice(0, -3))).toBe(false);
	});
});
