// The windowed reader: reading diary.jsonl backwards and stopping early must
// find exactly the records a full read finds in the window (backdated ones
// included), report damage with the same line numbers, and not read lines far
// before the window.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiaryGuard } from '../../src/store/validate-record.js';
import { CHUNK_BYTES, readRecords } from '../../src/store/read.js';
import { DIARY_TYPES } from '../../src/store/record-types.js';
import type { DiaryRecord } from '../../src/store/schema.js';

const DAY = 86_400_000;
const NOW = Date.parse('2026-11-30T12:00:00.000Z');
const iso = (ms: number) => new Date(ms).toISOString();

/** 120 days of scores, 40 a day (over 4 chunks), with backdated entries and damage. */
function diaryFile(): { file: string; since: Date } {
  const lines: string[] = [];
  let n = 0;
  for (let ms = NOW - 120 * DAY; ms < NOW; ms += DAY / 40) {
    const id = `p${n++}`;
    lines.push(
      JSON.stringify({
        schemaVersion: 1,
        type: 'pain',
        id,
        at: iso(ms),
        recordedAt: iso(ms),
        score: n % 11,
        note: 'x'.repeat(60),
      }),
    );
  }
  // Written yesterday, backdated 13 days: inside a 14-day window although written late.
  lines.push(
    JSON.stringify({
      schemaVersion: 1,
      type: 'pain',
      id: 'late',
      at: iso(NOW - 13 * DAY),
      recordedAt: iso(NOW - DAY),
      score: 9,
    }),
  );
  // Written 100 days ago, backdated to 110 days ago.
  lines.splice(
    800,
    0,
    JSON.stringify({
      schemaVersion: 1,
      type: 'pain',
      id: 'old-late',
      at: iso(NOW - 110 * DAY),
      recordedAt: iso(NOW - 100 * DAY),
      score: 1,
    }),
  );
  lines.splice(100, 0, 'damage far before the window');
  lines.splice(
    lines.length - 5,
    0,
    'damage inside the window',
    JSON.stringify({ schemaVersion: 1, type: 'pain', id: 'bad', at: iso(NOW - DAY), score: 12 }),
  );
  lines.push('{"schemaVersion":1,"type":"pain","id":"cut');
  const file = join(mkdtempSync(join(tmpdir(), 'backcare-window-')), 'diary.jsonl');
  writeFileSync(file, lines.join('\n'));
  expect(lines.join('\n').length).toBeGreaterThan(3 * CHUNK_BYTES);
  return { file, since: new Date(NOW - 14 * DAY) };
}

const ids = (records: DiaryRecord[]) => records.map((r) => r.id).sort();

describe('reading only the window', () => {
  const { file, since } = diaryFile();
  const full = readRecords<DiaryRecord>(file, DiaryGuard, DIARY_TYPES);
  const windowed = readRecords<DiaryRecord>(file, DiaryGuard, DIARY_TYPES, { since });

  it('finds every record dated in the window, backdated ones too', () => {
    expect(ids(windowed.records)).toEqual(ids(full.records.filter((r) => Date.parse(r.at) >= since.getTime())));
    expect(ids(windowed.records)).toContain('late');
    expect(windowed.records.length).toBeGreaterThan(500);
  });

  it('reports damage in the window with the line numbers a full read gives', () => {
    expect(windowed.problems).toEqual(full.problems.filter((p) => p.line !== 101));
    expect(windowed.problems.map((p) => p.message)).toEqual([
      'not valid JSON',
      expect.stringMatching(/^a pain record with a bad field \(score: /),
      'the last line is cut short (an interrupted write?)',
    ]);
  });

  it('does not read lines far before the window', () => {
    expect(full.problems.some((p) => p.line === 101)).toBe(true);
    expect(windowed.problems.some((p) => p.line === 101)).toBe(false);
  });
});
