// @ts-check
import mdx from '@astrojs/mdx';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import remarkGfm from 'remark-gfm';
import { contentGuard } from './src/integrations/content-guard.ts';
import { resolveContentDir } from './src/lib/content/content-dir.ts';
import { loadSettings } from './src/lib/content/load-settings.ts';

const contentDir = resolveContentDir();
const settings = loadSettings(contentDir);

export default defineConfig({
	site: process.env.SITE_URL || settings?.baseUrl || 'http://localhost:4321',
	outDir: process.env.ADVIESARCHIEF_OUT || './dist',
	// The benchmark gives every build its own cache, so that each run starts cold.
	...(process.env.ADVIESARCHIEF_CACHE ? { cacheDir: process.env.ADVIESARCHIEF_CACHE } : {}),
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
