/**
 * The thin shell around a pure command: prints its result, sets the exit code, and offers a
 * question prompt only when a person is at the keyboard (stdin is a terminal), so a command run
 * from a script or a test never waits for input.
 */
import { createInterface } from 'node:readline/promises';
import type { TaskResult } from './task-result.ts';

/** Asks a question on the terminal; undefined when stdin is not a terminal. */
export type Ask = (question: string) => Promise<string>;

/** A prompt on stdin/stdout when stdin is a TTY, else undefined (commands then need flags). */
export function terminalAsk(): Ask | undefined {
	if (!process.stdin.isTTY) return undefined;
	return async (question) => {
		const rl = createInterface({ input: process.stdin, output: process.stdout });
		try {
			return (await rl.question(question)).trim();
		} finally {
			rl.close();
		}
	};
}

/** Prints a command's result and ends the process with its code. */
export async function runTask(task: () => Promise<TaskResult> | TaskResult): Promise<never> {
	const result = await task();
	if (result.stdout) process.stdout.write(result.stdout);
	if (result.stderr) process.stderr.write(result.stderr);
	process.exit(result.code);
}
