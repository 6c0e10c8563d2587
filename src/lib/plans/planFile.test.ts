import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packText, readPlanFile } from './planFile';
import { MAX_PLAN_FILE_BYTES } from './userPlanId';

const text = readFileSync('seeds/plans/shanghai-2025.json', 'utf8');
const pack = JSON.parse(text);

describe('a plan file a reader brings', () => {
	it('is read as it was written when it is a valid pack', () => {
		const read = readPlanFile(text, 'shanghai.json');
		expect(read).toEqual({ ok: true, pack });
		// Downloaded again, it reads back the same.
		expect(readPlanFile(packText(pack), 'again.json')).toEqual({ ok: true, pack });
	});

	it('is refused past the size limit before it is parsed', () => {
		expect(readPlanFile('', 'big.json', MAX_PLAN_FILE_BYTES + 1)).toEqual({
			ok: false,
			problem: { kind: 'too_big', file: 'big.json', bytes: MAX_PLAN_FILE_BYTES + 1 }
		});
	});

	it('names what is not JSON', () => {
		const read = readPlanFile('{"id": ', 'half.json');
		expect(read).toMatchObject({ ok: false, problem: { kind: 'not_json', file: 'half.json' } });
	});

	it('names another of the app’s files', () => {
		expect(readPlanFile('{"format":"bj-targets-scenario","version":1}', 'scenario.json')).toEqual({
			ok: false,
			problem: { kind: 'other_file', file: 'scenario.json', format: 'bj-targets-scenario' }
		});
	});

	it('names the record and field the validator refuses', () => {
		const broken = structuredClone(pack);
		broken.targets[2].numerator = 'nowhere';
		const read = readPlanFile(JSON.stringify(broken), 'mine.json');
		expect(read).toMatchObject({
			ok: false,
			problem: { kind: 'invalid', file: 'mine.json', path: 'targets[2].numerator' }
		});
	});

	it('names a missing field at the top level', () => {
		const untitled = structuredClone(pack);
		delete untitled.title;
		const read = readPlanFile(JSON.stringify(untitled), 'mine.json');
		expect(read).toMatchObject({ ok: false, problem: { kind: 'invalid', path: 'title' } });
	});
});
