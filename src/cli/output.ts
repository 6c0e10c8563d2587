// Writes a finished run to the process's streams. A stdout that cannot take the text (a full
// disk, `> /dev/full`, a reader that closed the pipe) is reported as one sentence on stderr and
// exit code 1, never as a stack trace; a failing stderr has nowhere left to report to.
import type { Writable } from 'node:stream';
import { errorSentence } from './messages';
import type { CliResult } from './run';

export interface Streams {
	stdout: Writable;
	stderr: Writable;
}

/** Writes `text` and settles once it is written (or at once if there is nothing to write). */
function write(stream: Writable, text: string): Promise<void> {
	return new Promise((resolve, reject) => {
		// Kept for the stream's life: a write error is also emitted as an event, after the
		// callback, and an unheard 'error' event would end the process with a stack trace.
		stream.on('error', reject);
		if (text === '') resolve();
		else stream.write(text, (error) => (error ? reject(error) : resolve()));
	});
}

/** Why a write failed, in a few words: the system's code and message, without a stack. */
function reasonOf(error: unknown): string {
	if (!(error instanceof Error)) return String(error);
	const code = (error as NodeJS.ErrnoException).code;
	const message = error.message.replace(/^\w+:\s*/, '').replace(/,\s*write$/, '');
	return code ? `${code}: ${message}` : message;
}

/** Writes the result's stdout and stderr; resolves to the exit code. */
export async function deliver(result: CliResult, streams: Streams): Promise<number> {
	try {
		await write(streams.stdout, result.stdout);
	} catch (error) {
		const sentence = errorSentence({ kind: 'output_failed', reason: reasonOf(error) }, result.lang);
		await write(streams.stderr, `${sentence}\n`).catch(() => undefined);
		return 1;
	}
	await write(streams.stderr, result.stderr).catch(() => undefined);
	return result.code;
}
