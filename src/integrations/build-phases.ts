/**
 * Astro integration that marks the moments of Astro's build (wall clock and the process's CPU
 * time at each hook) for the phase report of `npm run build` (src/lib/build/build-phases.ts).
 * It does anything only when build.ts asks for it through ADVIESARCHIEF_ASTRO_MARKS_FILE (when
 * the benchmark sets ADVIESARCHIEF_PHASES_FILE); it never changes what is built.
 *
 * Hooks in Astro 7's order (astro/dist/core/build/index.js and static-build.js): config:setup,
 * config:done, then the content sync, build:start, build:setup (just before Vite/Rolldown
 * bundles), the bundles, the pages, build:generated, build:done. Astro 7 has no hook between the
 * bundles and the pages (build:ssr runs only for a server build), so a Vite plugin's buildApp
 * hook (order "post") marks it: Vite runs Astro's own builds first, then the "post" buildApp
 * hooks in plugin order, ours before Astro's page generation (enforce "post").
 * process.cpuUsage() covers every thread of the process, the bundler's native threads included.
 */
import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { ASTRO_MARKS_FILE_ENV, type AstroMarkName, type AstroMarks } from '../lib/build/build-phases.ts';

/** The integration for astro.config.mjs; inert unless ADVIESARCHIEF_ASTRO_MARKS_FILE is set. */
export function buildPhases(env: NodeJS.ProcessEnv = process.env): AstroIntegration {
	const file = env[ASTRO_MARKS_FILE_ENV];
	if (!file) return { name: 'adviesarchief:build-phases', hooks: {} };
	const marks: AstroMarks = {};
	const mark = (name: AstroMarkName) => {
		const cpu = process.cpuUsage();
		marks[name] = { at: performance.timeOrigin + performance.now(), cpuMs: (cpu.user + cpu.system) / 1000 };
	};
	return {
		name: 'adviesarchief:build-phases',
		hooks: {
			'astro:config:setup': ({ command, updateConfig }) => {
				mark('config:setup');
				if (command !== 'build') return;
				updateConfig({ vite: { plugins: [{ name: 'adviesarchief:build-phases', buildApp: { order: 'post', handler: async () => mark('bundled') } }] } });
			},
			'astro:config:done': () => mark('config:done'),
			'astro:build:start': () => mark('build:start'),
			'astro:build:setup': () => {
				// Astro 7 calls it once, for the server target, just before the bundler starts.
				if (!marks['build:setup']) mark('build:setup');
			},
			'astro:build:generated': () => mark('build:generated'),
			'astro:build:done': () => {
				mark('build:done');
				writeFileSync(file, JSON.stringify(marks));
			},
		},
	};
}
