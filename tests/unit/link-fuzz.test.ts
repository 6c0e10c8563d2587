// Fuzzes the share-link decoder: valid link states are encoded, then mangled (characters deleted,
// duplicated and inserted, markup, broken escapes, huge numbers, stray separators, unicode, 100 KB
// strings), and every result must decode without throwing into a state the model accepts, with
// only finite numbers and short, markup-free `ignored` parts. Seeded: every run sees the same
// links. Also decodes the hand-written corpus tests/hostile-links.json (fragment texts, for the
// browser test to open as `/#<entry>`), which must not pollute any prototype.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { observations, plan } from '../../src/lib/model/data';
import { evaluateScenario } from '../../src/lib/model/scenarioEvaluation';
import {
	decodeLink,
	encodeLink,
	MAX_PART_LENGTH,
	type DecodedLink
} from '../../src/lib/scenario/link';
import { linkState } from './link-arbitraries';

const options = { plan, data: observations };
/** Generated links per run of the main property. */
const RUNS = 10_000;
/** Every SAMPLE-th decoded link is also evaluated by the model and re-encoded. */
const SAMPLE = 5;
const HUGE = 100_000;

// Markup, quotes, whitespace, controls, and characters that reorder or hide text.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[<>"'`\s\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/u;

/** Checks what must hold for every decoded link, whatever went in. */
function checkDecoded(decoded: DecodedLink) {
	const { scenario } = decoded.state;
	const numbers = [
		...Object.values(scenario.growth),
		...Object.values(scenario.yearlyGrowth).flatMap((m) => Object.values(m ?? {})),
		...Object.values(scenario.userValues).flatMap((m) => Object.values(m ?? {})),
		...Object.values(scenario.growthRange).flatMap((r) => (r ? [r.low, r.high] : [])),
		...(scenario.uncertainty
			? [
					scenario.uncertainty.seed,
					scenario.uncertainty.draws,
					scenario.uncertainty.correlation ?? 0
				]
			: []),
		...[scenario.asOf, scenario.tolerance, scenario.growthWindowYears].filter((x) => x !== null),
		...(scenario.averageWindow ? [scenario.averageWindow.from, scenario.averageWindow.to] : []),
		decoded.version
	];
	// One expect per check, not per part: a 100 KB link can have ten thousand parts.
	expect(numbers.filter((n) => !Number.isFinite(n))).toEqual([]);
	const unsafe = decoded.ignored.filter(
		({ part }) => part.length > MAX_PART_LENGTH || UNSAFE.test(part)
	);
	expect(unsafe).toEqual([]);
}

/** The deeper checks, on a sample: the model accepts the state, and it re-encodes losslessly. */
function checkWithModel(decoded: DecodedLink) {
	expect(evaluateScenario(plan, observations, decoded.state.scenario).issues).toEqual([]);
	const again = decodeLink(encodeLink(decoded.state), options);
	expect(again.ignored).toEqual([]);
	expect(again.state).toEqual(decoded.state);
}

type Mutation = (text: string) => string;

const at = (text: string, position: number) =>
	text.length === 0 ? 0 : position % (text.length + 1);

const INJECTIONS = [
	'<script>alert(1)</script>',
	'"><img src=x onerror=alert(1)>',
	'javascript:alert(1)',
	'%',
	'%E0%A4%A',
	'%ED%A0%80',
	'%00',
	'\u0000',
	'\u202e',
	'1e309',
	'-1e309',
	'NaN',
	'Infinity',
	'-0',
	'&&&',
	'==',
	'#',
	'?',
	'__proto__',
	'constructor.prototype.x=1',
	'&v=999',
	'&v=0',
	'&d=1999-01',
	'&g.gdp=0.05',
	'&g.gdp=0.05..0.09',
	'&g.gdp=0.09..0.05',
	'..',
	'&unc=yearly',
	'&seed=4294967296',
	'&draws=100000',
	'&draws=999',
	'&corr=-1.5',
	'&u.employed.2017=1e12',
	'&u.gdp.2020=1',
	'&y.gdp.1999=0.1',
	'增长',
	'\ud83d\udca9',
	'\ud800'
];

