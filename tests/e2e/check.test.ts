// backcare check and backcare plan through the built binary: what only a process
// shows. The exit codes and which stream gets what, an emergency on both streams, a
// closed and a silent stdin, answers piped in. What check says for each answer is
// tested in this process, in tests/commands/check.test.ts and the check-*.test.ts there.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calmAnswers, questionsOf } from '../helpers/calm-answers.js';
import { BIN, cleanEnv, NODE, ROOT, runCli } from '../helpers/run-cli.js';

const CALM = calmAnswers(questionsOf(runCli(['check', '--questions', '--json']).stdout));

describe('backcare check, scripted', () => {
  it('shows an emergency first, on stdout and stderr, even with other answers missing', () => {
    const r = runCli(['check', '--answer', 'chest-pain=yes', '--region', 'NZ']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^EMERGENCY: call 111 now \(New Zealand\)/);
    expect(r.stderr).toMatch(/^EMERGENCY: call 111 now/);
    expect(r.stdout).not.toContain('YOUR HOME-CARE PLAN');
  });

  it('gives its result as JSON on stdout, and exit 3 with --fail-on at or below the level', () => {
    const r = runCli(['check', '--answers', '-', '--json', '--fail-on', 'self_care'], { input: JSON.stringify(CALM) });
    expect(r.code).toBe(3);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toMatchObject({ level: 'self_care' });
  });

  // In this process, check --answers - would read the test runner's own stdin: it reads process.stdin, not the io's.
  it('adds --answer to the answers read from stdin', () => {
    const r = runCli(['check', '--answers', '-', '--answer', 'fever=yes', '--json'], {
      input: JSON.stringify({ ...CALM, fever: undefined }),
    });
    const out = JSON.parse(r.stdout) as { level: string; reasons: { rule: string }[] };
    expect(out.level).toBe('urgent');
    expect(out.reasons.map((x) => x.rule)).toContain('fever');
  });
});

describe('backcare check, bad input', () => {
  it('exits 2 naming every missing answer when it cannot ask (stdin closed)', () => {
    const r = runCli(['check', '--answer', 'age=40']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^backcare: missing \d+ answers \(saddle-numbness, /);
    expect(r.stderr).toContain('--answer ID=VALUE or --answers FILE');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('says stdin gave nothing when --answers - meets a closed or empty stdin', () => {
    const r = runCli(['check', '--answers', '-']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^backcare: --answers -: nothing came on stdin \(closed or empty\); pipe the answers in/);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('does not wait on an open but silent stdin', async () => {
    const child = spawn(NODE, [BIN, 'check'], { cwd: ROOT, env: cleanEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => {
        child.kill();
        resolve(null);
      }, 5000);
      child.on('exit', (c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });
    expect(code).toBe(2);
    expect(stderr).toMatch(/missing \d+ answers/);
  });
});

describe('backcare plan', () => {
  it('before any check exits 1 with one line on stderr and nothing on stdout', () => {
    const r = runCli(['plan'], { env: { BACKCARE_HOME: mkdtempSync(join(tmpdir(), 'backcare-plan-')) } });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^backcare: .*backcare check/);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
