/**
 * "Is a preview already running?" for `npm start`: finds out whether the preview's port is
 * taken, by which process if the system says so, and tells the secretary in Dutch what that
 * means and how to stop it, instead of an English EADDRINUSE stack trace.
 *
 * Used by scripts/start.ts: before starting the server it probes the port; when it is busy it
 * prints `portInUseMessage(port, findListeningProcess(port))` to stderr and exits with 1.
 */
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { createServer } from 'node:net';

export interface PortOwner {
	pid: number;
	/** The command line, shortened, when it can be read. */
	command?: string;
}

/** True for the error a server gets when its port is taken. */
export function isAddressInUse(error: unknown): boolean {
	return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'EADDRINUSE';
}

/** Whether something already listens on `port` (tries to listen there itself and stops at once). */
export function probePort(port: number, host = '127.0.0.1'): Promise<boolean> {
	return new Promise((resolve) => {
		const server = createServer();
		server.once('error', (error) => resolve(isAddressInUse(error)));
		server.once('listening', () => server.close(() => resolve(false)));
		server.listen(port, host);
	});
}

/** The listening socket inodes for `port` in /proc/net/tcp and tcp6 (Linux). */
function listeningInodes(port: number): Set<string> {
	const inodes = new Set<string>();
	for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
		let text: string;
		try {
			text = readFileSync(table, 'utf8');
		} catch {
			continue;
		}
		for (const line of text.split('\n').slice(1)) {
			const fields = line.trim().split(/\s+/);
			const local = fields[1];
			if (!local || fields[3] !== '0A') continue;
			if (Number.parseInt(local.split(':').at(-1) ?? '', 16) === port && fields[9]) inodes.add(fields[9]);
		}
	}
	return inodes;
}

/** The process listening on `port`, when the system lets us see it (Linux, own processes); else undefined. */
export function findListeningProcess(port: number): PortOwner | undefined {
	const inodes = listeningInodes(port);
	if (inodes.size === 0) return undefined;
	let pids: string[];
	try {
		pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
	} catch {
		return undefined;
	}
	for (const pid of pids) {
		let fds: string[];
		try {
			fds = readdirSync(`/proc/${pid}/fd`);
		} catch {
			continue;
		}
		for (const fd of fds) {
			let target: string;
			try {
				target = readlinkSync(`/proc/${pid}/fd/${fd}`);
			} catch {
				continue;
			}
			const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
			if (inode && inodes.has(inode)) {
				let command: string | undefined;
				try {
					command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ').slice(0, 120);
				} catch {
					command = undefined;
				}
				return { pid: Number(pid), command };
			}
		}
	}
	return undefined;
}

/** The Dutch message for a port that is taken: what it means and how to stop the preview. */
export function portInUseMessage(port: number, owner?: PortOwner): string {
	const url = `http://localhost:${port}/`;
	return [
		`Er draait al iets op ${url}${owner ? ` (proces ${owner.pid}${owner.command ? `: ${owner.command}` : ''})` : ''}; waarschijnlijk een eerder gestart voorbeeld van de site.`,
		`- Wilt u de site bekijken? Open ${url} in de browser. Na een wijziging toont dat voorbeeld nog de oude site.`,
		'- Wilt u het voorbeeld opnieuw starten? Stop eerst het oude: ga naar het terminalvenster waarin npm start draait en druk op Ctrl+C.',
		owner ? `  Kunt u dat venster niet vinden, typ dan: kill ${owner.pid}` : '  Kunt u dat venster niet vinden, sluit dan alle terminalvensters of start de computer opnieuw.',
		'Daarna: npm start.',
	].join('\n');
}
