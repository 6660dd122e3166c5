// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import { buildPhases } from './src/integrations/build-phases.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { quietBundlerLog } from './src/lib/cli/bundler-warnings.ts';
import { headingAnchors } from './src/lib/markdown/heading-anchors.ts';
import { resolveContentDir } from './src/lib/content/content-dir.ts';
import { loadSettings } from './src/lib/content/load-settings.ts';
import { resolveSiteUrl } from './src/lib/site-address.ts';

const contentDir = resolveContentDir();
const settings = loadSettings(contentDir);
// Astro caches the content store between builds; keep one cache per content folder so that
// building the example archive never leaks entries into the real one (or the other way round).
const cacheDir = process.env.ADVIESARCHIEF_CACHE || `./node_modules/.astro/${createHash('sha256').update(contentDir).digest('hex').slice(0, 12)}`;

export default defineConfig({
	site: resolveSiteUrl(settings?.baseUrl, process.env.SITE_URL),
	outDir: process.env.ADVIESARCHIEF_OUT || './dist',
	cacheDir,
	trailingSlash: 'always',
	// Four pages at a time: while one waits for its file to be written, the next renders
	// (about 10% off the render at 1,000 documents; see README, Performance).
	build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
	devToolbar: { enabled: false },
	prefetch: false,
	// Scripts ship as files, never inline, so a Content-Security-Policy of 'self' allows them.
	// The bundler's known, harmless warning about every MDX file is dropped; all others are shown.
	vite: { build: { assetsInlineLimit: 0, rolldownOptions: { onLog: quietBundlerLog } } },
	markdown: {
		// Astro 7's native Markdown/MDX processor (Sätteri) with GFM tables, footnotes and
		// strikethrough; our one plugin adds the heading ids and "#" links.
		processor: satteri({
			hastPlugins: [headingAnchors],
			features: {
				gfm: { footnotes: { label: 'Voetnoten', backLabel: 'Terug naar voetnoot {reference} in de tekst' } },
				// The letter's own quotes and dashes are published exactly as written.
				smartPunctuation: false,
			},
		}),
	},
	// buildPhases() only records the build's phases for the benchmark, when asked (ADVIESARCHIEF_PHASES_FILE).
	integrations: [contentGuard(contentDir), buildPhases(), mdx()],
});
