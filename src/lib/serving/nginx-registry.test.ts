import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isRecordedNginx, recordedServers, stopRecordedServers } from './nginx-registry.ts';

const server = path.join(import.meta.dirname, 'nginx-server.ts');
let registry: string;
let site: string;
beforeEach(() => {
	registry = mkdtempSync(path.join(tmpdir(), 'aa-registry-'));
	site = mkdtempSync(path.join(tmpdir(), 'aa-registry-site-'));
});
afterEach(async () => {
	await stopRecordedServers(registry);
	rmSync(registry, { recursive: true, force: true });
	rmSync(site, { recursive: true, force: true });
});

/** Starts a Node process that serves an empty site with nginx and prints nginx's pid. */
async function serveInChild(): Promise<{ node: ReturnType<typeof spawn>; pid: number; runDir: string }> {
	const code = `import { serveSite } from ${JSON.stringify(server)};\nconst s = await serveSite(${JSON.stringify(site)}, { registry: ${JSON.stringify(registry)} });\nconsole.log(s.pid);\nsetInterval(() => {}, 1000);`;
	const node = spawn(process.execPath, ['--input-type=module', '-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
	const pid = await new Promise<number>((resolve, reject) => {
		node.stdout!.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim())));
		node.once('exit', (exitCode) => reject(new Error(`node stopte met ${exitCode}`)));
	});
	const record = recordedServers(registry).find((r) => r.pid === pid);
	expect(record, 'the started nginx is recorded').toBeDefined();
	return { node, pid, runDir: record!.runDir };
}

const exited = (node: ReturnType<typeof spawn>) => new Promise<void>((resolve) => (node.exitCode !== null || node.signalCode !== null ? resolve() : node.once('exit', () => resolve())));

async function gone(pid: number, runDir: string): Promise<boolean> {
	for (let i = 0; i < 40 && isRecordedNginx({ pid, runDir }); i++) await new Promise((resolve) => setTimeout(resolve, 50));
	return !isRecordedNginx({ pid, runDir });
}

describe('nginx started by a process that ends', () => {
	it('stops when that process gets Ctrl+C (SIGINT) or SIGTERM, and the process still ends', async () => {
		for (const signal of ['SIGINT', 'SIGTERM'] as const) {
			const { node, pid, runDir } = await serveInChild();
			node.kill(signal);
			await exited(node);
			expect(node.signalCode, signal).toBe(signal);
			expect(await gone(pid, runDir), `nginx after ${signal}`).toBe(true);
			expect(recordedServers(registry)).toEqual([]);
		}
	});

	it('keeps running after a SIGKILL of that process, and is stopped from the record', async () => {
		const { node, pid, runDir } = await serveInChild();
		node.kill('SIGKILL');
		await exited(node);
		expect(isRecordedNginx({ pid, runDir }), 'nothing can run on SIGKILL: nginx is left').toBe(true);
		expect(await stopRecordedServers(registry)).toEqual([pid]);
		expect(await gone(pid, runDir)).toBe(true);
		expect(existsSync(runDir)).toBe(false);
		expect(recordedServers(registry)).toEqual([]);
	});

	it('does not stop a process whose pid is recorded but that is not that nginx', async () => {
		expect(isRecordedNginx({ pid: process.pid, runDir: '/tmp/aa-nginx-none' })).toBe(false);
	});
});
