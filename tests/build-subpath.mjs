// Builds the app as a host would serve it under a sub-path: BASE_PATH=/targets into
// build-subpath/ (what `npm run build:subpath` runs, and the base-path browser tests serve).
// Plain Node rather than `BASE_PATH=… vite build`, so it runs the same on Windows.
// Usage: node tests/build-subpath.mjs [base] [folder]
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const [base = '/targets', dir = 'build-subpath'] = process.argv.slice(2);
const vite = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));
const result = spawnSync(process.execPath, [vite, 'build'], {
	stdio: 'inherit',
	env: { ...process.env, BASE_PATH: base, BUILD_DIR: dir }
});
process.exit(result.status ?? 1);
