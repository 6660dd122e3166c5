/** A new DVO version: what is carried over, what is marked, and what is refused without writing. */
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dvoSchema } from '../../../schemas/dvo.ts';
import { newDvoVersion } from './new-version.ts';
import { fromYaml } from './yaml-text.ts';

const repoRoot = path.resolve(import.meta.dirname, '../../../..');
function copyOfContent(): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'aa-version-'));
	cpSync(path.join(repoRoot, 'content'), dir, { recursive: true });
	return dir;
}
const frontmatter = (file: string) => fromYaml(readFileSync(file, 'utf8').split(/^---$/m)[1]!) as Record<string, unknown>;

describe('newDvoVersion', () => {
	it('starts a new period from the latest version, with its years and every line marked', () => {
		const dir = copyOfContent();
		const result = newDvoVersion({ contentDir: dir, target: '2028/ontwerp' });
		expect(result.code, result.stderr).toBe(0);
		const file = path.join(dir, 'dvo/2028/ontwerp.mdx');
		const data = dvoSchema.parse(frontmatter(file));
		expect(data.period).toEqual({ firstYear: 2028, lastYear: 2028 });
		expect(data.title).toBe('Ontwerp-DVO WerkBedrijf 2028');
		// The one year of the new period starts from the last year of the old one.
		expect(data.localChoices?.years.map((y) => [y.year, y.lines.map((l) => l.amount)])).toEqual([[2028, [81000, 24000]]]);
		const text = readFileSync(file, 'utf8');
		expect(text).toContain('# VOORSTEL: overgenomen uit 2026-2027/ontwerp, jaar 2027; controleer het bedrag');
		expect(text).not.toContain('published');
		expect(text).not.toContain('errata');
	});

	it('refuses an existing version, an unknown start and a wrong name, and writes nothing', () => {
		const dir = copyOfContent();
		const before = readFileSync(path.join(dir, 'dvo/2026-2027/ontwerp.mdx'), 'utf8');
		expect(newDvoVersion({ contentDir: dir, target: '2026-2027/ontwerp' })).toMatchObject({ code: 1, stderr: expect.stringContaining('bestaat al') });
		expect(newDvoVersion({ contentDir: dir, target: '2026-2027/vastgesteld', from: '2030/ontwerp' })).toMatchObject({ code: 1, stderr: expect.stringContaining('er is geen DVO-versie "2030/ontwerp"') });
		expect(newDvoVersion({ contentDir: dir, target: '2026-2027/definitief' })).toMatchObject({ code: 2, stderr: expect.stringContaining('"definitief" is geen versie') });
		expect(newDvoVersion({ contentDir: dir, target: '2027-2026/ontwerp' })).toMatchObject({ code: 2 });
		expect(readFileSync(path.join(dir, 'dvo/2026-2027/ontwerp.mdx'), 'utf8')).toBe(before);
		expect(existsSync(path.join(dir, 'dvo/2026-2027/vastgesteld.mdx'))).toBe(false);
	});
});