const smallMutation: fc.Arbitrary<Mutation> = fc.oneof(
	// Delete a run of characters.
	fc.tuple(fc.nat(), fc.integer({ min: 1, max: 8 })).map(
		([p, n]): Mutation =>
			(t) =>
				t.slice(0, at(t, p)) + t.slice(at(t, p) + n)
	),
	// Truncate.
	fc.nat().map(
		(p): Mutation =>
			(t) =>
				t.slice(0, at(t, p))
	),
	// Duplicate a slice in place.
	fc.tuple(fc.nat(), fc.integer({ min: 1, max: 30 })).map(([p, n]): Mutation => (t) => {
		const i = at(t, p);
		return t.slice(0, i + n) + t.slice(i, i + n) + t.slice(i + n);
	}),
	// Insert arbitrary text, any code unit included.
	fc.tuple(fc.nat(), fc.string({ unit: 'binary', minLength: 1, maxLength: 6 })).map(
		([p, s]): Mutation =>
			(t) =>
				t.slice(0, at(t, p)) + s + t.slice(at(t, p))
	),
	// Insert a link-shaped character.
	fc.tuple(fc.nat(), fc.constantFrom(...'&=%#?.-+e0123456789 ')).map(
		([p, c]): Mutation =>
			(t) =>
				t.slice(0, at(t, p)) + c + t.slice(at(t, p))
	),
	// Inject a hostile fragment.
	fc.tuple(fc.nat(), fc.constantFrom(...INJECTIONS)).map(
		([p, s]): Mutation =>
			(t) =>
				t.slice(0, at(t, p)) + s + t.slice(at(t, p))
	),
	// Replace a value with a huge or odd number.
	fc
		.tuple(
			fc.nat(),
			fc.oneof(
				fc.double().map(String),
				fc.bigInt({ min: -(10n ** 400n), max: 10n ** 400n }).map(String),
				fc.integer().map(String)
			)
		)
		.map(([p, value]): Mutation => (t) => {
			const parts = t.split('&');
			const i = p % parts.length;
			const key = parts[i]!.split('=')[0];
			parts[i] = `${key}=${value}`;
			return parts.join('&');
		}),
	// Repeat a whole part (a duplicated key).
	fc.nat().map((p): Mutation => (t) => {
		const parts = t.split('&');
		return [...parts, parts[p % parts.length]!].join('&');
	})
);

/** A 100 KB payload, of one part or of many. */
const hugeMutation = fc.constantFrom('x', 'g.gdp=0.05&', '<', '%', '&').map(
	(unit): Mutation =>
		(t) =>
			t + unit.repeat(Math.ceil(HUGE / unit.length))
);

// About one link in thirty carries a 100 KB payload: enough to test the cap, few enough to be quick.
const mutation = fc.oneof(
	{ weight: 80, arbitrary: smallMutation },
	{ weight: 1, arbitrary: hugeMutation }
);

const prefix = fc.constantFrom('', '#', '?', 'https://example.org/app/#', 'https://example.org/?');

const mutatedLink = fc
	.tuple(prefix, linkState, fc.array(mutation, { minLength: 0, maxLength: 5 }))
	.map(([head, state, mutations]) => mutations.reduce((t, m) => m(t), head + encodeLink(state)));

describe('decodeLink under fuzzing', () => {
	it(`decodes ${RUNS} mangled links into states the model accepts`, { timeout: 120_000 }, () => {
		let run = 0;
		let huge = 0;
		fc.assert(
			fc.property(mutatedLink, (text) => {
				const decoded = decodeLink(text, options);
				checkDecoded(decoded);
				if (run++ % SAMPLE === 0) checkWithModel(decoded);
				if (text.length >= HUGE) huge++;
			}),
			{ seed: 4_2025, numRuns: RUNS }
		);
		expect(run).toBeGreaterThanOrEqual(RUNS);
		expect(huge).toBeGreaterThan(0);
	});

	it('decodes arbitrary text, whole or after a #', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.boolean(), (text, hash) => {
				const decoded = decodeLink(hash ? `#${text}` : text, options);
				checkDecoded(decoded);
				checkWithModel(decoded);
			}),
			{ seed: 7_2025, numRuns: 1_000 }
		);
	});
});

describe('the hostile-link corpus', () => {
	const corpus = JSON.parse(
		readFileSync(fileURLToPath(new URL('../hostile-links.json', import.meta.url)), 'utf8')
	) as string[];
	const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

	it('holds at least 30 links', () => {
		expect(corpus.length).toBeGreaterThanOrEqual(30);
		for (const link of corpus) expect(typeof link).toBe('string');
	});

	it.each(corpus.map((link, i) => [i, link.length > 80 ? `${link.slice(0, 80)}…` : link, link]))(
		'#%i decodes safely: %j',
		(_, __, link) => {
			const decoded = decodeLink(`#${link}`, options);
			checkDecoded(decoded);
			checkWithModel(decoded);
			expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
			expect(({} as Record<string, unknown>).polluted).toBeUndefined();
			for (const map of [decoded.state.scenario.growth, decoded.state.scenario.yearlyGrowth])
				expect(Object.getPrototypeOf(map)).toBe(Object.prototype);
		}
	);
});
