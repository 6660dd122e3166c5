/**
 * A bare Astro project that renders the same corpus with nothing of the archive: the MDX
 * integration, two schema-less collections over the same files, one page per document with a
 * minimal layout. Its build time is the baseline the archive's overhead is measured against.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ARCHIVE_LAYOUT } from '../content/archive-layout.ts';

/** The files of the bare project, relative to its root. */
export function bareSiteFiles(contentDir: string): Record<string, string> {
	const advice = JSON.stringify(path.join(contentDir, ARCHIVE_LAYOUT.adviceDir));
	const dvo = JSON.stringify(path.join(contentDir, ARCHIVE_LAYOUT.dvoDir));
	return {
		'package.json': `${JSON.stringify({ name: 'bare-bench-site', private: true, type: 'module', scripts: { build: 'astro build' } }, null, 2)}\n`,
		'astro.config.mjs': `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
	outDir: process.env.BARE_OUT || './dist',
	cacheDir: process.env.BARE_CACHE || './.cache',
	trailingSlash: 'always',
	build: { format: 'directory' },
	devToolbar: { enabled: false },
	integrations: [mdx()],
});
`,
		'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

// No schemas: the frontmatter passes through as it is.
export const collections = {
	adviezen: defineCollection({ loader: glob({ pattern: '*.mdx', base: ${advice} }) }),
	dvo: defineCollection({ loader: glob({ pattern: '*/*.mdx', base: ${dvo} }) }),
};
`,
		'src/pages/[...slug].astro': `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
	const advice = await getCollection('adviezen');
	const dvo = await getCollection('dvo');
	return [
		...advice.map((entry) => ({ params: { slug: \`adviezen/\${entry.id}\` }, props: { entry } })),
		...dvo.map((entry) => ({ params: { slug: \`dvo/\${entry.id}\` }, props: { entry } })),
	];
}

const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="nl">
	<head><meta charset="utf-8" /><title>{String(entry.data.title)}</title></head>
	<body>
		<h1>{String(entry.data.title)}</h1>
		<Content />
	</body>
</html>
`,
	};
}

/** Writes the bare project into `dir`, with the repository's node_modules linked in. */
export function writeBareSite(dir: string, contentDir: string, nodeModules: string): void {
	rmSync(dir, { recursive: true, force: true });
	for (const [file, content] of Object.entries(bareSiteFiles(contentDir))) {
		const target = path.join(dir, file);
		mkdirSync(path.dirname(target), { recursive: true });
		writeFileSync(target, content);
	}
	symlinkSync(nodeModules, path.join(dir, 'node_modules'), 'dir');
}
