// The check's result fits the moment: at 80 columns the self-care and
// doctor_soon results are at most 80 lines, with every caution that applies
// to an item shown; the full plan is one flag (--full) or one command
// (backcare plan) away, and the result says so.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calmAnswers } from '../helpers/calm-answers.js';
import { listedQuestions, runInProcess } from '../helpers/test-io.js';

const MAX_LINES = 80;
const calm = calmAnswers(await listedQuestions());
const answerFlags = (answers: Record<string, string | number>): string[] =>
  Object.entries(answers).flatMap(([id, v]) => ['--answer', `${id}=${v}`]);
const check = (answers: Record<string, string | number>, extra: string[] = [], env: Record<string, string> = {}) =>
  runInProcess(['check', ...answerFlags(answers), ...extra], { env: { COLUMNS: '80', ...env } });
const lines = (text: string): string[] => text.replace(/\n$/, '').split('\n');

describe('the default check result at 80 columns', () => {
  it.each([
    ['self_care, no region', {}, [], 'HOME CARE'],
    ['self_care, region GB', {}, ['--region', 'GB'], 'HOME CARE'],
    ['doctor_soon (pain getting worse), no region', { trend: 'worse' }, [], 'SEE A DOCTOR SOON'],
  ])('%s is at most 80 lines, none wider than 80 columns', async (_name, change, extra, title) => {
    const r = await check({ ...calm, ...change }, extra);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith(title)).toBe(true);
    const out = lines(r.stdout);
    expect(out.length).toBeLessThanOrEqual(MAX_LINES);
    for (const line of out) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('has today’s plan with key numbers, the dates to check again, the emergency signs and where the full plan is', async () => {
    const out = (await check(calm)).stdout;
    expect(out).toMatch(/Ice pack \(cold\) · 15–20 min/);
    expect(out).toMatch(/Anti-inflammatory painkiller tablets/);
    // The painkiller carries its cautions.
    expect(out).toMatch(/more than 10 days/);
    expect(out).toMatch(/black, sticky poo/);
    expect(out).toMatch(/Keep moving/);
    expect(out.match(/- Stretch: /g)).toHaveLength(2);
    expect(out).toMatch(/See a doctor if, from the day shown\n {2}• \w{3} \d{1,2} \w{3}: /);
    expect(out).toMatch(/New numbness around your genitals, bottom or inner thighs/);
    expect(out).toMatch(/The full plan, with how to do each item, every caution and the sources: add\s+--full/);
    // What the short result leaves to the full plan.
    expect(out).not.toMatch(/Bed rest|Cat-cow|backcare remedies <id>/);
  });

  it('shows every caution tied to the person’s conditions, also for a medicine not meant for them', async () => {
    const out = (await check({ ...calm, conditions: 'kidney-disease', medicines: 'anticoagulant' })).stdout;
    expect(out).toMatch(
      new RegExp(
        String.raw`NSAIDs\), such as ibuprofen or naproxen \(not for\s+you: avoid\)|NSAIDs\), such as ibuprofen ` +
          String.raw`or naproxen\s+\(not for you: avoid\)`,
      ),
    );
    expect(out).toMatch(/Ask first \(you said: kidney disease\)/);
    expect(out).toMatch(/Avoid \(you said: blood-thinning medicines\)/);
    // Paracetamol is not suggested, but its caution with warfarin concerns this person.
    expect(out).toMatch(/Paracetamol[\s\S]*you said: blood-thinning medicines\): If you take warfarin/);
  });

  it('lists every emergency sign of the knowledge base, each in its short form of at most 15 words', async () => {
    const json = JSON.parse((await check(calm, ['--json'])).stdout) as {
      carePlan: { safetyNet: { emergencySigns: { id: string; sign: string; short: string }[] } };
    };
    const signs = json.carePlan.safetyNet.emergencySigns;
    expect(signs.length).toBeGreaterThan(10);
    const out = (await check(calm, ['--region', 'GB'])).stdout.replace(/\s+/g, ' ');
    expect(out).toMatch(/Call 999 or 112 at once if any of these appear/);
    for (const s of signs) {
      expect(s.short, `${s.id} has no short form in warning-signs.yaml`).not.toBe(s.sign);
      expect(s.short.split(/\s+/).length, s.id).toBeLessThanOrEqual(15);
      expect(out).toContain(s.short);
    }
  });

  it('--full prints the whole plan with how-to pointers, every stretch and the sources', async () => {
    const r = await check(calm, ['--full']);
    expect(r.code).toBe(0);
    expect(lines(r.stdout).length).toBeGreaterThan(MAX_LINES);
    expect(r.stdout).toMatch(/backcare remedies <id> shows how to do each one/);
    expect(r.stdout).toMatch(/Cat-cow/);
    expect(r.stdout).not.toMatch(/add --full/);
  });

  it('urgent and emergency results stay short', async () => {
    const emergency = await check({ ...calm, 'saddle-numbness': 'yes' });
    expect(emergency.stdout).toMatch(/^EMERGENCY/);
    expect(lines(emergency.stdout).length).toBeLessThanOrEqual(25);
    expect(emergency.stdout).not.toMatch(/TODAY'S PLAN/);
    const urgent = await check({ ...calm, age: 70 });
    expect(urgent.stdout).toMatch(/^GET MEDICAL HELP TODAY/);
    // Aged 70, the cautions for older people are added; still far shorter than the full plan.
    expect(lines(urgent.stdout).length).toBeLessThan(
      lines((await check({ ...calm, age: 70 }, ['--full'])).stdout).length / 2,
    );
  });
});

describe('Next hints work as typed', () => {
  it('after npx (npm exec) the commands start with npx backcare', async () => {
    const out = (await check(calm, [], { npm_command: 'exec' })).stdout;
    expect(out).toMatch(/Next: npx backcare ice-heat-timer · npx backcare stretch · npx backcare log 4/);
  });

  it('an installed command gets bare backcare', async () => {
    expect((await check(calm)).stdout).toMatch(/Next: backcare ice-heat-timer · backcare stretch · backcare log 4/);
  });

  it('when the check saved the score in the diary, log is not suggested again, and backcare plan shows the full plan', async () => {
    const home = mkdtempSync(join(tmpdir(), 'backcare-plan-'));
    const env = { BACKCARE_HOME: home };
    expect((await runInProcess(['plan'], { env })).code).toBe(1);
    expect((await runInProcess(['episode', 'start', '--at', '30h'], { env })).code).toBe(0);
    const out = (await check(calm, [], env)).stdout;
    expect(out).toMatch(/Next: backcare ice-heat-timer · backcare stretch · backcare episode status/);
    expect(out).not.toMatch(/log 4/);
    expect(out).toMatch(/every caution and the sources:\s+backcare\s+plan/);
    const plan = await runInProcess(['plan'], { env: { ...env, COLUMNS: '80' } });
    expect(plan.code).toBe(0);
    expect(plan.stdout).toMatch(/^Your full plan from the answers of your check on /);
    expect(plan.stdout).toMatch(/backcare remedies <id> shows how to do each one/);
  });
});
