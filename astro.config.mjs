// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
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
	trailingSlash: 'always',
	build: { format: 'directory', inlineStylesheets: 'never' },
	devToolbar: { enabled: false },
	prefetch: false,
	markdown: {
		processor: unified({
			remarkPlugins: [remarkGfm],
			rehypePlugins: [
				// Every heading gets a visible link to itself, so people can share a deep link.
				[rehypeAutolinkHeadings, { behavior: 'append', properties: { className: ['heading-anchor'], ariaHidden: 'false', tabIndex: 0 }, content: { type: 'text', value: '#' } }],
			],
			// The letter's own quotes and dashes are published exactly as written.
			smartypants: false,
		}),
	},
	integrations: [contentGuard(contentDir), mdx()],
});
