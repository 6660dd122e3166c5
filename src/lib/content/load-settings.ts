import { readFileSync } from 'node:fs';
import path from 'node:path';
import { settingsSchema, type SiteSettings } from '../../schemas/settings.ts';
import { ARCHIVE_LAYOUT } from './archive-layout.ts';
import { parseYaml } from './frontmatter.ts';

/**
 * Reads the site settings. Used by astro.config.mjs (for the site's address) and by the
 * settings collection; errors are left to the content check, which reports them in full.
 */
export function loadSettings(contentDir: string): SiteSettings | undefined {
	let source: string;
	try {
		source = readFileSync(path.join(contentDir, ARCHIVE_LAYOUT.settingsFile), 'utf8');
	} catch {
		return undefined;
	}
	const parsed = parseYaml(source);
	if (!parsed.ok) return undefined;
	const result = settingsSchema.safeParse(parsed.data);
	return result.success ? result.data : undefined;
}
