// The diary record format's version, on its own so that writing and the
// line reader never load the validator (schema.ts).

/** Changes only when a field is removed or changes meaning; new fields are additive. */
export const STORE_SCHEMA_VERSION = 1;
