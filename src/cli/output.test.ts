import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { deliver } from './output';
import type { CliResult } from './run';

/** A stream that keeps what it is given, or fails every write with the given system error. */
function stream(code?: string) {
	const chunks: string[] = [];
	const writable = new Writable({
		write(chunk, _encoding, callback) {
			if (code === undefined) {
				chunks.push(String(chunk));
				callback();
			} else callback(Object.assign(new Error(`${code}: the system refused, write`), { code }));
		}
	});
	return { writable, text: () => chunks.join('') };
}

const done: CliResult = { code: 0, stdout: 'table\n', stderr: '', lang: 'en' };

describe('deliver', () => {
	it('writes both streams and returns the run exit code', async () => {
		const out = stream();
		const err = stream();
		const result = { ...done, code: 2 as const, stdout: '', stderr: 'Bad input.\n' };
		expect(await deliver(result, { stdout: out.writable, stderr: err.writable })).toBe(2);
		expect(out.text()).toBe('');
		expect(err.text()).toBe('Bad input.\n');
	});

	it.each(['ENOSPC', 'EPIPE'])(
		'turns a stdout that fails with %s into one sentence and exit code 1',
		async (code) => {
			const err = stream();
			const exit = await deliver(done, { stdout: stream(code).writable, stderr: err.writable });
			expect(exit).toBe(1);
			expect(err.text()).toBe(
				`The evaluator could not write its output (${code}: the system refused); nothing more was written.\n`
			);
		}
	);

	it('says it in Chinese under --lang zh', async () => {
		const err = stream();
		const zh: CliResult = { ...done, lang: 'zh' };
		await deliver(zh, { stdout: stream('EPIPE').writable, stderr: err.writable });
		expect(err.text()).toBe(
			'评估程序无法写出结果（EPIPE: the system refused），未再输出任何内容。\n'
		);
	});

	it('still returns 1 when stderr fails too', async () => {
		const streams = { stdout: stream('EPIPE').writable, stderr: stream('EPIPE').writable };
		expect(await deliver(done, streams)).toBe(1);
	});
});
