/** A failed build leaves the previous site untouched; a successful one takes its place. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discardStaging, prepareStaging, swapOutput } from './swap-output.ts';

function site(dir: string, text: string): void {
	mkdirSync(dir, { recursive: true });
	writeFileSync(path.join(dir, 'index.html'), text);
}

describe('swapOutput', () => {
	it('replaces the previous site with the new one only when the build succeeded', () => {
		const out = path.join(mkdtempSync(path.join(tmpdir(), 'aa-swap-')), 'dist');
		site(out, 'oud');
		const staging = prepareStaging(out, 4242);
		expect(path.dirname(staging)).toBe(path.dirname(out));
		site(staging, 'nieuw');
		swapOutput(staging, out);
		expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('nieuw');
		expect(existsSync(staging)).toBe(false);
	});

	it('leaves the previous site untouched when the build is discarded', () => {
		const out = path.join(mkdtempSync(path.join(tmpdir(), 'aa-swap-')), 'dist');
		site(out, 'oud');
		const staging = prepareStaging(out, 4243);
		site(staging, 'half');
		discardStaging(staging);
		expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('oud');
		expect(existsSync(staging)).toBe(false);
	});

	it('creates the output folder when there was no site yet', () => {
		const out = path.join(mkdtempSync(path.join(tmpdir(), 'aa-swap-')), 'nieuw', 'dist');
		const staging = prepareStaging(out, 4244);
		site(staging, 'eerste');
		swapOutput(staging, out);
		expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('eerste');
	});
});
