// One enormous line in the diary (a pasted file, a broken editor save) is
// skipped and reported like any other damage, and costs a read of its bytes,
// not a copy of everything before it for every chunk read backwards (which
// took 7.8 s for 32 MB and grew with the square of the length).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/hostile.js';
import { DiaryGuard } from '../../src/store/validate-record.js';
import { MAX_LINE_BYTES, problemLines, readRecords } from '../../src/store/read.js';
import { DIARY_TYPES } from '../../src/store/record-types.js';

const NOW = Date.parse('2026-11-30T12:00:00.000Z');
const record = (id: string, hoursAgo: number) => {
  const at = new Date(NOW - hoursAgo * 3_600_000).toISOString();
  return JSON.stringify({ schemaVersion: 1, type: 'pain', id, at, recordedAt: at, score: 4 });
};

function diaryWithLongLine(bytes: number, newlineAtEnd = true): string {
  const file = join(tempDir(), 'diary.jsonl');
  const long = `{"schemaVersion":1,"type":"pain","note":"${'x'.repeat(bytes)}"}`;
  writeFileSync(file, [record('before', 5), long, record('after', 1)].join('\n') + (newlineAtEnd ? '\n' : ''));
  return file;
}

describe('a 32 MB line', () => {
  const file = diaryWithLongLine(32 * 1024 * 1024);

  it.each([
    ['read backwards for a window', { since: new Date(NOW - 24 * 3_600_000) }],
    ['read forwards in full', undefined],
  ])('is skipped and reported, quickly, when %s', (_how, window) => {
    const started = performance.now();
    const read = readRecords(file, DiaryGuard, DIARY_TYPES, window);
    const ms = performance.now() - started;
    expect(read.records.map((r) => r.id)).toEqual(['before', 'after']);
    expect(read.problems).toEqual([
      { file, line: 2, message: `a line of over ${MAX_LINE_BYTES} bytes, far longer than any record` },
    ]);
    expect(problemLines(read.problems)).toHaveLength(1);
    // Linear work is a few hundred milliseconds even on a loaded machine; the old copy-per-chunk took seconds.
    expect(ms).toBeLessThan(2500);
  });
});

describe('the last line, enormous and without a newline', () => {
  it('is reported as too long, and the records before it are read', () => {
    const file = join(tempDir(), 'diary.jsonl');
    writeFileSync(file, `${record('before', 5)}\n{"note":"${'y'.repeat(3 * MAX_LINE_BYTES)}`);
    const read = readRecords(file, DiaryGuard, DIARY_TYPES, { since: new Date(NOW - 24 * 3_600_000) });
    expect(read.records.map((r) => r.id)).toEqual(['before']);
    expect(read.problems.map((p) => [p.line, p.message])).toEqual([
      [2, `a line of over ${MAX_LINE_BYTES} bytes, far longer than any record`],
    ]);
  });
});
