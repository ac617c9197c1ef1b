// A check line refused for something other than its answers (an unknown flag,
// a bad option value, a missing value), or one that asks for help instead of
// running, still shows an emergency among the answers it gives, before the
// one-line refusal, and still exits as the refusal says.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { salvageLine } from '../../src/cli/salvage-line.js';
import { PROGRAM } from '../../src/cli/registry.js';
import { runInProcess } from '../helpers/test-io.js';

const dir = mkdtempSync(join(tmpdir(), 'backcare-refused-line-'));
const existing = join(dir, 'existing.ics');
writeFileSync(existing, 'BEGIN:VCALENDAR\n');
const answersFile = join(dir, 'answers.yaml');
writeFileSync(answersFile, 'saddle-numbness: yes\n');

const EMERGENCY_LINE = /^EMERGENCY: call 999 now \(United Kingdom; 112 also works\)/;
const SIGN = ['--answer', 'saddle-numbness=yes', '--region', 'GB'];

describe('a refused check line with an emergency answer', () => {
  it.each([
    ['an unknown flag', ['--bogus'], /unknown option '--bogus'/],
    ['a misspelt flag', ['--fial-on', 'urgent'], /unknown option '--fial-on'/],
    ['a bad --fail-on level', ['--fail-on', 'nope'], /--fail-on "nope" is not a level/],
    ['a bad --format', ['--format', 'xml'], /--format "xml" is not a format/],
    ['--remind without --ics', ['--remind', '08:00'], /--remind goes with --ics FILE/],
    ['--ics naming a file that exists', ['--ics', existing], /exists/],
    ['--answers missing its file', ['--answers'], /argument missing/],
  ])('shows the emergency first, then refuses %s with exit 2', async (_case, extra, refusal) => {
    const r = await runInProcess(['check', ...SIGN, '--no-input', ...extra]);
    expect(r.code).toBe(2);
    expect(r.stdout.split('\n')[0]).toMatch(EMERGENCY_LINE);
    const stderr = r.stderr.trimEnd().split('\n');
    expect(stderr[0]).toMatch(EMERGENCY_LINE);
    expect(stderr.at(-1)).toMatch(refusal);
  });

  it('reads an answers file on a refused line too', async () => {
    const r = await runInProcess(['check', '--answers', answersFile, '--region', 'GB', '--bogus']);
    expect(r.code).toBe(2);
    expect(r.stdout.split('\n')[0]).toMatch(EMERGENCY_LINE);
  });

  it('gives the emergency as JSON on stdout when the line asked for JSON', async () => {
    const r = await runInProcess(['check', ...SIGN, '--json', '--fail-on', 'nope']);
    expect(r.code).toBe(2);
    expect((JSON.parse(r.stdout) as { level: string }).level).toBe('emergency');
    expect(r.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/--fail-on "nope"/)]);
  });

  it('shows the emergency after the help when the line asks for help, and exits 0', async () => {
    const r = await runInProcess(['check', ...SIGN, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: backcare check/m);
    expect(r.stdout).toMatch(/^EMERGENCY: call 999 now/m);
  });

  it('names the emergency number of the region the refused line gives', async () => {
    const r = await runInProcess(['check', '--answer', 'saddle-numbness=yes', '--region', 'ZA', '--bogus']);
    expect(r.stderr.split('\n')[0]).toMatch(/^EMERGENCY: call .*South Africa/);
  });

  it.each([
    ['calm answers', ['--answer', 'saddle-numbness=no', '--answer', 'chest-pain=no', '--bogus']],
    ['no answers at all', ['--fail-on', 'nope']],
  ])('gives only the refusal for %s (over-triage guard)', async (_case, extra) => {
    const r = await runInProcess(['check', '--region', 'GB', ...extra]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('salvageLine', () => {
  it('reads the command and every option value that parses, skipping the rest', () => {
    const line = salvageLine(
      ['--region', 'ZA', 'check', '--bogus', 'x', '--answer', 'fever=yes', '--answer=chest-pain=yes', '--answers'],
      PROGRAM,
      {},
    );
    expect(line?.spec.name).toBe('check');
    expect(line?.input.answer).toEqual(['fever=yes', 'chest-pain=yes']);
    expect(line?.input.answers).toEqual([]);
    expect(line?.given).toEqual(['answer']);
    expect(line?.globals.region).toBe('ZA');
  });

  it('names no command for a line without one', () => {
    expect(salvageLine(['--bogus', '--answer', 'fever=yes'], PROGRAM, {})).toBeUndefined();
  });
});
