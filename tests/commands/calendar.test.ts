// The follow-up dates as a calendar file from episode status and from check,
// written like a report: whole, never over a file without --force.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calmAnswersFileOf } from '../helpers/calm-answers.js';
import { listedQuestions, runInProcess } from '../helpers/test-io.js';

const calmFile = calmAnswersFileOf(await listedQuestions());

const folder = () => mkdtempSync(join(tmpdir(), 'backcare-ics-'));
const dates = (ics: string): string[] => ics.match(/DTSTART;VALUE=DATE:\d{8}/g) ?? [];

describe('backcare episode status --ics', () => {
  it('writes the dates of the schedule status shows, with a daily reminder on request', async () => {
    const dir = folder();
    const env = { BACKCARE_HOME: dir };
    expect((await runInProcess(['episode', 'start', '--at', '30h'], { env })).code).toBe(0);
    const file = join(dir, 'back.ics');
    const r = await runInProcess(['episode', 'status', '--ics', file, '--remind', '20:00'], { env });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/wrote .*back\.ics \(\d+ follow-up dates, and a daily reminder at 20:00 for 42 days\)/);
    const ics = readFileSync(file, 'utf8');
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toMatch(/RRULE:FREQ=DAILY;COUNT=42/);
    expect(dates(ics).length).toBe((r.stdout.match(/^ {2}• /gm) ?? []).length);
  });

  it('refuses to replace a file without --force, and a bad --remind, before writing anything', async () => {
    const dir = folder();
    const env = { BACKCARE_HOME: dir };
    await runInProcess(['episode', 'start'], { env });
    const file = join(dir, 'kept.ics');
    writeFileSync(file, 'mine');
    const r = await runInProcess(['episode', 'status', '--ics', file], { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/already exists; add --force/);
    expect(readFileSync(file, 'utf8')).toBe('mine');
    expect((await runInProcess(['episode', 'status', '--ics', file, '--force'], { env })).code).toBe(0);
    const bad = await runInProcess(['episode', 'status', '--ics', join(dir, 'new.ics'), '--remind', '25:00'], { env });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--remind "25:00" is not a time of day/);
    expect(existsSync(join(dir, 'new.ics'))).toBe(false);
    expect((await runInProcess(['episode', 'status', '--remind', '20:00'], { env })).code).toBe(2);
  });
});

describe('backcare check --ics', () => {
  it('writes the same dates as the result lists, and checks the file before the first question', async () => {
    const dir = folder();
    const file = join(dir, 'check.ics');
    const r = await runInProcess(['check', '--answers', calmFile, '--ics', file], {
      env: { BACKCARE_HOME: dir, COLUMNS: '80' },
    });
    expect(r.code, r.stderr).toBe(0);
    const listed = /See a doctor if, from the day shown\n((?: {2}• .*\n| {4}.*\n)+)/.exec(r.stdout)?.[1] ?? '';
    expect(dates(readFileSync(file, 'utf8')).length).toBe((listed.match(/^ {2}• /gm) ?? []).length);
    writeFileSync(file, 'mine');
    const again = await runInProcess(['check', '--ics', file], { env: { BACKCARE_HOME: dir } });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists/);
  });
});
