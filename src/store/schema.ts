// The diary's record format, version 1, as zod (mini) schemas: the record
// types, and the reference the tests hold validate-record.ts to. Reading checks
// records with that hand-written validator, which is much faster; writing needs
// none, since records are built from already-checked values.
//
// Every line of episodes.jsonl and diary.jsonl is one JSON object:
//   { "schemaVersion": 1, "type": "pain", "id": "…", "at": "2026-11-20T08:00:00.000Z",
//     "recordedAt": "…", "score": 5, "note": "…", "helped": ["heat-pack"] }
// `at` is when it happened (backdated with --at), `recordedAt` when it was written.
// Unknown extra fields are ignored, so a newer backcare can add fields without
// breaking an older one; `schemaVersion` changes only when a field changes meaning.
import * as z from 'zod/mini';
import { CARE_LEVELS } from '../core/vocabulary.js';
import { STORE_SCHEMA_VERSION } from './version.js';

export { STORE_SCHEMA_VERSION };

const Instant = z.iso.datetime({ offset: true });
const Id = z.string().check(z.minLength(1), z.maxLength(100));
const Score = z.int().check(z.minimum(0), z.maximum(10));

const base = {
  schemaVersion: z.literal(STORE_SCHEMA_VERSION),
  id: Id,
  at: Instant,
  recordedAt: z.optional(Instant),
};

export const EpisodeStartRecord = z.object({ ...base, type: z.literal('episode-start') });
export const EpisodeEndRecord = z.object({ ...base, type: z.literal('episode-end'), episode: Id });

export const PainRecord = z.object({
  ...base,
  type: z.literal('pain'),
  score: Score,
  note: z.optional(z.string().check(z.maxLength(2000))),
  helped: z.optional(z.array(Id)),
});

/** A `backcare check` run during an episode: the level it gave and the pain score it asked. */
export const CheckRecord = z.object({
  ...base,
  type: z.literal('check'),
  level: z.enum(CARE_LEVELS),
  complete: z.boolean(),
  painScore: z.optional(Score),
  conditions: z.array(Id),
  rules: z.array(Id),
  episode: z.optional(Id),
  /** The answers the check was given, so `backcare plan` can show its full plan again. */
  answers: z.optional(z.record(Id, z.union([z.string().check(z.maxLength(2000)), z.number(), z.array(Id)]))),
});

/** A completed ice or heat session (or a stretch routine) from the timer. */
export const TimerSessionRecord = z.object({
  ...base,
  type: z.literal('timer-session'),
  protocol: Id,
  remedy: z.optional(Id),
  seconds: z.number().check(z.nonnegative()),
  completed: z.boolean(),
  startedAt: z.optional(Instant),
});

export const EpisodeFileRecord = z.discriminatedUnion('type', [EpisodeStartRecord, EpisodeEndRecord]);
export const DiaryFileRecord = z.discriminatedUnion('type', [PainRecord, CheckRecord, TimerSessionRecord]);

export type EpisodeStartRecord = z.infer<typeof EpisodeStartRecord>;
export type EpisodeEndRecord = z.infer<typeof EpisodeEndRecord>;
export type EpisodeRecord = z.infer<typeof EpisodeFileRecord>;
export type PainRecord = z.infer<typeof PainRecord>;
export type CheckRecord = z.infer<typeof CheckRecord>;
export type TimerSessionRecord = z.infer<typeof TimerSessionRecord>;
export type DiaryRecord = z.infer<typeof DiaryFileRecord>;
