// The command-line evaluator: `npm run --silent evaluate -- [--json] [--lang zh|en] [--as-of YEAR] "<scenario>"`,
// or `--list-plans [--json]`, or `--export-plan ID`.
// A thin entry: it loads the data, hands the arguments to runCli and delivers what comes back.
// Nothing escapes as a stack trace: an unexpected failure, or output that cannot be written, is
// one sentence and exit code 1.
import { readFileSync } from 'node:fs';
import type { ObservationsFile } from '../lib/model/types';
import { parseArgs } from './args';
import { errorSentence } from './messages';
import { deliver } from './output';

async function main(): Promise<number> {
	try {
		// Imported here, not at the top, so a malformed data file is reported like any error.
		const [
			{ plan, observations, loadVintage },
			{ runCli },
			{ KNOWN_DATA_VERSIONS },
			{ PLAN_PACKS }
		] = await Promise.all([
			import('../lib/model/data'),
			import('./run'),
			import('../lib/scenario/link'),
			import('../lib/plans/packs')
		]);
		// Earlier vintages are small and few: all are loaded, so a link pinning one keeps its numbers.
		const vintages = new Map<string, ObservationsFile>();
		for (const v of KNOWN_DATA_VERSIONS) {
			const file = v === observations.vintage ? null : await loadVintage(v);
			if (file) vintages.set(v, file);
		}
		const result = runCli(process.argv.slice(2), process.env, {
			plan,
			observations,
			vintages,
			readFile: (path) => readFileSync(path, 'utf8'),
			plans: PLAN_PACKS
		});
		return await deliver(result, process);
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
