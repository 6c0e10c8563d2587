// `npm run schema`: writes the plan pack's JSON Schema, generated from its valibot schema, to
// seeds/plans/plan-pack.schema.json. Run after changing src/lib/plans/packSchema.ts.
import { writeFileSync } from 'node:fs';
import { PACK_SCHEMA_FILE, packSchemaText } from '../../src/lib/plans/packJsonSchema';

writeFileSync(PACK_SCHEMA_FILE, await packSchemaText());
console.log(`wrote ${PACK_SCHEMA_FILE}`);
