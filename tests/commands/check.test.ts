// backcare check, run in this process (tests/helpers/test-io.ts): scripted answers, JSON, the
// --fail-on levels, emergencies and every kind of bad input, with no terminal. What only the
// binary shows (its streams, a closed or silent stdin) stays in tests/e2e/check.test.ts.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calmAnswers } from '../helpers/calm-answers.js';
import { shortFormLimit } from '../helpers/short-form-limits.js';
import { listedQuestions, runInProcess } from '../helpers/test-io.js';

const run = runInProcess;
const questions = await listedQuestions();
const CALM = calmAnswers(questions);

const dir = mkdtempSync(join(tmpdir(), 'backcare-check-'));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
const calmJson = file('calm.json', JSON.stringify(CALM));
/** The calm answers with the questions the flags answer left out of the file, then the flags. */
function calmWith(...flags: string[]): string[] {
  const ids = new Set(flags.map((f) => f.slice(0, f.indexOf('='))));
  const rest = Object.fromEntries(Object.entries(CALM).filter(([id]) => !ids.has(id)));
  return [
    '--answers',
    file(`calm-${[...ids].join('-')}.json`, JSON.stringify(rest)),
    ...flags.flatMap((f) => ['--answer', f]),
  ];
}
const calmYaml = file(
  'calm.yaml',
  Object.entries(CALM)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n'),
);

