// A hand-edited diary with a date that does not exist (30 February) is not
// read as another day (2 March): the record is refused and counted in the
// warning, like any other damaged line.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/hostile.js';
import { runCli } from '../helpers/run-cli.js';
import { DiaryGuard } from '../../src/store/validate-record.js';
import { problemLines, readRecords } from '../../src/store/read.js';
import { DIARY_TYPES } from '../../src/store/record-types.js';

const line = (id: string, at: string) =>
  JSON.stringify({ schemaVersion: 1, type: 'pain', id, at, recordedAt: at, score: 6 });

describe('an impossible date in the diary', () => {
  const home = tempDir();
  const file = join(home, 'diary.jsonl');
  writeFileSync(
    file,
    [
      line('fine', '2026-02-28T09:00:00.000Z'),
      line('feb-30', '2026-02-30T09:00:00.000Z'),
      line('apr-31', '2026-04-31T09:00:00.000Z'),
    ].join('\n') + '\n',
  );

  it('is refused, with its line, and counted in the warning', () => {
    const read = readRecords(file, DiaryGuard, DIARY_TYPES);
    expect(read.records.map((r) => r.id)).toEqual(['fine']);
    expect(read.problems.map((p) => p.line)).toEqual([2, 3]);
    expect(read.problems[0]?.message).toMatch(/at: .*date/);
    expect(problemLines(read.problems, 1)).toEqual([
      expect.stringContaining(':2: a pain record with a bad field'),
      'warning: 1 more line skipped',
    ]);
  });

  it('never turns up in a report as 2 March', () => {
    const r = runCli(['report', '--format', 'csv', '--from', '2026-02-01', '--to', '2026-05-01'], {
      env: { BACKCARE_HOME: home },
    });
    expect(r.stdout).not.toMatch(/2026-03-02/);
    expect(r.stdout).not.toMatch(/2026-05-01T09/);
    expect(r.stderr).toMatch(/diary\.jsonl:2: a pain record with a bad field/);
  });
});
