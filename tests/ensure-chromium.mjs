// Makes sure a Chromium (and a font for Chinese) exists before the browser tests run: the
// system's, else Debian's packages when running as root, else Playwright's own download. Never
// skips silently: if none can be had, it stops with one sentence saying how to get one.
import { execSync } from 'node:child_process';
import { findChromium } from './chromium.mjs';

function attempt(command) {
	try {
		console.log(`ensure-chromium: ${command}`);
		execSync(command, { stdio: 'inherit', timeout: 15 * 60 * 1000 });
		return true;
	} catch {
		return false;
	}
}

/** True when a font that covers Chinese is installed (layout checks depend on real glyph widths). */
function hasChineseFont() {
	try {
		return execSync('fc-list :lang=zh family', { encoding: 'utf8' }).trim() !== '';
	} catch {
		return false;
	}
}

const canApt = process.getuid?.() === 0 && attempt('command -v apt-get >/dev/null');
if (canApt && !hasChineseFont())
	attempt(
		'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk'
	);

let path = findChromium();
if (!path && canApt) {
	attempt('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
	path = findChromium();
}
if (!path) {
	if (attempt('npx playwright install chromium')) {
		console.log('ensure-chromium: using the Chromium that Playwright downloaded.');
		process.exit(0);
	}
	console.error(
		'No Chromium found for the browser tests: install one (Debian/Ubuntu: `sudo apt-get install chromium`, or `npx playwright install chromium`) or set CHROMIUM_PATH to its executable, then run the tests again.'
	);
	process.exit(1);
}
console.log(`ensure-chromium: ${path}`);
