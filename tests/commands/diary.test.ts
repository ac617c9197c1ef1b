// The diary commands (log, episode, history, report, and check writing to the diary), run in this
// process with a test io in a temporary BACKCARE_HOME and a fixed clock: a week of entries logged
// with --at, history, every report format, bad input and a damaged diary. What only a process
// shows (exit codes of the binary, a full disk, 50 writers at once) stays in tests/e2e/diary.test.ts.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { calmAnswers, type QuestionJson } from '../helpers/calm-answers.js';
import { fhirErrors } from '../helpers/fhir-schema.js';
import type { CliResult } from '../helpers/run-cli.js';
import { listedQuestions, runInProcess } from '../helpers/test-io.js';

/** A Friday at noon, local time: far enough from midnight that "yesterday 9pm" and "last night" are one day. */
const NOW = new Date('2026-11-20T12:00:00');

const newHome = () => mkdtempSync(join(tmpdir(), 'backcare-diary-'));
const inHome =
  (home: string) =>
  (args: string[], env: Record<string, string | undefined> = {}): Promise<CliResult> =>
    runInProcess(args, { env: { BACKCARE_HOME: home, ...env }, now: NOW });
const json = async <T>(result: Promise<CliResult>): Promise<T> => JSON.parse((await result).stdout) as T;

