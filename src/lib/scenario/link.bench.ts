// `npm run bench`: a link decoded and encoded again (budget 0.2 ms, issue 7) — what opening a
// shared link and writing the address after a change cost.
import { bench, describe } from 'vitest';
import { observations, plan } from '../model/data';
import { decodeLink, encodeLink } from './link';

const options = { plan, data: observations };
const typical =
	'#v=1&g.tech_contracts=0.05&g.gdp=0.052&tol=0.05&asof=2022&lang=en&view=tech_contracts&d=2026-11';
const long =
	'#v=1&g.gdp=0.05&g.rd_spend=0.07..0.09&g.basic_spend=0.1&g.employed=0.01&y.gdp.2025=0.04' +
	'&u.employed.2020=1250&u.employed.2024=1300&tol=0.03&gw=4&win=2021-2025&unc=yearly&seed=7' +
	'&draws=20000&corr=0.5&lang=zh&view=rd_intensity&d=2026-11';

describe('link decode and encode', () => {
	bench('decode + encode, a typical link', () => {
		encodeLink(decodeLink(typical, options).state);
	});
	bench('decode + encode, a link with every kind of part', () => {
		encodeLink(decodeLink(long, options).state);
	});
});
