// The diary files: where they live, how they are written (0700/0600, one
// line per write, nothing half-written) and how bad lines are read (reported
// with file and line, skipped, the file left byte for byte as it was).
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openEpisodeStart, recordTimerSession } from '../../src/store/index.js';
import { loadDiary, loadEpisodes } from '../../src/store/load.js';
import { dataDir, storePaths } from '../../src/store/paths.js';
import { problemLines } from '../../src/store/read.js';
import { appendEpisodeEnd, appendEpisodeStart, appendPain } from '../../src/store/record.js';
import { STORE_SCHEMA_VERSION } from '../../src/store/schema.js';

const home = () => mkdtempSync(join(tmpdir(), 'backcare-store-'));
const NOW = new Date(2026, 10, 22, 12, 0);
const isRoot = process.getuid?.() === 0;

describe('where the diary lives', () => {
  it('uses BACKCARE_HOME, else an absolute XDG_DATA_HOME, else ~/.local/share', () => {
    expect(dataDir({ BACKCARE_HOME: '/tmp/a', XDG_DATA_HOME: '/tmp/x' })).toBe('/tmp/a');
    expect(dataDir({ XDG_DATA_HOME: '/tmp/x' })).toBe('/tmp/x/backcare');
    expect(dataDir({ XDG_DATA_HOME: 'relative/x' })).toBe(join(homedir(), '.local', 'share', 'backcare'));
    expect(dataDir({})).toBe(join(homedir(), '.local', 'share', 'backcare'));
  });
});

describe('writing', () => {
  it('creates the folder 0700 and the files 0600 on first write, one JSON line per record', () => {
    const dir = join(home(), 'nested', 'backcare');
    const env = { BACKCARE_HOME: dir };
    appendPain({ score: 4, at: NOW, note: 'after a walk', helped: ['gentle-walking'] }, { env, now: NOW });
    appendPain({ score: 3, at: NOW }, { env, now: NOW });
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, 'diary.jsonl')).mode & 0o777).toBe(0o600);
    const lines = readFileSync(join(dir, 'diary.jsonl'), 'utf8').split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    const first = JSON.parse(lines[0] ?? '') as Record<string, unknown>;
    expect(first).toMatchObject({
      schemaVersion: STORE_SCHEMA_VERSION,
      type: 'pain',
      score: 4,
      note: 'after a walk',
      helped: ['gentle-walking'],
      at: NOW.toISOString(),
    });
    expect(typeof first.id).toBe('string');
    expect(Object.keys(first).slice(0, 4)).toEqual(['schemaVersion', 'type', 'id', 'at']);
  });

  // Root writes anywhere; the next test covers the error path with a path that is a file.
  it.skipIf(isRoot)('fails with a one-line StoreError and writes nothing when the folder is not writable', () => {
    const dir = home();
    chmodSync(dir, 0o500);
    expect(() => appendPain({ score: 4, at: NOW }, { env: { BACKCARE_HOME: dir } })).toThrow(
      /permission denied.*nothing was saved/,
    );
  });

  it('fails with a StoreError when the diary path is taken by a file', () => {
    const dir = home();
    writeFileSync(join(dir, 'file'), 'x');
    let error: unknown;
    try {
      appendPain({ score: 4, at: NOW }, { env: { BACKCARE_HOME: join(dir, 'file', 'backcare') } });
    } catch (e) {
      error = e;
    }
    expect((error as Error).name).toBe('StoreError');
    expect((error as Error).message).toMatch(/nothing was saved/);
    expect((error as Error).message).not.toContain('\n');
  });
});

