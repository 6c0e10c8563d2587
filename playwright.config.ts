import { defineConfig } from '@playwright/test';
// @ts-expect-error -- a plain .mjs helper shared with node scripts
import { chromiumArgs, findChromium } from './tests/chromium.mjs';

// PW_PORT lets two checkouts run their browser tests side by side.
const port = Number(process.env.PW_PORT ?? 4173);

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
		{ name: 'e2e', testIgnore: /budgets\.spec\.ts/ },
		// The budgets run after every other spec, alone: Lighthouse's scores depend on an idle CPU.
		{ name: 'budgets', testMatch: /budgets\.spec\.ts/, dependencies: ['e2e'] }
	],
	webServer: {
		command: `node tests/serve-build.mjs ${port}`,
		port,
		reuseExistingServer: !process.env.CI
	}
});
