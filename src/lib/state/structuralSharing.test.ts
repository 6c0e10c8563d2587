import { describe, expect, it } from 'vitest';
import { observations, plan } from '$lib/model/data';
import { evaluateProjections } from '$lib/model/evaluate';
import { emptyScenario } from '$lib/model/types';
import { deepEqual, shareEvaluation, shareRecord } from './structuralSharing';

describe('deepEqual', () => {
	it.each([
		[1, 1, true],
		[Number.NaN, Number.NaN, true],
		[0, -0, false],
		['a', 'a', true],
		[null, null, true],
		[null, {}, false],
		[[1, [2, 3]], [1, [2, 3]], true],
		[[1, 2], [1, 2, 3], false],
		[{ a: 1, b: [1] }, { b: [1], a: 1 }, true],
		[{ a: 1 }, { a: 1, b: undefined }, false],
		[{ a: { b: 1 } }, { a: { b: 2 } }, false],
		[[1], { 0: 1 }, false]
	])('compares %j and %j as %s', (a, b, expected) => {
		expect(deepEqual(a, b)).toBe(expected);
	});
});

describe('shareEvaluation', () => {
	const evaluate = (growth: Record<string, number>) =>
		evaluateProjections(plan, observations, { ...emptyScenario(), growth });

	it('keeps every target and driver a growth change leaves equal, and only those', () => {
		const before = evaluate({});
		const after = shareEvaluation(before, evaluate({ tech_contracts: 0.03 }));
		for (const t of after.targets) {
			const previous = before.targets.find((p) => p.id === t.id)!;
			if (t.id === 'tech_contracts') {
				expect(t).not.toBe(previous);
				expect(t.projected).not.toBe(previous.projected);
			} else expect(t).toBe(previous);
		}
		expect(after.drivers.tech_contracts).not.toBe(before.drivers.tech_contracts);
		expect(after.drivers.gdp).toBe(before.drivers.gdp);
	});

	it('returns an evaluation equal to the one it was given', () => {
		const before = evaluate({});
		const next = evaluate({ gdp: 0.02, rd_spend: 0.01 });
		expect(deepEqual(shareEvaluation(before, next), next)).toBe(true);
	});

	it('keeps the targets array itself when nothing in it changed', () => {
		const before = evaluate({});
		expect(shareEvaluation(before, evaluate({})).targets).toBe(before.targets);
	});
});

describe('shareRecord', () => {
	it('reuses equal entries under the same key and takes new ones', () => {
		const a = { x: [1], y: [2] };
		const shared = shareRecord(a, { x: [1], y: [3], z: [4] });
		expect(shared.x).toBe(a.x);
		expect(shared.y).toEqual([3]);
		expect(shared.z).toEqual([4]);
	});
});
