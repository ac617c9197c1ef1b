// The hand-written record check (validate-record.ts, fast) must agree with the zod
// schemas (schema.ts, the format's reference) on every kind of record and
// every kind of damage.
import { describe, expect, it } from 'vitest';
import { DiaryGuard, EpisodeGuard } from '../../src/store/validate-record.js';
import { DiaryFileRecord, EpisodeFileRecord } from '../../src/store/schema.js';

const AT = '2026-11-20T08:00:00.000Z';
const base = {
  schemaVersion: 1,
  id: '9b1d7c2e-1111-4aaa-8bbb-123456789abc',
  at: AT,
  recordedAt: '2026-11-20T08:00:03.120Z',
};
const pain = { ...base, type: 'pain', score: 5, note: 'after a walk', helped: ['heat-pack'] };
const check = {
  ...base,
  type: 'check',
  level: 'self_care',
  complete: true,
  painScore: 4,
  conditions: [],
  rules: ['r1'],
  episode: 'e1',
};
const timer = {
  ...base,
  type: 'timer-session',
  protocol: 'heat',
  remedy: 'heat-pack',
  seconds: 1200,
  completed: true,
  startedAt: AT,
};
const start = { ...base, type: 'episode-start' };
const end = { ...base, type: 'episode-end', episode: 'e1' };

const diaryCases: [string, unknown][] = [
  ['a pain score', pain],
  ['a pain score with only the required fields', { schemaVersion: 1, type: 'pain', id: 'x', at: AT, score: 0 }],
  ['a check', check],
  ['a timer session', timer],
  ['an extra field', { ...pain, mood: 'fine' }],
  ['a score of 11', { ...pain, score: 11 }],
  ['a score of 4.5', { ...pain, score: 4.5 }],
  ['a score as text', { ...pain, score: '5' }],
  ['no id', { ...pain, id: undefined }],
  ['an empty id', { ...pain, id: '' }],
  ['an id of 101 characters', { ...pain, id: 'x'.repeat(101) }],
  ['a date without a zone', { ...pain, at: '2026-11-20T08:00:00' }],
  ['a date with an offset', { ...pain, at: '2026-11-20T08:00:00+01:00' }],
  ['a date alone', { ...pain, at: '2026-11-20' }],
  ['a date without seconds', { ...pain, at: '2026-11-20T08:00Z' }],
  ['an offset without a colon', { ...pain, at: '2026-11-20T08:00:00+0100' }],
  ['an hour-only offset', { ...pain, at: '2026-11-20T08:00:00+01' }],
  ['a lower-case z', { ...pain, at: '2026-11-20T08:00:00z' }],
  ['month 13', { ...pain, at: '2026-13-20T08:00:00Z' }],
  ['hour 24', { ...pain, at: '2026-11-20T24:00:00Z' }],
  ['30 February', { ...pain, at: '2026-02-30T08:00:00Z' }],
  ['29 February in a common year', { ...pain, at: '2026-02-29T08:00:00Z' }],
  ['29 February in a leap year', { ...pain, at: '2028-02-29T08:00:00Z' }],
  ['29 February 2100 (not a leap year)', { ...pain, at: '2100-02-29T08:00:00Z' }],
  ['29 February 2000 (a leap year)', { ...pain, at: '2000-02-29T08:00:00Z' }],
  ['31 April', { ...pain, at: '2026-04-31T08:00:00Z' }],
  ['31 December', { ...pain, at: '2026-12-31T08:00:00Z' }],
  ['an impossible recordedAt', { ...pain, recordedAt: '2026-06-31T08:00:00Z' }],
  ['an impossible startedAt', { ...timer, startedAt: '2026-09-31T08:00:00Z' }],
  ['a date that is not one', { ...pain, at: 'yesterday' }],
  ['a bad recordedAt', { ...pain, recordedAt: 5 }],
  ['a note of 2001 characters', { ...pain, note: 'x'.repeat(2001) }],
  ['helped with a number', { ...pain, helped: [5] }],
  ['helped that is not a list', { ...pain, helped: 'heat-pack' }],
  ['a check with an unknown level', { ...check, level: 'panic' }],
  ['a check without conditions', { ...check, conditions: undefined }],
  ['a check with complete as text', { ...check, complete: 'yes' }],
  ['a check with its answers', { ...check, answers: { fever: 'no', age: 35, conditions: ['kidney-disease'] } }],
  ['a check with answers that are not an object', { ...check, answers: ['no'] }],
  ['a check with an answer that is an object', { ...check, answers: { fever: { no: true } } }],
  ['a check with an infinite answer', { ...check, answers: { age: Infinity } }],
  ['a timer with negative seconds', { ...timer, seconds: -1 }],
  ['a timer with a bad startedAt', { ...timer, startedAt: 'then' }],
  ['schema version 2', { ...pain, schemaVersion: 2 }],
  ['an episode record in the diary file', start],
  ['null', null],
  ['a list', [pain]],
];

const episodeCases: [string, unknown][] = [
  ['a start', start],
  ['an end', end],
  ['an end without its episode', { ...end, episode: undefined }],
  ['a start on 30 February', { ...start, at: '2026-02-30T08:00:00Z' }],
  ['a pain score in the episodes file', pain],
];

describe('the hand-written guard agrees with the zod schema', () => {
  it.each(diaryCases)('diary: %s', (_name, value) => {
    const zod = DiaryFileRecord.safeParse(value);
    const guard = DiaryGuard.safeParse(value);
    expect(guard.success).toBe(zod.success);
    if (zod.success && guard.success) expect(guard.data).toEqual(zod.data);
  });

  it.each(episodeCases)('episodes: %s', (_name, value) => {
    const zod = EpisodeFileRecord.safeParse(value);
    const guard = EpisodeGuard.safeParse(value);
    expect(guard.success).toBe(zod.success);
    if (zod.success && guard.success) expect(guard.data).toEqual(zod.data);
  });
});
