// The write side of the diary: each function appends one complete record
// line. Nothing here loads a validator, so `backcare log` stays fast; the
// values passed in are already checked by the command that calls it.
import type { CareLevel } from '../core/vocabulary.js';
import { storePaths } from './paths.js';
import type { CheckRecord, EpisodeEndRecord, EpisodeStartRecord, PainRecord, TimerSessionRecord } from './schema.js';
import { appendRecord } from './write.js';

import { STORE_SCHEMA_VERSION } from './version.js';

const RECORD_VERSION = STORE_SCHEMA_VERSION as 1;

export interface WriteOptions {
  /** Says where the diary is (BACKCARE_HOME, XDG_DATA_HOME): the command's io's, never the process's here. */
  env: NodeJS.ProcessEnv;
  /** When the record is written; defaults to the clock. */
  now?: Date;
}

/**
 * A random (version 4) UUID. Math.random rather than node:crypto: ids only
 * need to be unique within one person's diary, not secret, and loading
 * node:crypto costs `backcare log` about 5% of its start-up.
 */
function newId(): string {
  const hex: string[] = [];
  for (let i = 0; i < 32; i++) hex.push(Math.floor(Math.random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = (8 + Math.floor(Math.random() * 4)).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/** The fields every record starts with, in the order a person reading the file wants them. */
function header<T extends string>(
  type: T,
  at: Date,
  options: WriteOptions,
): { schemaVersion: 1; type: T; id: string; at: string; recordedAt: string } {
  return {
    schemaVersion: RECORD_VERSION,
    type,
    id: newId(),
    at: at.toISOString(),
    recordedAt: (options.now ?? new Date()).toISOString(),
  };
}

function paths(options: WriteOptions) {
  return storePaths(options.env);
}

export interface PainInput {
  score: number;
  at: Date;
  note?: string;
  helped?: readonly string[];
}

export function appendPain(input: PainInput, options: WriteOptions): PainRecord {
  const record: PainRecord = {
    ...header('pain', input.at, options),
    score: input.score,
    ...(input.note ? { note: input.note } : {}),
    ...(input.helped && input.helped.length > 0 ? { helped: [...input.helped] } : {}),
  };
  appendRecord(paths(options).diary, record);
  return record;
}

export function appendEpisodeStart(at: Date, options: WriteOptions): EpisodeStartRecord {
  const record: EpisodeStartRecord = header('episode-start', at, options);
  appendRecord(paths(options).episodes, record);
  return record;
}

export function appendEpisodeEnd(episodeId: string, at: Date, options: WriteOptions): EpisodeEndRecord {
  const record: EpisodeEndRecord = { ...header('episode-end', at, options), episode: episodeId };
  appendRecord(paths(options).episodes, record);
  return record;
}

export interface CheckInput {
  at: Date;
  level: CareLevel;
  complete: boolean;
  painScore?: number;
  conditions: readonly string[];
  rules: readonly string[];
  episode?: string;
  answers?: Readonly<Record<string, string | number | readonly string[]>>;
}

export function appendCheck(input: CheckInput, options: WriteOptions): CheckRecord {
  const record: CheckRecord = {
    ...header('check', input.at, options),
    level: input.level,
    complete: input.complete,
    ...(input.painScore === undefined ? {} : { painScore: input.painScore }),
    conditions: [...input.conditions],
    rules: [...input.rules],
    ...(input.episode === undefined ? {} : { episode: input.episode }),
    ...(input.answers === undefined
      ? {}
      : {
          answers: Object.fromEntries(
            Object.entries(input.answers).map(([k, v]) => [k, typeof v === 'object' ? [...v] : v]),
          ),
        }),
  };
  appendRecord(paths(options).diary, record);
  return record;
}

export interface TimerSessionInput {
  /** The knowledge-base protocol or routine id: "ice", "heat", or a stretch routine's id. */
  protocol: string;
  /** The remedy it applies, e.g. "ice-pack" (thermal.yaml names it per protocol). */
  remedy?: string;
  /** How long it actually ran, in seconds. */
  seconds: number;
  /** False when it was stopped early. */
  completed: boolean;
  /** When it ended (the record's `at`). */
  endedAt: Date;
  startedAt?: Date;
}

export function appendTimerSession(input: TimerSessionInput, options: WriteOptions): TimerSessionRecord {
  const record: TimerSessionRecord = {
    ...header('timer-session', input.endedAt, options),
    protocol: input.protocol,
    ...(input.remedy === undefined ? {} : { remedy: input.remedy }),
    seconds: Math.max(0, Math.round(input.seconds)),
    completed: input.completed,
    ...(input.startedAt === undefined ? {} : { startedAt: input.startedAt.toISOString() }),
  };
  appendRecord(paths(options).diary, record);
  return record;
}
