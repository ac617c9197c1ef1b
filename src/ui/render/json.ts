// Machine output: one JSON document with a schemaVersion, on stdout.

/** Bumped only when a field is removed or changes meaning; new fields are additive. */
const JSON_SCHEMA_VERSION = 1;

export function toJson(payload: Record<string, unknown>): string {
  return `${JSON.stringify({ schemaVersion: JSON_SCHEMA_VERSION, ...payload }, null, 2)}\n`;
}
