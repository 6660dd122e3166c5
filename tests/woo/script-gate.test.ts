/**
 * JSON-LD is data, not a script: the "no JavaScript on content pages" gate lets a
 * `<script type="application/ld+json">` through and still catches any script that runs.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageWeight } from '../../src/lib/quality/page-weight.ts';

function site(body: string): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'aa-gate-'));
	writeFileSync(path.join(dir, 'index.html'), `<!doctype html><html lang="nl"><head><title>t</title></head><body>${body}</body></html>`);
	return dir;
}

const jsonLd = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Report"}</script>';

describe('the script gate and JSON-LD', () => {
	it('counts no script on a page whose only script element is JSON-LD', () => {
		expect(pageWeight(site(jsonLd), '/').scripts).toEqual([]);
		expect(pageWeight(site(' <script type=" Application/LD+JSON ">{}</script>'), '/').scripts).toEqual([]);
	});

	it.each(['<script>alert(1)</script>', '<script type="module">alert(1)</script>', '<script type="text/javascript">alert(1)</script>', '<script src="/x.js"></script>'])(
		'still finds %s next to JSON-LD',
		(script) => {
			expect(pageWeight(site(jsonLd + script), '/').scripts).toHaveLength(1);
		},
	);
});
