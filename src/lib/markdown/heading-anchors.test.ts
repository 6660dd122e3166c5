import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { headingIds } from '../content/heading-ids.ts';
import { HEADING_ANCHOR_CLASS, HEADING_ANCHOR_LABEL, headingAnchors } from './heading-anchors.ts';

const render = async (markdown: string) => (await markdownToHtml(markdown, { hastPlugins: [headingAnchors] })).html;

describe('headingAnchors', () => {
	it('gives each heading the id the content check expects and a link to itself', async () => {
		const body = '## Advies over Lokale keuzes DVO 2026-2027\n\nTekst.\n\n### Restant budgetten in 2026 en 2027\n';
		const html = await render(body);
		for (const id of headingIds(body)) {
			expect(html).toContain(`id="${id}"`);
			expect(html).toContain(`href="#${id}"`);
		}
		expect(html).toContain(`class="${HEADING_ANCHOR_CLASS}"`);
		expect(html).toContain(`<span class="aa-visually-hidden">${HEADING_ANCHOR_LABEL}</span>`);
		expect(html).toContain('<span aria-hidden="true">#</span>');
	});

	it('numbers repeated headings per document, as Astro does, and starts afresh for the next one', async () => {
		const body = '## Tot slot\n\n## Tot slot\n';
		expect(headingIds(body)).toEqual(['tot-slot', 'tot-slot-1']);
		for (let i = 0; i < 2; i++) {
			const html = await render(body);
			expect(html).toContain('id="tot-slot"');
			expect(html).toContain('id="tot-slot-1"');
		}
	});

	it('keeps the search index away from the link text', async () => {
		expect(await render('## Advies\n')).toMatch(/<a [^>]*data-pagefind-ignore/);
	});
});
