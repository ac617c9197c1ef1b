// check's offer to start an episode, in a real terminal: Ctrl-C leaves with
// 130 and writes nothing; "yes" starts the episode from the onset answered
// and saves the check.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runInPty, type PtySession } from '../helpers/pty.js';
import { runOnScreen, show } from '../helpers/screen.js';
import { calmAnswers } from '../helpers/calm-answers.js';
import { runCli } from '../helpers/run-cli.js';

let session: PtySession | undefined;
afterEach(() => session?.kill());

const questions = (
  JSON.parse(runCli(['check', '--questions', '--json']).stdout) as {
    questions: { id: string; type: string; allowed: string; askedOnlyIf: unknown }[];
  }
).questions;
/** Every question answered by flag (calm answers, onset 2 days ago), so the check ends without a question. */
const CALM: Record<string, string | number> = { ...calmAnswers(questions), onset: '2d', age: 40, 'pain-now': 5 };
const ANSWERS = questions
  .filter((q) => q.id in CALM)
  .flatMap((q) => {
    const value = q.type === 'choice' ? q.allowed.replace(/^one of /, '').split(', ')[0] : CALM[q.id];
    return ['--answer', `${q.id}=${value}`];
  });

describe('check offers to start an episode', () => {
  it('leaves with 130 on Ctrl-C at the offer, and writes nothing', async () => {
    const home = mkdtempSync(join(tmpdir(), 'backcare-pty-'));
    session = runInPty(['check', ...ANSWERS, '--region', 'GB'], { BACKCARE_HOME: home, NO_COLOR: '1' });
    await session.waitFor('Start a pain diary for this episode');
    expect(session.output()).toContain('HOME CARE');
    session.write('\u0003');
    const { exitCode } = await session.exit;
    expect(exitCode).toBe(130);
    expect(existsSync(join(home, 'episodes.jsonl'))).toBe(false);
    expect(existsSync(join(home, 'diary.jsonl'))).toBe(false);
  });

  it('shows the result again when Ctrl-C stops the offer on a small screen, so the level stays in view', async () => {
    const home = mkdtempSync(join(tmpdir(), 'backcare-pty-'));
    const screenSession = runOnScreen(
      ['check', ...ANSWERS, '--region', 'GB'],
      { cols: 60, rows: 12 },
      {
        BACKCARE_HOME: home,
        NO_COLOR: '1',
      },
    );
    session = screenSession;
    await screenSession.waitFor('Start a pain diary for this episode');
    screenSession.write('\u0003');
    const { exitCode } = await screenSession.exit;
    expect(exitCode).toBe(130);
    const screen = await screenSession.screen();
    expect(screen.join('\n'), show(screen)).toContain('HOME CARE');
    expect(screen.join('\n')).toContain('stopped; nothing was saved');
  });

  it('starts the episode from the onset answered and saves the check when the answer is yes', async () => {
    const home = mkdtempSync(join(tmpdir(), 'backcare-pty-'));
    session = runInPty(['check', ...ANSWERS, '--region', 'GB'], { BACKCARE_HOME: home, NO_COLOR: '1' });
    await session.waitFor('Start a pain diary for this episode');
    session.write('y\r');
    const { exitCode } = await session.exit;
    expect(exitCode).toBe(0);
    const episode = JSON.parse(readFileSync(join(home, 'episodes.jsonl'), 'utf8')) as { type: string; at: string };
    expect(episode.type).toBe('episode-start');
    expect(Math.abs(Date.now() - Date.parse(episode.at) - 2 * 86_400_000)).toBeLessThan(60_000);
    expect(JSON.parse(readFileSync(join(home, 'diary.jsonl'), 'utf8'))).toMatchObject({
      type: 'check',
      level: 'self_care',
      painScore: 5,
    });
  });
});
