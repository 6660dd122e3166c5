import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireBuildLock } from './build-lock.ts';

const dotAstro = () => path.join(mkdtempSync(path.join(tmpdir(), 'aa-lock-')), '.astro');

describe('acquireBuildLock', () => {
	it('lets one build in at a time: the second waits until the first releases', async () => {
		const dir = dotAstro();
		const releaseFirst = await acquireBuildLock(dir);
		let secondIn = false;
		const second = acquireBuildLock(dir, { intervalMs: 10 }).then((release) => {
			secondIn = true;
			return release;
		});
		await new Promise((resolve) => setTimeout(resolve, 100));
		expect(secondIn).toBe(false);
		releaseFirst();
		const releaseSecond = await second;
		expect(secondIn).toBe(true);
		releaseSecond();
		expect(existsSync(path.join(dir, 'build.lock'))).toBe(false);
	});

	it('takes over a lock left by a build that is no longer running', async () => {
		const dir = dotAstro();
		mkdirSync(path.join(dir, 'build.lock'), { recursive: true });
		// Process ids are below 2^22 on Linux; this one cannot be running.
		writeFileSync(path.join(dir, 'build.lock', 'pid'), String(2 ** 30));
		let waitedFor: number | undefined;
		const release = await acquireBuildLock(dir, { intervalMs: 10, onWait: (pid) => (waitedFor = pid) });
		// The lock is now this process's, taken over without waiting for the dead one.
		expect(readFileSync(path.join(dir, 'build.lock', 'pid'), 'utf8')).toBe(String(process.pid));
		expect(waitedFor).toBeUndefined();
		release();
		expect(existsSync(path.join(dir, 'build.lock'))).toBe(false);
	});
});
