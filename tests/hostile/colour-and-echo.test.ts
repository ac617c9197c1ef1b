// Escape sequences of any kind (colour ones too) never come from data or
// input: a knowledge base's text, an argument or an environment value is
// shown with visible \u00XX escapes, cut to a sane length, and backcare's own
// colour is the only colour on screen.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyKb } from '../helpers/kb-copy.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

const CONCEAL = '\u001b[8m';
/** Loading a whole copied base is slow on a loaded machine: room for that, still far from a hang. */
const SLOW = { timeoutMs: 60_000 };
const SLOW_TEST = 90_000;
const CONCEAL_SHOWN = '\\u001b[8m';

function concealingKb(): string {
  const kb = copyKb(join(ROOT, 'data'));
  kb.edit('rules.yaml', (t) =>
    t.replace(
      /(- id: chest-pain\n\s+level: emergency\n\s+when: .*\n\s+reason: )>-\n(?:\s{6}.*\n)+/,
      '$1"You have chest pain as well as back pain, which needs checking now.\\e[8m"\n',
    ),
  );
  return kb.dir;
}

describe('a --kb rule reason ending in ESC[8m (conceal)', () => {
  for (const env of [{ FORCE_COLOR: '1' }, {}]) {
    it(
      `is shown escaped, and the closing emergency line stays visible (${env.FORCE_COLOR ? 'colour' : 'no colour'})`,
      () => {
        const r = runCli(
          ['--kb', concealingKb(), 'check', '--no-input', '--answer', 'chest-pain=yes', '--region', 'GB'],
          { env, ...SLOW },
        );
        expect(r.code, r.stderr).toBe(0);
        expect(r.stdout).not.toContain(CONCEAL);
        expect(r.stdout).toContain(CONCEAL_SHOWN);
        expect(r.stdout.trimEnd().split('\n\n').at(-1)).toMatch(/EMERGENCY: call 999 now/);
      },
      SLOW_TEST,
    );
  }

  it(
    'with colour on, backcare still colours its own headings',
    () => {
      const r = runCli(
        ['--kb', concealingKb(), 'check', '--no-input', '--answer', 'chest-pain=yes', '--region', 'GB'],
        { env: { FORCE_COLOR: '1' }, ...SLOW },
      );
      expect(r.stdout).toContain('\u001b[1m');
    },
    SLOW_TEST,
  );
});

describe('echoed arguments and environment values', () => {
  it('BACKCARE_REGION with an escape is shown escaped, and the emergency numbers after it stay visible', () => {
    const r = runCli(['warning-signs'], { env: { BACKCARE_REGION: `${CONCEAL}GB` } });
    expect(r.stderr + r.stdout).not.toContain(CONCEAL);
    expect(r.stderr).toContain(CONCEAL_SHOWN);
    expect(r.stdout).toMatch(/999/);
  });

  it.each([
    [['remedies', `ice${CONCEAL}`]],
    [['learn', `topic${CONCEAL}`]],
    [['--region', `G${CONCEAL}B`, 'warning-signs']],
    [['check', '--answers', `/nonexistent/a${CONCEAL}.yaml`]],
    [['report', '--from', `x${CONCEAL}`]],
    [['log', `4${CONCEAL}`]],
  ])('%j: the value is escaped in the message', (args) => {
    const r = runCli(args);
    expect(r.stderr + r.stdout).not.toContain(CONCEAL);
  });

  it.each([
    [['remedies', 'x'.repeat(100_000)]],
    [['--region', 'Q'.repeat(100_000), 'warning-signs']],
    [['check', '--no-input', '--answer', `fever=${'y'.repeat(100_000)}`]],
    [['learn', 't'.repeat(100_000)]],
    [['ice-heat-timer', '--rest', `${'1'.repeat(100_000)}m`, '--plan']],
  ])('a 100 KB value is cut in the message (%#)', (args) => {
    const r = runCli(args);
    expect(r.stderr.length, r.stderr.slice(0, 300)).toBeLessThan(2_000);
    expect(r.stderr).toMatch(/more characters/);
  });
});
