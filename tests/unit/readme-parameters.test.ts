// The README's link-key table states each key's hard bounds; this test holds it to the parameter
// table (src/lib/model/parameters.ts), so the README reads the one table like the code does.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { plan } from '../../src/lib/model/data';
import { CHOICE_PARAMETERS, PARAMETERS, resolveBounds } from '../../src/lib/model/parameters';

const readme = readFileSync('README.md', 'utf8');
const keyTable = readme.slice(
	readme.indexOf('| key '),
	readme.indexOf('\n\n', readme.indexOf('| key '))
);

/** `key` → "min to max", as the README's "hard bounds" column states them. */
function readmeBounds(): Map<string, string> {
	const out = new Map<string, string>();
	for (const row of keyTable.split('\n').slice(2)) {
		const bounds = row.split('|').at(-2) ?? '';
		for (const m of bounds.matchAll(/`([^`]+)` (-?[\d.]+) to (-?[\d.]+)/g))
			out.set(m[1]!, `${m[2]} to ${m[3]}`);
	}
	return out;
}

/** `key` → "min to max", from the parameter table (plan years resolved against the plan). */
function tableBounds(): Map<string, string> {
	const out = new Map<string, string>();
	for (const p of Object.values(PARAMETERS)) {
		if (p.key === null) continue;
		const { min, max } = resolveBounds(p.hard, plan.targetYear);
		out.set(p.key, `${min} to ${max}`);
	}
	return out;
}

describe('the README’s link keys', () => {
	it('state every link parameter’s hard bounds exactly as the parameter table does', () => {
		expect(Object.fromEntries(readmeBounds())).toEqual(Object.fromEntries(tableBounds()));
	});

	it('list every key of the parameter table as a row of its own or beside others', () => {
		for (const key of tableBounds().keys())
			if (key !== '<year>')
				expect(keyTable).toMatch(new RegExp(`^\\| [^|]*\`${key.replace(/[.<>]/g, '\\$&')}\``, 'm'));
	});

	it('list every choice of the parameter table with each of its values in its row', () => {
		for (const { key, values } of Object.values(CHOICE_PARAMETERS)) {
			const row = keyTable.split('\n').find((r) => r.startsWith(`| \`${key}\``));
			expect(row, key).toBeDefined();
			for (const value of values) expect(row).toContain(`\`${value}\``);
		}
	});
});
