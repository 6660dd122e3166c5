/**
 * The archive's collections. The schemas live in src/schemas so that the content check and
 * the scripts validate with exactly the same rules as the build.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { adviceSchema } from './schemas/advice.ts';
import { dvoSchema } from './schemas/dvo.ts';
import { glossaryTermSchema } from './schemas/glossary.ts';
import { responseSchema } from './schemas/response.ts';
import { settingsSchema } from './schemas/settings.ts';
import { ARCHIVE_LAYOUT } from './lib/content/archive-layout.ts';
import { resolveContentDir } from './lib/content/content-dir.ts';
import { loadResponseEntries } from './lib/content/load-responses.ts';
import { loadSettings } from './lib/content/load-settings.ts';

const contentDir = resolveContentDir();

const adviezen = defineCollection({
	loader: glob({ pattern: '*.mdx', base: `${contentDir}/${ARCHIVE_LAYOUT.adviceDir}` }),
	schema: adviceSchema,
});

const dvo = defineCollection({
	loader: glob({ pattern: '*/*.mdx', base: `${contentDir}/${ARCHIVE_LAYOUT.dvoDir}` }),
	schema: dvoSchema,
});

const begrippen = defineCollection({
	loader: file(`${contentDir}/${ARCHIVE_LAYOUT.glossaryFile}`),
	schema: glossaryTermSchema,
});

const instellingen = defineCollection({
	loader: async () => {
		const settings = loadSettings(contentDir);
		return settings ? [{ id: 'site', ...settings }] : [];
	},
	schema: settingsSchema,
});

/** The college's responses to advice (reacties/*.yaml); see docs/opvolging.md. */
const reacties = defineCollection({
	loader: async () => loadResponseEntries(contentDir),
	schema: responseSchema,
});

export const collections = { adviezen, dvo, begrippen, instellingen, reacties };
