import { describe, expect, it } from 'vitest';
import { plansLink, readPlansFragment, SECTION_ANCHORS } from './plansAddress';

const anchors = [...SECTION_ANCHORS, 'ind-rd_intensity-2025'];

describe('readPlansFragment', () => {
	it('reads `at=` and leaves the scenario link', () => {
		expect(readPlansFragment('#v=1&lang=en&d=2026-12&at=ind-rd_intensity-2025', anchors)).toEqual({
			anchor: 'ind-rd_intensity-2025',
			unknown: null,
			rest: 'v=1&lang=en&d=2026-12'
		});
	});

	it('reads a bare block id, anywhere, and after a further `#`', () => {
		expect(readPlansFragment('#plans-places', anchors)).toEqual({
			anchor: 'plans-places',
			unknown: null,
			rest: ''
		});
		expect(readPlansFragment('v=1&lang=zh#plans-periods', anchors).anchor).toBe('plans-periods');
	});

	it('takes every `at=` part out, reads the first and quotes an unknown block safely', () => {
		expect(readPlansFragment('v=1&at=nowhere<b>&at=plans-places', anchors)).toEqual({
			anchor: null,
			unknown: 'nowhereb',
			rest: 'v=1'
		});
		expect(readPlansFragment('at=%E0%A4%A&lang=en', anchors)).toEqual({
			anchor: null,
			unknown: 'atE0A4A',
			rest: 'lang=en'
		});
		expect(readPlansFragment('at=', anchors).unknown).toBe('?');
	});

	it('leaves a fragment without /plans parts as it is', () => {
		for (const hash of ['', '#', '#v=1&g.gdp=0.05', 'tech_contracts'])
			expect(readPlansFragment(hash, anchors)).toEqual({
				anchor: null,
				unknown: null,
				rest: hash.replace(/^#/, '')
			});
	});
});

describe('plansLink', () => {
	it('writes the scenario link, then the block; and reads back', () => {
		const link = plansLink('https://x.test/plans', 'v=1&lang=zh', 'ind-rd_intensity-2025');
		expect(link).toBe('https://x.test/plans#v=1&lang=zh&at=ind-rd_intensity-2025');
		const read = readPlansFragment(new URL(link).hash, anchors);
		expect(read).toEqual({ anchor: 'ind-rd_intensity-2025', unknown: null, rest: 'v=1&lang=zh' });
		expect(plansLink('/plans', '', 'plans-places')).toBe('/plans#at=plans-places');
	});
});