/** yyyy-mm-dd hh:mm, `daysAgo` days before NOW, local time. */
function when(daysAgo: number, hour: number): string {
  const d = new Date(NOW);
  d.setDate(d.getDate() - daysAgo);
  const p = (x: number) => String(x).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(hour)}:00`;
}

describe('a week with the diary', () => {
  const home = newHome();
  const run = inHome(home);
  const week = [
    [7, 8],
    [6, 7],
    [5, 7],
    [4, 6],
    [3, 5],
    [2, 4],
    [1, 3],
  ] as const;

  beforeAll(async () => {
    expect((await run(['episode', 'start', '--at', '8d'])).code).toBe(0);
    for (const [ago, score] of week) {
      expect((await run(['log', String(score), '--at', when(ago, 9)])).code).toBe(0);
      const r = await run([
        'log',
        String(Math.max(0, score - 1)),
        '--at',
        when(ago, 20),
        '--helped',
        'heat-pack',
        '--note',
        `evening, day ${8 - ago}`,
      ]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    }
    // The first command reads and validates the knowledge base: on a loaded machine, longer than the hook default.
  }, 60_000);

  it('keeps the diary private and readable: 0700 folder, 0600 files, one JSON object a line', () => {
    expect(statSync(home).mode & 0o777).toBe(0o700);
    for (const f of ['episodes.jsonl', 'diary.jsonl']) expect(statSync(join(home, f)).mode & 0o777).toBe(0o600);
    const lines = readFileSync(join(home, 'diary.jsonl'), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(14);
    for (const line of lines) expect(JSON.parse(line)).toMatchObject({ schemaVersion: 1, type: 'pain' });
  });

  it('says what it logged', async () => {
    const r = await run(['log', '2', '--helped', 'gentle-walking', '--note', 'a good day']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Logged pain 2/10 at 2026-11-20 12:00; helped: Short, gentle walks.\n');
  });

  it('shows the episode day, the phase and the follow-up dates', async () => {
    const r = await run(['episode', 'status']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Day 9 of your episode/);
    expect(r.stdout).toContain('Phase: Day 4 to week 3');
    expect(r.stdout).toContain('See a doctor if, from the day shown');
    const status = await json<{ day: number; nextFollowUp: { id: string }; pain: { entries: number } }>(
      run(['episode', 'status', '--json']),
    );
    expect(status.day).toBe(9);
    expect(status.nextFollowUp.id).toBe('not-improving');
    expect(status.pain.entries).toBe(15);
  });

  it('draws history as rows on a wide terminal and as a sparkline on a narrow one', async () => {
    const wide = await run(['history'], { COLUMNS: '100' });
    expect(wide.code).toBe(0);
    expect(wide.stdout).toContain('Pain over the last 14 days');
    expect(wide.stdout).toMatch(/━*●━*.*mean 7\.5 \(2×\)/);
    expect(wide.stdout).toContain('Trend: better');
    expect(wide.stdout).toMatch(/What helped, as logged: Heat pack.*\(7 times\)/);
    const narrow = await run(['history'], { COLUMNS: '44' });
    expect(narrow.stdout).toMatch(/[▁▂▃▄▅▆▇█]{3}/);
    expect(narrow.stdout).not.toContain('●');
  });

  it('gives history as JSON with daily stats and the trend', async () => {
    const history = await json<{
      days: { count: number; min: number | null }[];
      trend: { direction: string };
      entries: number;
    }>(run(['history', '--days', '8', '--json']));
    expect(history.days).toHaveLength(8);
    expect(history.entries).toBe(15);
    expect(history.trend.direction).toBe('better');
    expect(history.days.filter((d) => d.count > 0).length).toBe(8);
  });

  it('writes each report format, to stdout or to a file', async () => {
    const md = await run(['report']);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('# Back pain diary: summary for a clinician');
    expect(md.stdout).toContain('Recent trend: better');

    const htmlFile = join(home, 'report.html');
    const html = await run(['report', '--format', 'html', '--output', htmlFile]);
    expect(html.code).toBe(0);
    expect(html.stderr).toMatch(/wrote .*report\.html/);
    expect(readFileSync(htmlFile, 'utf8')).toContain('<svg');

    const csv = await run(['report', '--format', 'csv', '--from', when(3, 0).slice(0, 10)]);
    expect(csv.stdout.split('\r\n')[0]).toMatch(/^date,time,utc_offset,type,pain_score/);
    expect(csv.stdout.trim().split('\r\n').length - 1).toBe(7); // 3 days × 2 and today's entry

    const fhir = await json<{ entry: { resource: { resourceType: string } }[] }>(run(['report', '--format', 'fhir']));
    expect(fhirErrors('Bundle', fhir)).toEqual([]);
    expect(fhir.entry.filter((e) => e.resource.resourceType === 'Observation')).toHaveLength(15);
    expect(fhir.entry.find((e) => e.resource.resourceType === 'Device')).toBeDefined();
  });

  it('refuses to overwrite a report without --force, and writes it whole with it', async () => {
    const file = join(home, 'exists.md');
    writeFileSync(file, 'keep me');
    const r = await run(['report', '--output', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/already exists; add --force/);
    expect(readFileSync(file, 'utf8')).toBe('keep me');
    expect((await run(['report', '--output', file, '--force'])).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^# Back pain diary/);
    expect(readdirSync(home).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('ends the episode, and then status says so', async () => {
    expect((await run(['episode', 'end'])).stdout).toMatch(/^Episode ended .*after 9 days/);
    expect((await run(['episode', 'status'])).stdout).toMatch(/^No episode is open/);
    expect((await run(['episode', 'end'])).code).toBe(2);
  });
});

/** Every calm answer by --answer, but for the questions `leaveOut` names and those about when. */
function calmFlags(questions: QuestionJson[], extra: Record<string, string | number>, leaveOut: string[] = []) {
  const calm: Record<string, string | number> = { ...calmAnswers(questions), age: 40, ...extra };
  return questions
    .filter((q) => q.id in calm && q.type !== 'when' && !leaveOut.includes(q.id))
    .flatMap((q) => ['--answer', `${q.id}=${calm[q.id]}`]);
}

describe('one timeline for check and episode status', () => {
  it('gives the same follow-up date in check (text and JSON) as in episode status', async () => {
    const run = inHome(newHome());
    expect((await run(['episode', 'start', '--at', '3d'])).code).toBe(0);
    const answers = calmFlags(await listedQuestions(), {}, ['trigger', 'pain-location', 'trend', 'pain-now']);
    const choices = ['trigger=lifting', 'pain-location=low-back', 'trend=same', 'pain-now=4'].flatMap((a) => [
      '--answer',
      a,
    ]);
    const check = await json<{ carePlan: { safetyNet: { followUps: { id: string; due: string }[] } } }>(
      run(['check', ...answers, ...choices, '--json']),
    );
    const status = await json<{ nextFollowUp: { id: string; due: string } }>(run(['episode', 'status', '--json']));
    const inCheck = check.carePlan.safetyNet.followUps.find((f) => f.id === status.nextFollowUp.id);
    // Status gives whole seconds with the local offset; check gives milliseconds in UTC.
    expect(Math.floor(new Date(inCheck?.due ?? '').getTime() / 1000)).toBe(
      new Date(status.nextFollowUp.due).getTime() / 1000,
    );
    const day = new Date(status.nextFollowUp.due)
      .toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short' })
      .replace(',', '');
    expect((await run(['check', ...answers, ...choices])).stdout.replace(/\s+/g, ' ')).toContain(
      `${day}: your back pain is not getting better`,
    );
    expect((await run(['episode', 'status'])).stdout).toContain(day);
  });
});

describe('everyday words for what helped', () => {
  it('takes aliases and the score before or after --helped', async () => {
    const run = inHome(newHome());
    const first = await run(['log', '5', '--helped', 'ice,walking', '--json']);
    expect(first.code, first.stderr).toBe(0);
    expect((JSON.parse(first.stdout) as { logged: { helped: string[] } }).logged.helped).toEqual([
      'ice-pack',
      'gentle-walking',
    ]);
    const second = await run(['log', '--helped', 'ice', '5', '--json']);
    expect(second.code, second.stderr).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({ logged: { score: 5, helped: ['ice-pack'] } });
    const third = await run(['log', '3', '--helped', 'ibuprofen', 'heat', 'stretch', '--json']);
    expect(JSON.parse(third.stdout)).toMatchObject({
      logged: { helped: expect.arrayContaining(['nsaid-tablets', 'heat-pack', 'knee-to-chest']) },
    });
  });

  it('suggests the everyday word for a near miss', async () => {
    const r = await inHome(newHome())(['log', '4', '--helped', 'iec']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'backcare: --helped: unknown remedy "iec"; did you mean "ice" (ice-pack)? backcare remedies lists them\n',
    );
  });
});

describe('times in everyday words', () => {
  it('takes --at "last night" and "yesterday 9pm" for a score, and "2 days ago" for an episode', async () => {
    const run = inHome(newHome());
    expect((await run(['episode', 'start', '--at', '2 days ago'])).code).toBe(0);
    for (const at of ['last night', 'yesterday 9pm']) {
      const r = await run(['log', '5', '--at', at, '--json']);
      expect(r.code, r.stderr).toBe(0);
    }
    const csv = (await run(['report', '--format', 'csv'])).stdout;
    expect(csv.match(/,pain,5,/g)).toHaveLength(2);
    expect(csv).toMatch(/^2026-11-19,21:00:00,.*,pain,5,/m);
  });
});

describe('bad input', () => {
  const home = newHome();
  const run = inHome(home);
  const cases: [string[], RegExp][] = [
    [['log', '11'], /whole number from 0 \(no pain\) to 10/],
    [['log', '-1'], /whole number from 0/],
    [['log', 'seven'], /whole number from 0/],
    [['log', '4.5'], /round it to a whole number/],
    [['log', '4', '--at', 'yesterday-ish'], /--at "yesterday-ish" is neither a time nor a duration; write it like/],
    [['log', '4', '--at', '2099-01-01'], /is in the future/],
    [['log', '4', '--helped', 'heatpack'], /unknown remedy "heatpack"; did you mean "heat-pack"\?/],
    [['episode', 'start', '--at', '2026-02-30'], /no such date/],
    [
      ['episode', 'stat'],
      /^backcare: unknown episode command "stat"; did you mean "status"\? use one of: start, status, end\n$/,
    ],
    [['history', '--days', '0'], /--days "0" is not a whole number from 1/],
    [['report', '--format', 'pdfs'], /--format "pdfs" is not one of md, html, csv, fhir, pdf; did you mean "pdf"\?/],
    [['report', '--format', 'htm'], /^$/],
    [['report', '--from', '2026-13-01'], /.+/],
    [['report', '--from', '2d', '--to', '3d'], /is after --to/],
  ];
  for (const [args, message] of cases) {
    it(`backcare ${args.join(' ')}`, async () => {
      const r = await run(args);
      if (message.source === '^$') {
        expect(r.code).toBe(0);
        return;
      }
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    });
  }

  it('wrote nothing for any of them', () => {
    expect(existsSync(join(home, 'diary.jsonl'))).toBe(false);
  });

  it('refuses a second open episode', async () => {
    expect((await run(['episode', 'start'])).code).toBe(0);
    const r = await run(['episode', 'start']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/already open.*backcare episode end/);
  });
});

describe('episode output on a narrow terminal', () => {
  it('wraps episode start, status and end between words at 40 columns', async () => {
    const run = inHome(newHome());
    const narrow = { COLUMNS: '40' };
    const outputs = [
      await run(['episode', 'start', '--at', '2d'], narrow),
      await run(['log', '5'], narrow),
      await run(['episode', 'status'], narrow),
      await run(['episode', 'end'], narrow),
      await run(['episode', 'status'], narrow),
    ];
    for (const r of outputs) {
      expect(r.code, r.stderr).toBe(0);
      for (const line of r.stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(40);
    }
  });
});

describe('a damaged diary', () => {
  it('reports each bad line on stderr with file and line, still shows the rest, and changes nothing', async () => {
    const home = newHome();
    const run = inHome(home);
    await run(['log', '6', '--at', '2h']);
    const file = join(home, 'diary.jsonl');
    writeFileSync(
      file,
      `${readFileSync(file, 'utf8')}garbage here\n${readFileSync(file, 'utf8')}{"schemaVersion":1,"type":"pain","sc`,
    );
    const before = readFileSync(file);
    const r = await run(['history', '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`${file}:2: not valid JSON; skipped`);
    expect(r.stderr).toContain(`${file}:4: the last line is cut short`);
    expect((JSON.parse(r.stdout) as { entries: number }).entries).toBe(2);
    expect(readFileSync(file).equals(before)).toBe(true);
    // A record appended after a cut-short line starts on a line of its own, so it is not lost.
    expect((await run(['log', '3'])).code).toBe(0);
    const after = await run(['history', '--json']);
    expect((JSON.parse(after.stdout) as { entries: number }).entries).toBe(3);
    expect(after.stderr).toContain(`${file}:4: not valid JSON`);
  });
});

describe('check and the diary', () => {
  it('uses the open episode for when it started, and records the level and pain score', async () => {
    const home = newHome();
    mkdirSync(home, { recursive: true });
    const run = inHome(home);
    await run(['episode', 'start', '--at', '30h']);
    const r = await run(['check', ...calmFlags(await listedQuestions(), { 'pain-now': 6 }), '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      episode: { day: number };
      diary: { onsetFromEpisode: boolean; recorded: boolean };
    };
    expect(out.diary).toMatchObject({ onsetFromEpisode: true, recorded: true });
    expect(out.episode.day).toBe(2);
    const saved = readFileSync(join(home, 'diary.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(saved).toMatchObject([{ type: 'check', level: 'self_care', painScore: 6, complete: true }]);
    expect(await json(run(['history', '--json']))).toMatchObject({ entries: 1 });
  });

  it('without an episode and without a terminal it neither asks nor writes', async () => {
    const home = newHome();
    const r = await inHome(home)(['check', '--answer', 'saddle-numbness=yes', '--region', 'GB']);
    expect(r.code).toBe(0);
    expect(readdirSync(home)).toEqual([]);
  });
});
