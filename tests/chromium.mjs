// Where the Chromium for browser tests lives, and the flags it needs on these machines
// (root, closed network). Shared by ensure-chromium.mjs, playwright.config.ts and the
// measurement scripts.
import { existsSync } from 'node:fs';

const candidates = [
	process.env.CHROMIUM_PATH,
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable'
];

/** The first Chromium found on this machine, or null. */
export function findChromium() {
	for (const path of candidates) if (path && existsSync(path)) return path;
	return null;
}

export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];
