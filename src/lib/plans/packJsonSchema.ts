// The published JSON Schema of a plan pack (seeds/plans/plan-pack.schema.json), generated from the
// valibot schema rather than written a second time; `npm run schema` writes it, and a test fails
// when the committed file differs. Build-time only: the app never imports this module.
import { toJsonSchema } from '@valibot/to-json-schema';
import { format, resolveConfig } from 'prettier';
import { PACK_DEFINITIONS, PlanPackSchema } from './packSchema';

/** Where the schema is published, from the repository's root. */
export const PACK_SCHEMA_FILE = 'seeds/plans/plan-pack.schema.json';

/**
 * The JSON Schema (draft-07) of a plan pack, shared records under `$defs`. `finite` is left out
 * (a JSON number is always finite) and `url` becomes the `iri` format; every other field rule
 * converts as it is. The checks across records
 * (validatePack) cannot be said in JSON Schema: its description names them.
 */
export function packJsonSchema() {
	const { $schema, title, description, ...rest } = toJsonSchema(PlanPackSchema, {
		errorMode: 'throw',
		ignoreActions: ['finite'],
		definitions: PACK_DEFINITIONS,
		// valibot's url() reads an address as a browser does, non-ASCII paths included: in JSON
		// Schema that is an IRI ("uri" would refuse an address the packs hold).
		overrideAction: ({ valibotAction, jsonSchema }) =>
			valibotAction.type === 'url' ? { ...jsonSchema, format: 'iri' } : undefined
	});
	return { $schema, title, description, ...rest };
}

/** The schema file's text, formatted as the repository formats JSON. */
export async function packSchemaText(): Promise<string> {
	const options = await resolveConfig(PACK_SCHEMA_FILE);
	return format(JSON.stringify(packJsonSchema()), { ...options, filepath: PACK_SCHEMA_FILE });
}
