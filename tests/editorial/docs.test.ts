/**
 * The editors' guide can be followed as written: every link in docs/ reaches a file and, with an
 * anchor, a heading there (README included); every YAML example parses; every `npm run` command
 * it names exists; and every docs/ page the tools' messages point to exists.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/build-site.ts';

const docsDir = path.join(repoRoot, 'docs');
const pages = readdirSync(docsDir).filter((f) => f.endsWith('.md'));
const read = (file: string) => readFileSync(file, 'utf8');
const scripts = JSON.parse(read(path.join(repoRoot, 'package.json'))) as { scripts: Record<string, string>; devDependencies: Record<string, string> };

/** The anchors GitHub gives the headings of a Markdown file. */
function anchors(file: string): Set<string> {
	const slugger = new GithubSlugger();
	const text = read(file).replace(/```[\s\S]*?```/g, '');
	return new Set([...text.matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => slugger.slug(m[1]!.replace(/`/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'))));
}

/** Links in a Markdown text, outside code. */
function links(text: string): string[] {
	const prose = text.replace(/```[\s\S]*?```/g, '').replace(/`[^`]*`/g, '');
	return [...prose.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
}

describe('docs/', () => {
	it('has the guide and one page per task', () => {
		expect(pages.sort()).toEqual(['advies-toevoegen.md', 'corrigeren.md', 'dvo-versie.md', 'opvolging.md', 'publiceren.md', 'redactie.md', 'taalwijzer.md', 'terminal.md']);
	});

	it('links only to files and headings that exist', () => {
		const broken: string[] = [];
		let checked = 0;
		for (const page of pages) {
			for (const link of links(read(path.join(docsDir, page)))) {
				if (/^https?:/.test(link)) continue;
				checked++;
				const [target, anchor] = link.split('#') as [string, string | undefined];
				const file = target === '' ? path.join(docsDir, page) : path.resolve(docsDir, target);
				if (!existsSync(file)) broken.push(`${page}: ${link} (geen bestand)`);
				else if (anchor !== undefined && !anchors(file).has(anchor)) broken.push(`${page}: ${link} (geen kop #${anchor})`);
			}
		}
		expect(broken).toEqual([]);
		expect(checked).toBeGreaterThan(20);
	});

	it('has YAML examples that parse as printed', () => {
		let examples = 0;
		for (const page of pages) {
			for (const block of read(path.join(docsDir, page)).matchAll(/```yaml\n([\s\S]*?)```/g)) {
				examples++;
				expect(() => yaml.load(block[1]!, { schema: yaml.CORE_SCHEMA }), `${page}:\n${block[1]}`).not.toThrow();
			}
		}
		expect(examples).toBeGreaterThanOrEqual(6);
	});

	it('names only npm commands that exist', () => {
		const named = new Set(pages.flatMap((page) => [...read(path.join(docsDir, page)).matchAll(/npm run ([a-z:-]+)/g)].map((m) => m[1]!)));
		expect([...named].filter((name) => !(name in scripts.scripts))).toEqual([]);
		expect([...named]).toEqual(expect.arrayContaining(['import', 'verwijder-import', 'nieuwe-versie', 'reactie', 'erratum', 'publiceer', 'check', 'installeer']));
	});

	it('is where the tools send the reader', () => {
		const sources = ['src/lib/import/frontmatter-skeleton.ts', 'src/lib/editorial/tasks/new-version.ts', 'src/lib/editorial/tasks/erratum.ts', 'scripts/import.ts', 'README.md'];
		const referenced = new Set(sources.flatMap((file) => [...read(path.join(repoRoot, file)).matchAll(/docs\/([a-z-]+\.md)/g)].map((m) => m[1]!)));
		expect(referenced.size).toBeGreaterThan(3);
		expect([...referenced].filter((page) => !pages.includes(page))).toEqual([]);
	});
});

describe('npm run installeer', () => {
	it('installs with the same Node as the node devDependency', () => {
		expect(scripts.scripts.installeer).toBe(`npm exec --yes --package=node@${scripts.devDependencies.node} -- npm ci`);
	});
});
