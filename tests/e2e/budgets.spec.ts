// The budgets of the built app, each printed beside its figure: the first route's JavaScript
// (gzipped) and Lighthouse's four category scores on the main routes in both languages.
// What is asserted: Lighthouse's accessibility, best-practices and SEO scores against the budget
// (met, and the same on every run), and the first route's JavaScript against a ratchet — the
// 90 KB budget is not met yet (README, Performance, says why and what would meet it), so the
// test holds the figure where it is and fails on any growth past it. Lighthouse's performance
// score is printed with its ratio to the budget, not asserted: on these shared 2-core machines it
// moves by 20 points with the load (its total blocking time is the machine's). Timings (input to
// paint, benchmarks) are printed by `npm run measure:*`. Both tests are tagged @budget so that a
// run can leave them out (`--grep-invert @budget`).
// Runs in its own Playwright project after every other spec, so that Lighthouse has the CPU; to
// run it alone: `npx playwright test tests/e2e/budgets.spec.ts --no-deps`.
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import {
	BUNDLE_BUDGET_KB,
	FIRST_ROUTES,
	describeTotal,
	kb,
	measureFirstRouteJs
} from '../scripts/bundle-size.mjs';
import {
	CATEGORIES,
	SCORE_BUDGET,
	describeReport,
	lighthouseVersion,
	measureRoutes,
	serveBuild
} from '../scripts/lighthouse.mjs';

/**
 * The first route's JavaScript today plus 2 KB of slack; lower it as the figure comes down. (Raised
 * from 98 once, on 2026-12-04, to 103, then lowered to 102.7 on 2026-12-05 and set to 102.8 the same day (the real-outcome challenge key and the figures' line-breaking rule), then to 107.6 (the plan picker) and 111.3 on 2026-12-06 (plans from files), and lowered to 103.3 the same day (the sources' words in a module of their own); set to 115.2 on 2026-12-06 when the measure was found to miss imports written without a space before `from` (11 KB the browser did load), and lowered to 107.5 the same day (the sparklines without d3, notices loaded when shown, each language's strings on their own) and to 102.8 (every wording module of the first page split by language), then set to 103.3 (numbers formatted without Intl, which cost every page 60 ms of start-up at 4x), with the reason written in the README's Performance section.)
 */
const BUNDLE_RATCHET_KB = 103.3;

test(
	`the first route's JavaScript stays within its ratchet (${BUNDLE_RATCHET_KB} KB gzipped; budget ${BUNDLE_BUDGET_KB} KB)`,
	{
		tag: '@budget'
	},
	() => {
		for (const [route, file] of FIRST_ROUTES) {
			const js = measureFirstRouteJs('build', file);
			console.log(`first route (${route}) JavaScript: ${describeTotal(js)}`);
			for (const c of js.chunks.slice(0, 5))
				console.log(`  ${kb(c.gzip)} KB ${c.name} — ${c.what}`);
			console.log(
				`  budget ${BUNDLE_BUDGET_KB} KB: ${(js.gzipBytes / 1024 / BUNDLE_BUDGET_KB).toFixed(2)}×` +
					(js.gzipBytes / 1024 > BUNDLE_BUDGET_KB ? ' (over budget; ratchet holds)' : ' (met)')
			);
			expect(js.gzipBytes / 1024, route).toBeLessThanOrEqual(BUNDLE_RATCHET_KB);
		}
	}
);

test(
	'what Chromium fetches for the first route before the network is idle is what the static measure counts',
	{ tag: '@budget' },
	async ({ browser }) => {
		// The static measure follows the build's import statements; this holds it to what a browser
		// really loads (each language's first page, scripts gzipped as the measure does), so that a
		// change of the bundler's output format, or a module loaded at start by a dynamic import,
		// cannot make it count less than the user downloads.
		for (const [path, file] of FIRST_ROUTES) {
			const counted = new Set(measureFirstRouteJs('build', file).chunks.map((c) => c.name));
			const locale = path === '/' ? 'zh-CN' : 'en-US';
			const context = await browser.newContext({ locale });
			const page = await context.newPage();
			const fetched: Promise<[string, number]>[] = [];
			page.on('response', (r) => {
				const url = new URL(r.url());
				if (url.pathname.endsWith('.js'))
					fetched.push(
						r.body().then((b) => [url.pathname.slice(1), gzipSync(b, { level: 9 }).length])
					);
			});
			await page.goto(path, { waitUntil: 'networkidle' });
			const files = await Promise.all(fetched);
			await context.close();
			const total = files.reduce((sum, [, bytes]) => sum + bytes, 0);
			console.log(
				`${path}: Chromium fetched ${files.length} scripts, ${kb(total)} KB gzipped, before the network was idle`
			);
			// The root error page's node is fetched at start and is a few hundred bytes.
			const uncounted = files.filter(([name]) => !counted.has(name) && !/nodes\/1\./.test(name));
			expect(uncounted, 'scripts the static measure does not count').toEqual([]);
			expect(total / 1024).toBeLessThanOrEqual(BUNDLE_RATCHET_KB);
		}
	}
);

/** The categories asserted; performance is printed (see the header). */
const ASSERTED = CATEGORIES.filter((c) => c !== 'performance');

test(
	`Lighthouse scores every main route at least ${SCORE_BUDGET} for accessibility, best practices and SEO`,
	{
		tag: '@budget'
	},
	async () => {
		test.setTimeout(10 * 60_000);
		// Served with gzip, as any static host serves text: an uncompressed server measures the
		// server, not the app (the figures without it are in the README).
		const server = await serveBuild({ gzip: true });
		try {
			const reports = await measureRoutes(server.url);
			console.log(`Lighthouse ${lighthouseVersion()}, mobile profile, budget ${SCORE_BUDGET}`);
			for (const report of reports) console.log(describeReport(report).join('\n'));
			const under = reports.flatMap((r) =>
				ASSERTED.filter((c) => (r.scores[c] ?? 0) < SCORE_BUDGET).map(
					(c) => `${r.route} (${r.lang}) ${c} ${r.scores[c]}`
				)
			);
			expect(under).toEqual([]);
		} finally {
			server.close();
		}
	}
);
