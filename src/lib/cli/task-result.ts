/**
 * What a command returns: an exit code and the text for the terminal. The editorial commands
 * are pure functions returning this, so tests assert their Dutch output without a terminal and
 * the scripts in scripts/ only print it.
 */

export interface TaskResult {
	code: number;
	stdout: string;
	stderr: string;
}

/** A result from lines of output; `code` 0 writes to stdout, anything else to stderr. */
export function taskResult(code: number, lines: readonly string[], extraStdout: readonly string[] = []): TaskResult {
	const text = (list: readonly string[]) => (list.length > 0 ? `${list.join('\n')}\n` : '');
	return code === 0 ? { code, stdout: text([...extraStdout, ...lines]), stderr: '' } : { code, stdout: text(extraStdout), stderr: text(lines) };
}

/** Usage error (exit code 2). */
export function usageError(message: string, usage: string): TaskResult {
	return { code: 2, stdout: '', stderr: `${message}\n${usage}\n` };
}
