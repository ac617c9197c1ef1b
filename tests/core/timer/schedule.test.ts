// The ice/heat schedule from the minimal knowledge base (ice: 15–20 min,
// limit 20, rest 20–40; heat: 15–20 min, limit 30, rest 20; switch at 72 h).
import { describe, expect, it } from 'vitest';
import { buildThermalSchedule, type ScheduleRequest } from '../../../src/core/timer/schedule.js';
import { loadKnowledgeBase } from '../../../src/kb/load.js';
import { MINIMAL_KB } from '../../helpers/kb-copy.js';

const kb = loadKnowledgeBase(MINIMAL_KB);
const build = (request: Partial<ScheduleRequest>) =>
  buildThermalSchedule(kb.thermal, kb.phases.phases, { cycles: 1, ...request });
const M = 60;

function phasesOf(request: Partial<ScheduleRequest>): string[] {
  const result = build(request);
  if (!result.ok) throw new Error(result.message);
  return result.schedule.phases.map((p) => `${p.kind}:${p.seconds / M}`);
}

function notesOf(request: Partial<ScheduleRequest>): string[] {
  const result = build(request);
  if (!result.ok) throw new Error(result.message);
  return result.schedule.notes;
}

describe('buildThermalSchedule', () => {
  it.each<[Partial<ScheduleRequest>, string[]]>([
    [{ mode: 'ice' }, ['ice:20']],
    [{ mode: 'heat' }, ['heat:20']],
    [{ mode: 'ice', cycles: 3 }, ['ice:20', 'rest:100', 'ice:20', 'rest:100', 'ice:20']],
    [{ mode: 'alternate' }, ['ice:20', 'rest:20', 'heat:20']],
    // The rest before the second ice session keeps ice starts 2 hours apart (repeatEvery).
    [{ mode: 'alternate', cycles: 2 }, ['ice:20', 'rest:20', 'heat:20', 'rest:60', 'ice:20', 'rest:20', 'heat:20']],
    [{ mode: 'ice', ice: 15 * M, rest: 30 * M, cycles: 2 }, ['ice:15', 'rest:30', 'ice:15']],
    [{ mode: 'heat', heat: 30 * M }, ['heat:30']],
    [{ mode: 'auto', hoursSinceOnset: 30 }, ['ice:20']],
    [{ mode: 'auto', hoursSinceOnset: 72 }, ['heat:20']],
    [{ mode: 'auto', hoursSinceOnset: 100, ice: 10 * M, heat: 25 * M }, ['heat:25']],
    // Without --mode the other flags say what is meant.
    [{ ice: 10 * M }, ['ice:10']],
    [{ heat: 10 * M }, ['heat:10']],
    [{ ice: 10 * M, heat: 15 * M }, ['ice:10', 'rest:20', 'heat:15']],
    [{ hoursSinceOnset: 5 }, ['ice:20']],
    // One session has no rest, so --rest is not checked.
    [{ mode: 'ice', rest: 60 }, ['ice:20']],
  ])('%j', (request, expected) => {
    expect(phasesOf(request)).toEqual(expected);
  });

  it('numbers cycles and ties each rest to the session before it', () => {
    const result = build({ mode: 'alternate', cycles: 2 });
    expect(result.ok && result.schedule.phases.map((p) => `${p.kind}/${p.protocol}/${p.cycle}`)).toEqual([
      'ice/ice/1',
      'rest/ice/1',
      'heat/heat/1',
      'rest/heat/1',
      'ice/ice/2',
      'rest/ice/2',
      'heat/heat/2',
    ]);
  });

  it.each<[Partial<ScheduleRequest>, string, string]>([
    [
      { mode: 'ice', ice: 30 * M },
      '--ice',
      'ice sessions are limited to 20 min by the knowledge base (15–20 min usual, by convention); got 30 min',
    ],
    [
      { mode: 'heat', heat: 31 * M },
      '--heat',
      'heat sessions are limited to 30 min by the knowledge base (15–20 min usual, by convention); got 31 min',
    ],
    [
      { ice: 21 * M, heat: 10 * M },
      '--ice',
      'ice sessions are limited to 20 min by the knowledge base (15–20 min usual, by convention); got 21 min',
    ],
    [
      { mode: 'ice', cycles: 2, rest: 10 * M },
      '--rest',
      'after ice the skin needs at least 20 min with nothing on it to recover (20–40 min by the knowledge ' +
        'base); got 10 min',
    ],
    [{ mode: 'alternate', rest: 19 * M + 59 }, '--rest', 'after ice the skin needs at least 20 min'],
    [
      { mode: 'auto' },
      '--since',
      '--mode auto chooses ice or heat by the time since the spasm started; add --since, e.g. --since 30h',
    ],
    [{}, '--mode', 'say which timer you want: --mode ice, --mode heat or --mode alternate, or --since WHEN'],
    [
      { mode: 'ice', heat: 10 * M },
      '--heat',
      '--heat sets the length of heat sessions, but --mode ice has none; use --mode heat or --mode alternate',
    ],
    [{ mode: 'heat', ice: 10 * M }, '--ice', '--ice sets the length of ice sessions, but --mode heat has none'],
  ])('refuses %j', (request, flag, message) => {
    const result = build(request);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.flag).toBe(flag);
    expect(result.message).toContain(message);
  });

  it('accepts a session exactly at the limit, and a rest exactly at the minimum', () => {
    expect(phasesOf({ mode: 'ice', ice: 20 * M, rest: 20 * M, cycles: 2 })).toEqual(['ice:20', 'rest:20', 'ice:20']);
  });

  it('explains an automatic choice with the convention behind it', () => {
    expect(notesOf({ mode: 'auto', hoursSinceOnset: 30 })).toEqual([
      'Auto: the spasm started 30 hours ago, less than 72 hours, so this is an ice timer.',
      'A habit, not a finding.',
    ]);
    expect(notesOf({ mode: 'auto', hoursSinceOnset: 120 })[0]).toBe(
      'Auto: the spasm started 5 days ago, 72 hours or more, so this is a heat timer.',
    );
  });

  it('notes sessions shorter or longer than usual, and ice outside its phases', () => {
    expect(notesOf({ mode: 'ice', ice: 20 })).toEqual([
      'A 20 s ice session is shorter than the 15–20 min usually suggested.',
    ]);
    expect(notesOf({ mode: 'heat', heat: 25 * M })).toEqual([
      'A 25 min heat session is longer than the 15–20 min usually suggested; the limit is 30 min.',
    ]);
    expect(notesOf({ mode: 'ice', hoursSinceOnset: 100 })).toEqual([
      'Ice is usually used in the first 72 hours; the spasm started 4.2 days ago (after 72 hours).',
    ]);
    expect(notesOf({ mode: 'heat', hoursSinceOnset: 100 })).toEqual([]);
  });

  it('spaces repeated sessions by default as the knowledge base suggests (2 hours start to start for ice)', () => {
    expect(phasesOf({ mode: 'ice', cycles: 2 })).toEqual(['ice:20', 'rest:100', 'ice:20']);
    expect(phasesOf({ mode: 'ice', ice: 15 * M, cycles: 2 })).toEqual(['ice:15', 'rest:105', 'ice:15']);
    expect(notesOf({ mode: 'ice', cycles: 2 })).toEqual([]);
  });

  it('never plans an alternating spacing that its own notes warn about', () => {
    for (const cycles of [2, 3, 5]) {
      expect(notesOf({ mode: 'alternate', cycles })).toEqual([]);
      expect(notesOf({ mode: 'alternate', cycles, ice: 15 * M, heat: 15 * M })).toEqual([]);
    }
  });

  it('notes when a chosen rest brings repeated ice sooner than the knowledge base suggests', () => {
    expect(notesOf({ mode: 'ice', cycles: 2, rest: 20 * M })).toEqual([
      'The knowledge base suggests an ice session every 2–3 hours; this plan starts one every 40 min. ' +
        'Lengthen --rest to space them out.',
    ]);
    expect(notesOf({ mode: 'ice', cycles: 2, rest: 100 * M })).toEqual([]);
  });
});
