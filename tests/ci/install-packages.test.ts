/**
 * CI's package install (.ci/install-packages) must not leave its policy-rc.d behind: a left-over
 * one stops every service on the machine from starting. Run with a stand-in apt-get on the PATH
 * and the policy file in a temporary folder.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/build-site.ts';

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(path.join(tmpdir(), 'aa-ci-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the install with an apt-get that logs whether the policy is in place, and exits with `aptCode` on install. */
function install(aptCode: number) {
	const bin = path.join(dir, 'bin');
	const policy = path.join(dir, 'policy-rc.d');
	const log = path.join(dir, 'apt.log');
	mkdirSync(bin);
	writeFileSync(path.join(bin, 'apt-get'), `#!/bin/sh\n[ -x "${policy}" ] && echo "$1 with policy" >>"${log}"\n[ "$1" = install ] && exit ${aptCode}\nexit 0\n`);
	chmodSync(path.join(bin, 'apt-get'), 0o755);
	const result = spawnSync(path.join(repoRoot, '.ci', 'install-packages'), ['nginx'], { encoding: 'utf8', env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, POLICY_RC_D: policy } });
	return { result, policy, log: existsSync(log) ? readFileSync(log, 'utf8') : '' };
}

describe('.ci/install-packages', () => {
	it('installs with services kept from starting, and removes its policy-rc.d afterwards', () => {
		const { result, policy, log } = install(0);
		expect(result.status, result.stderr).toBe(0);
		expect(log).toContain('install with policy');
		expect(existsSync(policy)).toBe(false);
	});

	it('removes its policy-rc.d also when apt-get fails, and fails itself', () => {
		const { result, policy } = install(100);
		expect(result.status).toBe(100);
		expect(existsSync(policy)).toBe(false);
	});

	it('leaves a policy-rc.d that was already there alone', () => {
		const existing = path.join(dir, 'policy-rc.d');
		writeFileSync(existing, '#!/bin/sh\nexit 0\n');
		install(100);
		expect(readFileSync(existing, 'utf8')).toBe('#!/bin/sh\nexit 0\n');
	});
});
