// The seed files, validated once at import. A malformed file fails the build and every test
// with a DataFileError naming the file, the record and the field. Under Vite (the app, its build
// and the tests) this module is replaced by the already validated data: see vite.config.ts.
import observationsJson from '../../../seeds/observations.json' with { type: 'json' };
import planJson from '../../../seeds/plan.json' with { type: 'json' };
import { validateObservations, validatePlan } from './schema';

export const observations = validateObservations(observationsJson);
export const plan = validatePlan(planJson, observations);
