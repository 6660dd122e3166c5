/**
 * The README's Deploy section shows the production nginx configuration; it must be what the
 * generator writes, not a copy that drifted from it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { nginxDeployConfig } from '../../src/lib/serving/nginx-config.ts';
import { SERVING_RULES } from '../../src/lib/serving/rules.ts';
import { repoRoot } from '../support/build-site.ts';

it("shows in the README the nginx configuration the build writes (update it with the output of npm run --silent nginx-config)", () => {
	const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
	const block = /<!-- npm run --silent nginx-config -->\n```nginx\n([\s\S]*?)```\n/.exec(readme);
	expect(block, 'README.md has no ```nginx block after <!-- npm run --silent nginx-config -->').not.toBeNull();
	expect(block![1]).toBe(nginxDeployConfig(SERVING_RULES));
});
