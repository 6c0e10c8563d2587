// Measures how long a slider move takes to reach the screen: from dispatching an `input` event
// on a slider to the next paint, over many moves, in the built app (build/ must exist; this
// script builds nothing). A measurement, not a test: slow figures never fail it.
//
// Usage: node tests/scripts/input-to-paint.mjs [--throttle 4] [--path /target/tech_contracts]
//                                              [--moves 100]
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../chromium.mjs';

const WARM_UP_MOVES = 10;

function parseArgs(argv) {
	const options = { throttle: 1, path: '/', moves: 100 };
	for (let i = 0; i < argv.length; i++) {
		const [flag, inline] = argv[i].split('=', 2);
		const value = () => inline ?? argv[++i];
		if (flag === '--throttle') options.throttle = Number(value());
		else if (flag === '--path') options.path = value();
		else if (flag === '--moves') options.moves = Number(value());
		else throw new Error(`invalid argument: ${argv[i]} (expected --throttle, --path or --moves)`);
	}
	if (!(options.throttle >= 1)) throw new Error(`invalid --throttle: ${options.throttle}`);
	if (!Number.isInteger(options.moves) || options.moves < 1)
		throw new Error(`invalid --moves: ${options.moves}`);
	if (!options.path?.startsWith('/')) throw new Error(`invalid --path: ${options.path}`);
	return options;
}

/** A port nobody is listening on right now. */
function freePort() {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address();
			probe.close(() => resolve(port));
		});
	});
}

/** Starts tests/serve-build.mjs and resolves once it is listening. */
function startServer(port) {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, ['tests/serve-build.mjs', String(port)], {
			stdio: ['ignore', 'pipe', 'inherit']
		});
		child.once('error', reject);
		child.once('exit', (code) => reject(new Error(`the static server exited early (${code})`)));
		child.stdout.on('data', (chunk) => {
			if (String(chunk).includes('serving')) resolve(child);
		});
	});
}

/** Nearest-rank percentile of sorted numbers. */
function percentile(sorted, p) {
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/**
 * Runs inside the page: moves the sliders in turn and returns, per move, the ms from just
 * before the dispatch to a task posted right after it. Each dispatch happens inside an
 * animation-frame callback, where the browser delivers real input too, so the state update,
 * style, layout and paint of that same frame all finish before the posted task runs. The wait
 * for the frame itself (up to one refresh interval) is not counted: that is the display's, not
 * the app's.
 */
async function measureInPage({ moves, warmUp }) {
	const sliders = [...document.querySelectorAll('input[type="range"][id^="slider-"]')];
	const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
	const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
	const move = (slider, value) =>
		new Promise((resolve) =>
			requestAnimationFrame(() => {
				const start = performance.now();
				setValue.call(slider, String(value));
				slider.dispatchEvent(new Event('input', { bubbles: true }));
				const channel = new MessageChannel();
				channel.port1.onmessage = () => resolve(performance.now() - start);
				channel.port2.postMessage(null);
			})
		);
	const times = [];
	for (let i = 0; i < warmUp + moves; i++) {
		const slider = sliders[i % sliders.length];
		const min = Number(slider.min);
		const max = Number(slider.max);
		const step = Number(slider.step) || 1;
		// Spread positions (20 %–80 % of the track) so consecutive moves change the value.
		const fraction = 0.2 + (0.6 * ((i * 7) % 11)) / 10;
		const value = min + Math.round((fraction * (max - min)) / step) * step;
		await settle();
		const ms = await move(slider, value);
		if (i >= warmUp) times.push(ms);
	}
	return { times, sliders: sliders.length };
}

async function main() {
	const options = parseArgs(process.argv.slice(2));
	if (!existsSync('build/index.html'))
		throw new Error('build/ not found: run `npx vite build` first (this script builds nothing)');
	const executablePath = findChromium();
	if (!executablePath)
		throw new Error(
			'no Chromium found: install one (apt-get install chromium) or set CHROMIUM_PATH'
		);

	const port = await freePort();
	const server = await startServer(port);
	let browser;
	try {
		browser = await chromium.launch({ executablePath, args: chromiumArgs });
		const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		const response = await page.goto(`http://127.0.0.1:${port}${options.path}`);
		if (!response?.ok()) throw new Error(`${options.path} answered ${response?.status()}`);
		await page.locator('main[data-hydrated="true"]').waitFor();
		const label = options.path === '/' ? 'dashboard' : options.path;
		if ((await page.locator('input[type="range"][id^="slider-"]').count()) === 0) {
			console.log(`${label}: no sliders on this page, nothing measured`);
			return;
		}
		if (options.throttle !== 1) {
			const cdp = await page.context().newCDPSession(page);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.throttle });
		}
		const { times, sliders } = await page.evaluate(measureInPage, {
			moves: options.moves,
			warmUp: WARM_UP_MOVES
		});
		const sorted = [...times].sort((a, b) => a - b);
		const ms = (x) => `${x.toFixed(1)} ms`;
		console.log(
			`${label} input→paint over ${times.length} moves: p50 ${ms(percentile(sorted, 50))}, ` +
				`p95 ${ms(percentile(sorted, 95))}, max ${ms(sorted.at(-1))} ` +
				`(CPU throttle ${options.throttle}×; ${sliders} sliders in turn)`
		);
	} finally {
		await browser?.close();
		server.kill();
	}
}

main().catch((error) => {
	console.error(`input-to-paint: ${error.message}`);
	process.exitCode = 1;
});
