/**
 * A Sätteri hast plugin that gives every heading of a document its id and a visible
 * "#" link to itself, so people can share a deep link to one part of an advice or DVO.
 *
 * Astro's own heading-ids plugin runs after the user's plugins and keeps an id that is
 * already there; this plugin therefore sets the id itself, with the same slugger (github-slugger,
 * one per document), so the ids are the ones Astro would give for the archive's plain-text
 * headings (it would also resolve {frontmatter.x} expressions, which the archive does not use).
 * Astro's heading metadata (getHeadings(), unused here) now includes the hidden link text.
 */
import GithubSlugger from 'github-slugger';
import type { HastPluginEntry } from 'satteri';

/** Class of the link after each heading (the search index and the print style skip it). */
export const HEADING_ANCHOR_CLASS = 'heading-anchor';

/** Hidden text of the link, for screen readers: the "#" alone says nothing. */
export const HEADING_ANCHOR_LABEL = 'Link naar dit kopje';

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/** The plugin factory: called once per document, so every document starts a fresh slugger. */
export const headingAnchors: HastPluginEntry = () => {
	const slugger = new GithubSlugger();
	return {
		name: 'adviesarchief:heading-anchors',
		element: {
			filter: HEADINGS,
			visit(node, ctx) {
				const existing = node.properties?.id;
				const id = typeof existing === 'string' ? existing : slugger.slug(ctx.textContent(node));
				if (typeof existing !== 'string') ctx.setProperty(node, 'id', id);
				ctx.appendChild(node, {
					type: 'element',
					tagName: 'a',
					properties: { href: `#${id}`, className: [HEADING_ANCHOR_CLASS], dataPagefindIgnore: '' },
					children: [
						{ type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
						{ type: 'element', tagName: 'span', properties: { className: ['aa-visually-hidden'] }, children: [{ type: 'text', value: HEADING_ANCHOR_LABEL }] },
					],
				});
			},
		},
	};
};
