// The deterministic budgets of the built app, each printed beside its figure: the first route's
// JavaScript (gzipped) and Lighthouse's four category scores on the main routes in both
// languages. Both are tagged @budget so that a run can leave them out (`--grep-invert @budget`);
// timings (input to paint, benchmarks) are printed by `npm run measure:*`, never asserted here.
// Runs in its own Playwright project after every other spec, so that Lighthouse has the CPU; to
// run it alone: `npx playwright test tests/e2e/budgets.spec.ts --no-deps`.
import { expect, test } from '@playwright/test';
import {
	BUNDLE_BUDGET_KB,
	describeTotal,
	kb,
	measureFirstRouteJs
} from '../measure/bundle-size.mjs';
import {
	CATEGORIES,
	SCORE_BUDGET,
	describeReport,
	lighthouseVersion,
	measureRoutes,
	serveBuild
} from '../measure/lighthouse.mjs';

test(
	`the first route loads at most ${BUNDLE_BUDGET_KB} KB of JavaScript, gzipped`,
	{
		tag: '@budget'
	},
	() => {
		const js = measureFirstRouteJs();
		console.log(`first route JavaScript: ${describeTotal(js)}`);
		for (const c of js.chunks.slice(0, 5)) console.log(`  ${kb(c.gzip)} KB ${c.name} — ${c.what}`);
		expect(js.gzipBytes / 1024).toBeLessThanOrEqual(BUNDLE_BUDGET_KB);
	}
);

test(
	`Lighthouse scores every main route at least ${SCORE_BUDGET} in each category`,
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
				CATEGORIES.filter((c) => (r.scores[c] ?? 0) < SCORE_BUDGET).map(
					(c) => `${r.route} (${r.lang}) ${c} ${r.scores[c]}`
				)
			);
			expect(under).toEqual([]);
		} finally {
			server.close();
		}
	}
);
