import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PACK_SCHEMA_FILE, packJsonSchema, packSchemaText } from './packJsonSchema';

describe('the published JSON Schema of a plan pack', () => {
	it('is what `npm run schema` writes from the valibot schema (run it after changing the schema)', async () => {
		expect(readFileSync(PACK_SCHEMA_FILE, 'utf8')).toBe(await packSchemaText());
	});

	it('requires the fields every pack has and refuses unknown ones', () => {
		const schema = packJsonSchema();
		expect(schema.required).toEqual(
			expect.arrayContaining(['id', 'targetYear', 'baselineYear', 'drivers', 'targets'])
		);
		expect(schema.additionalProperties).toBe(false);
		expect(schema.$defs?.Target).toMatchObject({
			additionalProperties: false,
			properties: {
				kind: { enum: expect.arrayContaining(['share_level', 'gap']) },
				scale: { exclusiveMinimum: 0 }
			}
		});
	});

	it('lets an editor find it from a pack’s "$schema" key', () => {
		expect(packJsonSchema().properties?.$schema).toMatchObject({ type: 'string' });
	});
});