describe('backcare check, scripted', () => {
  it('lists its questions with ids and allowed answers', async () => {
    const r = await run(['check', '--questions']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('saddle-numbness');
    expect(r.stdout).toContain('answer: yes, no or unsure');
    expect(questions.length).toBeGreaterThan(30);
  });

  it('lists each question in its short form and in full, as text and as JSON', async () => {
    const text = (await run(['check', '--questions'])).stdout.replace(/\s+/g, ' ');
    expect(text).toContain('New numbness or tingling around your genitals, bottom or inner thighs?');
    expect(text).toContain('in full: Is there new numbness, tingling or less feeling than usual around your genitals');
    const listed = JSON.parse((await run(['check', '--questions', '--json'])).stdout) as {
      questions: { id: string; short: string; text: string; help: string | null }[];
    };
    const saddle = listed.questions.find((q) => q.id === 'saddle-numbness');
    expect(saddle?.short).toBe('New numbness or tingling around your genitals, bottom or inner thighs?');
    expect(saddle?.text).toMatch(/^Is there new numbness/);
    expect(saddle?.help).toMatch(/saddle/);
    expect(
      listed.questions.every((q) => q.short.length > 0 && q.short.split(/\s+/).length <= shortFormLimit(q.id)),
    ).toBe(true);
  });

  it('refuses a future onset given with --answer, saying a future time is not allowed (exit 2)', async () => {
    const r = await run(['check', '--answers', calmJson, '--answer', 'onset=tomorrow', '--region', 'GB']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/"tomorrow" is in the future: a future time is not allowed/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('gives a self-care result with a plan from a YAML answers file (the full plan with --full)', async () => {
    const r = await run(['check', '--answers', calmYaml, '--region', 'GB', '--full']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^HOME CARE: /);
    for (const heading of [
      'YOUR HOME-CARE PLAN (day 2',
      'Ice or heat',
      'Medicines',
      'When to check again',
      'Call for help at once',
    ]) {
      expect(r.stdout).toContain(heading);
    }
    expect(r.stdout).toContain('call 999 now');
    expect(r.stdout).toContain('not a diagnosis');
  });

  it('gives the same result as JSON, with the documented shape', async () => {
    const r = await run(['check', '--answers', calmJson, '--json', '--region', 'US']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, unknown> & {
      carePlan: Record<string, unknown>;
      emergencyNumber: { call: string };
    };
    expect(out).toMatchObject({
      schemaVersion: 1,
      complete: true,
      level: 'self_care',
      reasons: [],
      emergencyNumber: { call: '911' },
    });
    expect(Object.keys(out).slice(0, 5)).toEqual(['schemaVersion', 'level', 'title', 'action', 'emergencyNumber']);
    expect(Object.keys(out.carePlan)).toEqual([
      'thermal',
      'medicines',
      'movement',
      'stretches',
      'comfort',
      'professional',
      'avoid',
      'notForYou',
      'safetyNet',
    ]);
    expect(out.disclaimer).toMatch(/not a diagnosis/);
  });

  it('takes regular medicines by flag and shows their cautions on the medicine card, by id', async () => {
    const r = await run(['check', ...calmWith('medicines=ssri,lithium'), '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      conditions: string[];
      carePlan: { medicines: { id: string; status: string; cautions: { id: string | null }[] }[] };
    };
    expect(out.conditions).toEqual(expect.arrayContaining(['ssri-or-snri', 'lithium']));
    const nsaid = out.carePlan.medicines.find((m) => m.id === 'nsaid-tablets');
    expect(nsaid?.status).toBe('ask-first');
    expect(nsaid?.cautions.map((c) => c.id)).toEqual(
      expect.arrayContaining(['nsaid-ssri-snri', 'nsaid-lithium', 'nsaid-ten-day-limit']),
    );
  });

  it("tells people how to get their own country's number when the region is unknown", async () => {
    const r = await run(['check', '--answer', 'chest-pain=yes']);
    expect(r.stdout.split('\n')[0]).toMatch(
      /^EMERGENCY: call your local emergency number now \(999 in the UK, 911 in the US/,
    );
    expect(r.stdout).toContain('111 in New Zealand');
    expect(r.stdout).toContain('add --region with its two-letter code');
    expect((await run(['check', '--answer', 'chest-pain=yes', '--region', 'GB'])).stdout).not.toContain('add --region');
  });

  it('never hides an emergency, not even with --quiet', async () => {
    const r = await run(['check', ...calmWith('bladder-control-loss=yes'), '--quiet', '--region', 'GB']);
    expect(r.stdout.split('\n')[0]).toMatch(/^EMERGENCY: call 999 now/);
    expect(r.stdout).toContain('bladder');
  });

  it('--quiet leaves out the plan but keeps the reasons', async () => {
    const r = await run(['check', ...calmWith('trend=worse'), '--quiet']);
    expect(r.stdout).toMatch(/^SEE A DOCTOR SOON/i);
    expect(r.stdout).toContain('Why');
    expect(r.stdout).not.toContain('YOUR HOME-CARE PLAN');
    expect(r.stdout).not.toMatch(/\bplan\b/i);
  });

  it('starts with a short summary: the level and its action, the emergency number, and the next steps as commands', async () => {
    const r = await run(['check', '--answers', calmJson, '--region', 'GB']);
    const summary = r.stdout.split('\n\n')[0] ?? '';
    expect(summary).toMatch(/^HOME CARE: Look after yourself at home/);
    expect(summary).toMatch(/If a warning sign appears, call 999 now \(United Kingdom; 112 also works\)/);
    expect(summary).toMatch(/\nNext: backcare ice-heat-timer · backcare stretch · backcare log 4$/);
    expect(summary.split('\n').length).toBeLessThanOrEqual(6);
  });

  it('prints the emergency number as the first line and the last', async () => {
    const lines = (await run(['check', '--answer', 'chest-pain=yes', '--region', 'GB'])).stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^EMERGENCY: call 999 now/);
    expect(lines.slice(-2).join(' ')).toMatch(
      /EMERGENCY: call 999 now \(United Kingdom; 112 also works\), or go to the nearest emergency department\.$/,
    );
  });

  it('lists only the follow-ups that match the answers: no sciatica follow-up without leg symptoms', async () => {
    type Json = { carePlan: { safetyNet: { followUps: { id: string }[] } } };
    const ids = async (extra: string[]): Promise<string[]> => {
      const out = JSON.parse((await run(['check', ...calmWith(...extra), '--json'])).stdout) as Json;
      return out.carePlan.safetyNet.followUps.map((f) => f.id);
    };
    const calm = await ids([]);
    expect(calm).not.toContain('sciatica-not-improving');
    expect(calm).not.toContain('one-leg-numbness-over-a-week');
    expect(await ids(['spreads-below-knee=yes'])).toContain('sciatica-not-improving');
    expect(await ids(['spreads-below-knee=unsure'])).toContain('sciatica-not-improving');
  });

  it('takes the start of the pain in everyday words', async () => {
    type Json = { episode: { hoursSinceOnset: number } };
    const hours = async (onset: string): Promise<number> =>
      (JSON.parse((await run(['check', ...calmWith(`onset=${onset}`), '--json'])).stdout) as Json).episode
        .hoursSinceOnset;
    expect(await hours('2 days ago')).toBeCloseTo(48, 0);
    expect(await hours('yesterday')).toBeGreaterThan(12);
    const threeDaysAgo = new Date(Date.now() - 3 * 86_400_000).toLocaleDateString('en-GB', { weekday: 'long' });
    const weekday = await hours(threeDaysAgo);
    expect(weekday).toBeGreaterThan(48);
    expect(weekday).toBeLessThan(96);
  });

  it('names the questions answered "not sure" in their own words, never by id', async () => {
    const r = await run(['check', ...calmWith('fever=unsure')]);
    expect(r.stdout).toContain('You were not sure about:');
    expect(r.stdout).not.toMatch(/not sure about: [a-z-]+\./);
    expect(r.stdout).toMatch(/- (Do you have|Have you had|Do you feel).*(fever|temperature)/i);
  });

  it.each([
    ['emergency', 'self_care', 0],
    ['urgent', 'self_care', 0],
    ['self_care', 'self_care', 3],
    ['doctor_soon', 'trend=worse', 3],
    ['urgent', 'trend=worse', 0],
  ])('--fail-on %s with %s exits %i', async (level, answer, code) => {
    const args = ['check', ...(answer.includes('=') ? calmWith(answer) : ['--answers', calmJson]), '--fail-on', level];
    expect((await run(args)).code).toBe(code);
  });
});

describe('backcare check, evidence labels', () => {
  it('says beside each item when its evidence is weak or untested, in the short and the full plan', async () => {
    for (const extra of [[], ['--full']]) {
      const r = await run(['check', '--answers', calmJson, ...extra]);
      const plan = r.stdout.replace(/\s+/g, ' ');
      expect(plan).toMatch(/Ice pack \(cold\) · [^(]*\(weak evidence\)/);
      expect(plan).toMatch(/Knee-to-chest stretch · [^(]*\(untested\)/);
      expect(plan).not.toMatch(/Heat pack[^(]*\([^)]*(weak evidence|untested)/);
    }
    const json = JSON.parse((await run(['check', '--answers', calmJson, '--json'])).stdout);
    expect(json.carePlan.stretches[0].evidence).toBe('convention');
  });
});

describe('backcare check --full, cautions', () => {
  const answers = calmWith(
    'age=80',
    'has-conditions=yes',
    'conditions=kidney-disease',
    'takes-medicines=yes',
    'medicines=anticoagulant,ssri',
  );

  it('gives an avoided medicine every caution that applies, not only the reason to avoid it', async () => {
    const r = await run(['check', ...answers, '--full']);
    const nsaid = r.stdout.split('[nsaid-tablets]')[1]?.split('\n  - ')[0]?.replace(/\s+/g, ' ') ?? '';
    expect(nsaid).toMatch(/^ Avoid \(you said: blood-thinning medicines\)/);
    expect(nsaid).toContain('Ask first (you said: kidney disease)');
    expect(nsaid).toContain('Ask first (you said: ssri or snri antidepressants)');
    expect(nsaid).toContain('(you said: aged 65 or over, or frail)');
    expect(nsaid).not.toContain('aged 65 or over, aged 65 or over');
  });
});

describe('backcare check, nothing hides an emergency', () => {
  it('falls back to the common numbers for an unknown region, from the flag or the environment, with one warning line', async () => {
    for (const [args, env] of [
      [['--region', 'nonsense'], {}],
      [[], { BACKCARE_REGION: 'XX' }],
    ] as const) {
      const r = await run(['check', ...args, '--answer', 'saddle-numbness=yes'], { env });
      expect(r.code).toBe(0);
      expect(r.stdout.split('\n')[0]).toMatch(/^EMERGENCY: call your local emergency number now \(999 in the UK/);
      expect(r.stderr.split('\n')[0]).toMatch(
        /^backcare: unknown region "(nonsense|XX)", so showing the common emergency numbers/,
      );
    }
  });

  it.each([
    ['ZA', 'call 112 now (South Africa; 10177 also works)', 'Call 112 or 10177 at once'],
    ['US', 'call 911 now (United States)', 'Call 911 at once'],
  ])(
    'names every number that reaches help in %s, in the emergency and in the safety net',
    async (region, call, net) => {
      const emergency = await run(['check', '--answer', 'saddle-numbness=yes', '--region', region]);
      const first = emergency.stdout.split('\n\n')[0]?.replace(/\s+/g, ' ');
      expect(first).toMatch(new RegExp(`^EMERGENCY: ${escapeRegExp(call)}, or go to the nearest emergency department`));
      const calm = await run(['check', '--answers', calmJson, '--region', region]);
      expect(calm.stdout).toContain(net);
      expect(calm.stdout.replace(/\s+/g, ' ')).toContain(`If a warning sign appears, ${call}`);
    },
  );

  it('keeps the answers of a file and gives a self-care result for an unknown region', async () => {
    const r = await run(['check', '--answers', calmJson, '--region', 'XX']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^HOME CARE/);
  });

  it('prints an emergency among the answers before the error about a later bad answer, then exits 2', async () => {
    const answers = file('emergency-then-bad.yaml', 'saddle-numbness: yes\nage: old\n');
    for (const args of [
      ['--answers', answers],
      ['--answer', 'saddle-numbness=yes', '--answer', 'age=old'],
      ['--answer', 'chest-pain=yes', '--answer', 'nonsense'],
    ]) {
      const r = await run(['check', ...args, '--region', 'GB']);
      expect(r.code).toBe(2);
      expect(r.stdout.split('\n')[0]).toMatch(/^EMERGENCY: call 999 now/);
      expect(r.stderr).toMatch(/^EMERGENCY: call 999 now/);
      expect(r.stderr.trimEnd().split('\n').at(-1)).toMatch(/^backcare: .*(age|nonsense)/);
    }
  });

  it('still exits 2 with only the error when the good answers are no emergency', async () => {
    const r = await run(['check', '--answer', 'fever=no', '--answer', 'age=old']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^backcare: --answer age=old: age: /);
  });
});

describe('backcare check, bad input', () => {
  it.each([
    [['--answer', 'agee=40'], /^backcare: --answer agee=40: unknown question id "agee"; did you mean "age"\?/],
    [
      ['--answer', 'age=200'],
      /^backcare: --answer age=200: age: expected a whole number from 0 to 120 \(years\), got "200"/,
    ],
    [['--answer', 'pain-now=-1'], /pain-now: expected a whole number from 0 to 10, got "-1"/],
    [['--answer', 'pain-now=5.5'], /pain-now: expected a whole number from 0 to 10, got "5.5"/],
    [['--answer', 'fever=maybe'], /fever: expected yes, no or unsure, got "maybe"/],
    [['--answer', 'trend=meh'], /trend: expected one of better, same, worse, got "meh"/],
    [['--answer', 'conditions=kidneys'], /conditions: "kidneys" is not one of: none, kidney-disease/],
    [['--answer', 'onset=next week'], /onset: "next week" /],
    [['--answer', 'fever'], /^backcare: --answer "fever" is not ID=VALUE; for example --answer fever=no/],
    [
      ['--fail-on', 'bad'],
      /^backcare: --fail-on "bad" is not a level; use one of: emergency, urgent, doctor_soon, self_care/,
    ],
    [['--answers', '/nonexistent/answers.yaml'], /^backcare: --answers \/nonexistent\/answers\.yaml: no such file/],
  ])('rejects %j with exit 2 and one line', async (args, message) => {
    const r = await run(['check', ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it.each([
    ['a YAML syntax error', 'fever: [no\n', /answers\.txt:\d+:\d+: YAML syntax/],
    ['a list instead of a mapping', '- fever\n- no\n', /expected a mapping of question ids to answers/],
    ['an empty file', '', /answers\.txt: the file is empty; write one "id: value" line per question/],
    ['only blank lines', '\n  \n', /answers\.txt: the file is empty/],
    [
      'an alias bomb',
      `a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [${'*a,'.repeat(30)}*a]\nc: &c [${'*b,'.repeat(30)}*b]\nfever: *c\n`,
      /refused to expand the YAML aliases/,
    ],
  ])('rejects an answers file with %s', async (_name, text, message) => {
    const r = await run(['check', '--answers', file('answers.txt', text)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });
});

describe('backcare check, someone struggling to cope', () => {
  it("shows the region's listening line in the result, and cites it in JSON", async () => {
    const text = await run(['check', ...calmWith('worried-or-struggling=yes'), '--region', 'GB']);
    expect(text.code).toBe(0);
    expect(text.stdout.replace(/\s+/g, ' ')).toContain(
      'talk to someone now, free and in confidence: Samaritans (free, day or night): 116 123.',
    );
    const json = JSON.parse(
      (await run(['check', ...calmWith('worried-or-struggling=yes'), '--json', '--region', 'US'])).stdout,
    ) as {
      listening: { lines: { number: string }[] };
      sources: { id: string }[];
    };
    expect(json.listening.lines.map((l) => l.number)).toEqual(['988']);
    expect(json.sources.map((s) => s.id)).toContain('lifeline-988');
    expect((await run(['check', '--answers', calmJson, '--region', 'GB'])).stdout).not.toContain('116 123');
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
