/**
 * `npm run publiceer`: everything between "the content is ready" and "the site is online",
 * in order, stopping at the first problem: check the content, record the published texts in the
 * lock and the seals in the documents (as npm run lock), build the site (a failed build puts
 * the previous lock and document texts back), and then say where the
 * finished site is and what to copy where.
 * The git steps are written out, not run: the secretary's repository, remote and credentials
 * are theirs, and a command that commits or pushes on its own cannot be undone as easily.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { taskResult, type TaskResult } from '../../cli/task-result.ts';
import { ARCHIVE_LAYOUT } from '../../content/archive-layout.ts';
import { checkArchive } from '../../content/check-archive.ts';
import { formatProblems } from '../../content/problems.ts';
import { readArchive } from '../../content/read-archive.ts';
import { errataCount } from '../lock.ts';
import { compareWithSource, sourceDiffersWarning } from '../source-comparison.ts';
import { shownPath } from './documents.ts';
import { readLockState, recordPublished, restoreLock } from './record-lock.ts';

export interface PublishOptions {
	contentDir: string;
	/** Where the build writes the site (dist/). */
	outDir: string;
	/** Builds the site (npm run build for this content folder); resolves with its exit code. */
	build: () => Promise<number>;
	/** Shows each step as it finishes (the terminal); those lines are then not repeated in the result. */
	progress?: (line: string) => void;
	today?: Date;
	cwd?: string;
}

function countFiles(dir: string): number {
	return readdirSync(dir, { withFileTypes: true }).reduce((n, entry) => n + (entry.isDirectory() ? countFiles(path.join(dir, entry.name)) : 1), 0);
}

/** Check, build, lock, and the steps after; see the header. */
export async function publish(options: PublishOptions): Promise<TaskResult> {
	const cwd = options.cwd ?? process.cwd();
	const out: string[] = [];
	const step = (line: string) => (options.progress ? options.progress(line) : out.push(line));
	const archive = await readArchive(options.contentDir, cwd);
	const checked = checkArchive(archive, { today: options.today });
	const errors = checked.problems.filter((p) => p.severity === 'error');
	if (errors.length > 0) {
		return taskResult(1, ['Stap 1 van 3, controle: er zijn fouten; er is niets gepubliceerd.', formatProblems(errors), 'Los de fouten op (elke melding zegt hoe) en voer npm run publiceer opnieuw uit.']);
	}
	// Not yet locked is what this command is about to do, so it is no warning here.
	const warnings = checked.problems.filter((p) => p.severity === 'warning' && p.code !== 'not-locked');
	step(`Stap 1 van 3, controle: geen fouten${warnings.length > 0 ? `, ${warnings.length} ${warnings.length === 1 ? 'waarschuwing' : 'waarschuwingen'} (zie npm run check)` : ''}.`);

	// Record the lock first, so the build does not warn that the documents are not locked yet;
	// if the build fails, the previous lock is put back.
	const state = readLockState(options.contentDir);
	if (!state.ok) return taskResult(1, [`Stap 2 van 3, vastleggen: ${shownPath(state.file, cwd)} is beschadigd (${state.message}); zet het terug met git checkout -- ${shownPath(state.file, cwd)}.`], out);
	const update = recordPublished(options.contentDir, state, archive.documents, archive.sourceHashes ?? new Map(), undefined, options.today);
	if (update.refused.length > 0) return taskResult(1, ['Stap 2 van 3, vastleggen: niet gelukt; er is niets gepubliceerd.', formatProblems(update.refused)], out);
	const recorded = [...update.added.map((k) => `${k} (nieuw)`), ...update.updated.map((k) => `${k} (gecorrigeerd)`), ...update.sealed.map((k) => `${k} (zegel hersteld)`)];
	step(`Stap 2 van 3, vastleggen: ${recorded.length > 0 ? recorded.join(', ') : 'niets nieuws'} in ${shownPath(state.file, cwd)}.`);

	const code = await options.build();
	if (code !== 0) {
		restoreLock(state, update);
		return taskResult(1, ['Stap 3 van 3, bouwen: de bouw is mislukt (zie de meldingen hierboven); het vastleggen is teruggedraaid, er is niets gepubliceerd.'], out);
	}
	const site = shownPath(options.outDir, cwd);
	step(`Stap 3 van 3, bouwen: klaar, ${existsSync(options.outDir) ? countFiles(options.outDir) : 0} bestanden in ${site}/.`);

	for (const doc of archive.documents) {
		if (doc.kind !== 'advice' || errataCount(doc.source) === 0) continue;
		const comparison = await compareWithSource(options.contentDir, doc.source);
		if (comparison?.differs) out.push(...sourceDiffersWarning(doc.displayPath, comparison));
	}

	const baseUrl = checked.settings?.baseUrl;
	const local = !baseUrl || /localhost|127\.0\.0\.1/.test(baseUrl);
	out.push(
		'',
		`De site staat klaar in de map ${site}/.`,
		`Nu nog twee dingen (dit programma doet ze niet zelf):`,
		`1. Zet de site online: kopieer alles in ${site}/ (met de mappen erin, ook pagefind/ en het bestand _headers) naar de webserver${local ? '' : ` van ${baseUrl}`}, in plaats van wat daar stond.`,
		...(local ? [`   Let op: baseUrl in ${shownPath(path.join(options.contentDir, ARCHIVE_LAYOUT.settingsFile), cwd)} is nog ${baseUrl ?? '(leeg)'}; zet daar eerst het echte webadres van de site en publiceer opnieuw.`] : []),
		'2. Bewaar de wijzigingen in git (typ deze regels één voor één in de terminal):',
		`     git add ${shownPath(options.contentDir, cwd)}`,
		`     git commit -m "Gepubliceerd: ${recorded.length > 0 ? recorded.join(', ') : 'site opnieuw gebouwd'}"`,
		'     git push',
		'   (git push alleen als uw project een online kopie heeft, zoals GitHub of GitLab.)',
		'Bekijken voor u kopieert: npm start en open http://localhost:4321/.',
	);
	return taskResult(0, out);
}
