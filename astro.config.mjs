// @ts-check
import mdx from '@astrojs/mdx';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import remarkGfm from 'remark-gfm';
import { contentGuard } from './src/integrations/content-guard.ts';
import { resolveContentDir } from './src/lib/content/content-dir.ts';
import { loadSettings } from './src/lib/content/load-settings.ts';

const contentDir = resolveContentDir();
const settings = loadSettings(contentDir);
// Astro caches the content store between builds; keep one cache per content folder so that
// building the example archive never leaks entries into the real one (or the other way round).
const cacheDir = process.env.ADVIESARCHIEF_CACHE || `./node_modules/.astro/${createHash('sha256').update(contentDir).digest('hex').slice(0, 12)}`;

export default defineConfig({
	site: process.env.SITE_URL || settings?.baseUrl || 'http://localhost:4321',
	outDir: process.env.ADVIESARCHIEF_OUT || './dist',
	cacheDir,
	trailingSlash: 'always',
	build: { format: 'directory', inlineStylesheets: 'never' },
	devToolbar: { enabled: false },
	prefetch: false,
	markdown: {
		processor: unified({
			remarkPlugins: [remarkGfm],
			rehypePlugins: [
				// Ids first (Astro's own slugs), then a visible link on every heading so people can
				// share a deep link to one part of an advice.
				rehypeHeadingIds,
				[
					rehypeAutolinkHeadings,
					{
						behavior: 'append',
						properties: { className: ['heading-anchor'], 'data-pagefind-ignore': '' },
						content: [
							{ type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
							{ type: 'element', tagName: 'span', properties: { className: ['aa-visually-hidden'] }, children: [{ type: 'text', value: 'Link naar dit kopje' }] },
						],
					},
				],
			],
			// The letter's own quotes and dashes are published exactly as written.
			smartypants: false,
		}),
	},
	integrations: [contentGuard(contentDir), mdx()],
});
