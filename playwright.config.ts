import { defineConfig } from '@playwright/test';
// @ts-expect-error -- a plain .mjs helper shared with node scripts
import { chromiumArgs, findChromium } from './tests/chromium.mjs';

const port = 4173;

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
	webServer: {
		command: `node tests/serve-build.mjs ${port}`,
		port,
		reuseExistingServer: !process.env.CI
	}
});