describe('reading', () => {
  it('reports a truncated last line with its line number, skips it, and leaves the file unchanged', () => {
    const dir = home();
    const env = { BACKCARE_HOME: dir };
    appendPain({ score: 6, at: NOW }, { env });
    appendPain({ score: 5, at: NOW }, { env });
    const file = storePaths(env).diary;
    writeFileSync(file, `${readFileSync(file, 'utf8')}{"schemaVersion":1,"type":"pain","id":"x","at":"2026-11`, {
      flag: 'w',
    });
    const before = readFileSync(file);
    const { value, problems } = loadDiary(env);
    expect(value.pain.map((p) => p.score)).toEqual([6, 5]);
    expect(problems).toEqual([{ file, line: 3, message: expect.stringMatching(/cut short/) as unknown as string }]);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('reports garbage, foreign and invalid lines by number, keeps every good record, and changes nothing', () => {
    const dir = home();
    const env = { BACKCARE_HOME: dir };
    appendPain({ score: 2, at: NOW }, { env });
    const file = storePaths(env).diary;
    const good = readFileSync(file, 'utf8');
    const text =
      good +
      'not json at all\n' +
      '\n' +
      '[1,2,3]\n' +
      '{"schemaVersion":1,"type":"mood","id":"m","at":"2026-11-20T08:00:00.000Z"}\n' +
      '{"schemaVersion":1,"type":"pain","id":"p","at":"2026-11-20T08:00:00.000Z","score":11}\n' +
      '{"schemaVersion":9,"type":"pain","id":"q","at":"2026-11-20T08:00:00.000Z","score":3}\n' +
      '\u0000\u0001binary\n' +
      good;
    writeFileSync(file, text);
    const before = readFileSync(file);
    const { value, problems } = loadDiary(env);
    expect(value.pain).toHaveLength(2);
    expect(problems.map((p) => p.line)).toEqual([2, 4, 5, 6, 7, 8]);
    expect(problems.map((p) => p.message)).toEqual([
      'not valid JSON',
      'not a backcare record (expected a JSON object)',
      'unknown record type "mood"',
      expect.stringContaining('score'),
      expect.stringContaining('newer backcare'),
      'not valid JSON',
    ]);
    expect(problemLines(problems, 2)).toEqual([
      `warning: ${file}:2: not valid JSON; skipped (the line is left as it is)`,
      `warning: ${file}:4: not a backcare record (expected a JSON object); skipped (the line is left as it is)`,
      'warning: 4 more lines skipped',
    ]);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('reads episodes from their own file and finds the open one', async () => {
    const dir = home();
    const env = { BACKCARE_HOME: dir };
    expect(await openEpisodeStart({ env })).toBeUndefined();
    const first = appendEpisodeStart(new Date(2026, 9, 1), { env });
    appendEpisodeEnd(first.id, new Date(2026, 9, 10), { env });
    expect(await openEpisodeStart({ env })).toBeUndefined();
    appendEpisodeStart(new Date(2026, 10, 20, 8), { env });
    expect(await openEpisodeStart({ env })).toEqual(new Date(2026, 10, 20, 8));
    expect(loadEpisodes(env).value).toHaveLength(2);
  });

  it('a missing diary is an empty one, and one that cannot be read is a StoreError', () => {
    expect(loadDiary({ BACKCARE_HOME: join(home(), 'none') }).value.pain).toEqual([]);
    const dir = home();
    mkdirSync(join(dir, 'diary.jsonl'));
    expect(() => loadDiary({ BACKCARE_HOME: dir })).toThrow(/cannot read/);
  });
});

describe('the API for the timer', () => {
  it('records a session only while an episode is open', async () => {
    const env = { BACKCARE_HOME: home() };
    const session = { protocol: 'heat', remedy: 'heat-pack', seconds: 1200, completed: true, endedAt: NOW };
    expect(await recordTimerSession(session, { env })).toEqual({ recorded: false, reason: 'no-open-episode' });
    appendEpisodeStart(new Date(2026, 10, 20), { env });
    const result = await recordTimerSession(session, { env });
    expect(result.recorded).toBe(true);
    expect(loadDiary(env).value.timers).toMatchObject([
      { protocol: 'heat', remedy: 'heat-pack', seconds: 1200, completed: true },
    ]);
  });
});
