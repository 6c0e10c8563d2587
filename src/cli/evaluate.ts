// The command-line evaluator: `npm run --silent evaluate -- [--json] [--lang zh|en] [--as-of YEAR] "<scenario>"`.
// A thin entry: it loads the data, hands the arguments to runCli and writes what comes back.
// Nothing escapes as a stack trace: an unexpected failure is one sentence and exit code 1.
import { readFileSync } from 'node:fs';
import { parseArgs } from './args';
import { errorSentence } from './messages';

async function main(): Promise<number> {
	try {
		// Imported here, not at the top, so a malformed data file is reported like any error.
		const [{ plan, observations }, { runCli }] = await Promise.all([
			import('../lib/model/data'),
			import('./run')
		]);
		const result = runCli(process.argv.slice(2), process.env, {
			plan,
			observations,
			readFile: (path) => readFileSync(path, 'utf8')
		});
		process.stdout.write(result.stdout);
		process.stderr.write(result.stderr);
		return result.code;
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const parsed = parseArgs(process.argv.slice(2), process.env, { min: 0, max: 9999 });
		const lang = parsed.ok ? parsed.options.lang : parsed.lang;
		process.stderr.write(`${errorSentence({ kind: 'internal', message }, lang)}\n`);
		return 1;
	}
}

main().then((code) => {
	process.exitCode = code;
});
