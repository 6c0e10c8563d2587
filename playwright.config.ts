import { defineConfig } from '@playwright/test';
// @ts-expect-error -- a plain .mjs helper shared with node scripts
import { chromiumArgs, findChromium } from './tests/chromium.mjs';

// PW_PORT lets two checkouts run their browser tests side by side. The build made for a
// sub-path (npm run build:subpath: build-subpath/ at /targets) is served on the next port.
const port = Number(process.env.PW_PORT ?? 4173);
const subpathPort = port + 1;

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: false,
	workers: 2,
	retries: 0,
	reporter: [['list']],
	timeout: 60_000,
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		browserName: 'chromium',
		launchOptions: {
			executablePath: findChromium() ?? undefined,
			args: chromiumArgs
		}
	},
	projects: [
		{ name: 'e2e', testIgnore: /(budgets|base-path)\.spec\.ts/ },
		// The app as a host serves it under a sub-path, https://example.org/targets/.
		{
			name: 'base-path',
			testMatch: /base-path\.spec\.ts/,
			use: { baseURL: `http://127.0.0.1:${subpathPort}` }
		},
		// The budgets run after every other spec, alone: Lighthouse's scores depend on an idle CPU.
		{ name: 'budgets', testMatch: /budgets\.spec\.ts/, dependencies: ['e2e', 'base-path'] }
	],
	webServer: [
		{
			command: `node tests/serve-build.mjs ${port}`,
			port,
			reuseExistingServer: !process.env.CI
		},
		{
			command: `node tests/serve-build.mjs ${subpathPort} --dir build-subpath --base /targets`,
			port: subpathPort,
			reuseExistingServer: !process.env.CI
		}
	]
});
