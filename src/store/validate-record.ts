// The diary's record format checked by hand: the same rules as the zod
// schemas in schema.ts (tests/store/validate-record.test.ts holds the two together),
// at a fraction of the cost. A report of 100,000 entries checks every one of
// them; history checks the few thousand of its window on every run.
import { CARE_LEVELS } from '../core/vocabulary.js';
import type { DiaryRecord, EpisodeRecord } from './schema.js';
import { STORE_SCHEMA_VERSION } from './version.js';

export type Checked<T> =
  | { success: true; data: T }
  | { success: false; error: { issues: { path: string[]; message: string }[] } };
type Fields = Record<string, unknown>;
/** Undefined when the field is fine, else what is wrong with it. */
type FieldCheck = (value: unknown) => string | undefined;

// ISO 8601 with a time zone, as zod's z.iso.datetime({ offset: true }) accepts it.
const INSTANT = new RegExp(
  String.raw`^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])` +
    String.raw`T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$`,
);

const instant: FieldCheck = (v) =>
  typeof v === 'string' && INSTANT.test(v) && isRealDay(v)
    ? undefined
    : 'expected an ISO date and time with a time zone, on a day that exists';

/** The pattern lets 30 February through, which Date would quietly read as 2 March. */
function isRealDay(iso: string): boolean {
  const [year, month, day] = [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // not Date.UTC, which moves years 0-99 to the 1900s
  return date.getUTCDate() === day;
}
const id: FieldCheck = (v) =>
  typeof v === 'string' && v.length >= 1 && v.length <= 100 ? undefined : 'expected an id of 1 to 100 characters';
const score: FieldCheck = (v) =>
  Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 10 ? undefined : 'expected a whole number from 0 to 10';
const bool: FieldCheck = (v) => (typeof v === 'boolean' ? undefined : 'expected true or false');
const ids: FieldCheck = (v) =>
  Array.isArray(v) && v.every((x) => id(x) === undefined) ? undefined : 'expected a list of ids';
const note: FieldCheck = (v) =>
  typeof v === 'string' && v.length <= 2000 ? undefined : 'expected a text of at most 2000 characters';
const seconds: FieldCheck = (v) =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0 ? undefined : 'expected a number of seconds, 0 or more';
const answerValue = (v: unknown): boolean =>
  (typeof v === 'string' && v.length <= 2000) || (typeof v === 'number' && Number.isFinite(v)) || ids(v) === undefined;
const answers: FieldCheck = (v) =>
  v !== null &&
  typeof v === 'object' &&
  !Array.isArray(v) &&
  Object.entries(v).every(([k, x]) => id(k) === undefined && answerValue(x))
    ? undefined
    : 'expected answers: ids with a text, a number or a list of ids';
const level: FieldCheck = (v) =>
  (CARE_LEVELS as readonly unknown[]).includes(v) ? undefined : `expected one of ${CARE_LEVELS.join(', ')}`;
const optional =
  (check: FieldCheck): FieldCheck =>
  (v) =>
    v === undefined ? undefined : check(v);

const BASE = { id, at: instant, recordedAt: optional(instant) };
const SHAPES: Record<string, Record<string, FieldCheck>> = {
  'episode-start': BASE,
  'episode-end': { ...BASE, episode: id },
  pain: { ...BASE, score, note: optional(note), helped: optional(ids) },
  check: {
    ...BASE,
    level,
    complete: bool,
    painScore: optional(score),
    conditions: ids,
    rules: ids,
    episode: optional(id),
    answers: optional(answers),
  },
  'timer-session': {
    ...BASE,
    protocol: id,
    remedy: optional(id),
    seconds,
    completed: bool,
    startedAt: optional(instant),
  },
};

function check<T>(types: readonly string[], value: unknown): Checked<T> {
  const fields = value as Fields;
  const fail = (path: string, message: string): Checked<T> => ({
    success: false,
    error: { issues: [{ path: path === '' ? [] : [path], message }] },
  });
  if (fields === null || typeof fields !== 'object' || Array.isArray(fields)) return fail('', 'expected an object');
  if (fields.schemaVersion !== STORE_SCHEMA_VERSION) return fail('schemaVersion', `expected ${STORE_SCHEMA_VERSION}`);
  const type = fields.type;
  const shape = typeof type === 'string' && types.includes(type) ? SHAPES[type] : undefined;
  if (shape === undefined) return fail('type', `expected one of ${types.join(', ')}`);
  for (const [key, fieldCheck] of Object.entries(shape)) {
    const problem = fieldCheck(fields[key]);
    if (problem !== undefined) return fail(key, problem);
  }
  // Unknown extra fields are allowed (a newer backcare may add some) and left out, as zod's objects do.
  return { success: true, data: pick(fields, shape) as T };
}

/** Only the known fields, so what reaches the core has exactly the schema's shape. */
function pick(fields: Fields, shape: Record<string, FieldCheck>): Fields {
  const out: Fields = { schemaVersion: fields.schemaVersion, type: fields.type };
  for (const key of Object.keys(shape)) if (fields[key] !== undefined) out[key] = fields[key];
  return out;
}

export const EpisodeGuard = {
  safeParse: (value: unknown): Checked<EpisodeRecord> => check(['episode-start', 'episode-end'], value),
};
export const DiaryGuard = {
  safeParse: (value: unknown): Checked<DiaryRecord> => check(['pain', 'check', 'timer-session'], value),
};
