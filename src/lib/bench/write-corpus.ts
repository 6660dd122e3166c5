/** Writes a generated corpus to disk as a content folder (replacing what was there). */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Corpus } from './corpus.ts';

export function writeCorpus(corpus: Corpus, contentDir: string): void {
	rmSync(contentDir, { recursive: true, force: true });
	for (const file of corpus.files) {
		const target = path.join(contentDir, file.path);
		mkdirSync(path.dirname(target), { recursive: true });
		writeFileSync(target, file.content);
	}
}
