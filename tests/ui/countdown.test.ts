// The countdown's pure pieces: keys, escape sequences, the screen, event text.
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bigDigits, bigDigitsWidth } from '../../src/ui/countdown/digits.js';
import { eventJson, eventLine, type RunEvent } from '../../src/ui/countdown/events.js';
import { findOnPath, notifier } from '../../src/ui/countdown/notify.js';
import { renderScreen, type ScreenView } from '../../src/ui/countdown/screen.js';
import type { CountdownSession, ShownPhase } from '../../src/ui/countdown/session.js';
import { decodeKeys, notificationSequences, titleSequence } from '../../src/ui/countdown/terminal.js';
import { plainStyle } from '../../src/ui/style.js';

const phase = (kind: string, seconds: number, extra: Partial<ShownPhase> = {}): ShownPhase => ({
  seconds,
  kind,
  title: kind === 'ice' ? 'Ice' : 'Rest',
  detail: kind === 'ice' ? 'session 1 of 1' : 'nothing on the skin',
  tone: kind === 'ice' ? 'cold' : 'calm',
  startText: `Start ${kind}.`,
  instructions: [`Do the ${kind} thing.`],
  json: { protocol: 'ice' },
  ...extra,
});

const session: CountdownSession = {
  command: 'ice-heat-timer',
  title: 'Ice timer',
  phases: [
    phase('ice', 1200, { endText: 'Check your skin.', stopText: 'Take it off and check your skin.' }),
    phase('rest', 1200),
  ],
  intro: [],
  json: { mode: 'ice' },
};

// Local times, so the expected clock strings hold in any time zone.
const T = (h: number, m: number, s = 0) => new Date(2026, 10, 21, h, m, s).getTime();

describe('decodeKeys', () => {
  it.each([
    [' ', ['toggle']],
    ['s', ['skip']],
    ['q', ['quit']],
    ['?', ['help']],
    ['\u0003', ['interrupt']],
    ['\r', ['start']],
    ['x', []],
    ['s q', ['skip', 'toggle', 'quit']],
    ['\u001b[A', []],
    ['\u001bOP', []],
  ])('%j', (chunk, keys) => {
    expect(decodeKeys(chunk)).toEqual(keys);
  });
});

describe('escape sequences', () => {
  it('sets the title without letting text inject control characters', () => {
    expect(titleSequence('Ice\u0007\u001b]0;x until 10:20')).toBe('\u001b]2;Ice  ]0;x until 10:20\u0007');
  });

  it('sends OSC 9 and OSC 777, wrapped for tmux passthrough inside tmux', () => {
    const plain = notificationSequences('Rest', 'Take it off; check', {});
    expect(plain).toBe('\u001b]9;Rest: Take it off; check\u0007\u001b]777;notify;Rest;Take it off, check\u0007');
    const tmux = notificationSequences('Rest', 'now', { TMUX: '/tmp/tmux-0/default,1,0' });
    expect(tmux.startsWith('\u001bPtmux;\u001b\u001b]9;')).toBe(true);
    expect(tmux.endsWith('\u001b\\')).toBe(true);
  });
});

describe('notifier', () => {
  const sink = () => {
    let written = '';
    const write = (s: string): boolean => {
      written += s;
      return true;
    };
    return { stream: { write } as unknown as NodeJS.WritableStream, text: () => written };
  };

  it('rings the bell unless --no-bell, and notifies only with --notify', () => {
    const a = sink();
    notifier({ bell: true, notify: false, tty: a.stream, env: {} }).alert('Rest', 'now');
    expect(a.text()).toBe('\u0007');
    const b = sink();
    notifier({ bell: false, notify: false, tty: b.stream, env: {} }).alert('Rest', 'now');
    expect(b.text()).toBe('');
  });

  it('runs notify-send when it is on PATH, and never without --notify', () => {
    const dir = mkdtempSync(join(tmpdir(), 'backcare-path-'));
    try {
      writeFileSync(join(dir, 'notify-send'), '#!/bin/sh\n');
      chmodSync(join(dir, 'notify-send'), 0o755);
      expect(findOnPath('notify-send', `/nonexistent:${dir}`)).toBe(join(dir, 'notify-send'));
      expect(findOnPath('notify-send', '/nonexistent')).toBeUndefined();
      const calls: string[][] = [];
      const out = sink();
      notifier({ bell: false, notify: true, tty: out.stream, env: { PATH: dir } }, (...args) => calls.push(args)).alert(
        'Rest',
        'Take it off.',
      );
      expect(calls).toEqual([[join(dir, 'notify-send'), 'Rest', 'Take it off.']]);
      expect(out.text()).toContain('\u001b]777;notify;Rest;Take it off.\u0007');
      notifier({ bell: true, notify: false, tty: undefined, env: { PATH: dir } }, (...args) => calls.push(args)).alert(
        'Rest',
        'x',
      );
      expect(calls).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('big digits', () => {
  it('draws five rows, two columns per pixel, in blocks or #', () => {
    expect(bigDigits('1:0', true)).toEqual([
      '  ██        ██████',
      '████    ██  ██  ██',
      '  ██        ██  ██',
      '  ██    ██  ██  ██',
      '██████      ██████',
    ]);
    expect(bigDigits('7', false)[0]).toBe('######');
    expect(bigDigitsWidth('19:42')).toBe(4 * 6 + 2 + 4 * 2);
  });
});

describe('renderScreen', () => {
  const view = (over: Partial<ScreenView> = {}): ScreenView => ({
    session,
    index: 0,
    remainingSeconds: 754,
    paused: false,
    help: false,
    endsAt: '10:20',
    now: '10:07',
    message: undefined,
    ...over,
  });

  it('says what to do while paused once, not in the body and again in the pause message', () => {
    const pauseText = 'Take the ice pack off while paused.';
    const pausing: CountdownSession = { ...session, phases: [phase('ice', 1200, { pauseText }), phase('rest', 1200)] };
    const event: RunEvent = { type: 'paused', at: T(10, 5), index: 0, remainingMs: 900_000 };
    const message = eventLine(pausing, event).replace(/^\S+ {2}/, '');
    expect(message).toContain(pauseText);
    const lines = renderScreen(
      view({ session: pausing, paused: true, message }),
      { columns: 80, rows: 30 },
      plainStyle,
      true,
    );
    expect(lines.join('\n').split('take the ice pack off'.slice(1)).length - 1).toBe(1);
  });

  it('shows the phase, a large time, the progress, what comes next and the keys', () => {
    const lines = renderScreen(view(), { columns: 80, rows: 30 }, plainStyle, true);
    expect(lines[0]).toMatch(/^backcare · Ice timer +10:07$/);
    expect(lines).toContain('Ice · session 1 of 1');
    expect(lines.join('\n')).toContain(bigDigits('12:34', true).join('\n'));
    expect(lines.find((l) => l.startsWith('['))).toMatch(/\] {2}37% {2}ends 10:20$/);
    expect(lines).toContain('• Do the ice thing.');
    expect(lines).toContain('Next: rest 20 min');
    expect(lines.at(-1)).toBe('space pause · s skip · q quit · ? keys');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('says PAUSED instead of the bar, and lists the keys on ?', () => {
    const paused = renderScreen(view({ paused: true, help: true }), { columns: 80, rows: 30 }, plainStyle, true);
    expect(paused).toContain('PAUSED · press space to resume');
    expect(paused.some((l) => l.startsWith('['))).toBe(false);
    expect(paused).toContain('  s      skip to the next phase');
  });

  it('falls back to a one-line time and fits a small terminal', () => {
    const lines = renderScreen(view(), { columns: 40, rows: 12 }, plainStyle, false);
    expect(lines).toContain('12:34 left');
    expect(lines.length).toBeLessThanOrEqual(12);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(40);
  });
});

describe('event lines and JSON', () => {
  it.each<[RunEvent, RegExp]>([
    [
      { type: 'phase_start', at: T(10, 0), index: 0, endsAt: T(10, 20) },
      /^10:00:00 {2}Ice \(session 1 of 1\): 20 min, until 10:20:00\. Start ice\.$/,
    ],
    [{ type: 'phase_end', at: T(10, 20), index: 0, endedAt: T(10, 20) }, /^10:20:00 {2}Ice ended\. Check your skin\.$/],
    [
      { type: 'phase_end', at: T(10, 25), index: 0, endedAt: T(10, 20) },
      /^10:25:00 {2}Ice ended at 10:20:00\. Check your skin\.$/,
    ],
    [{ type: 'paused', at: T(10, 5), index: 0, remainingMs: 900_000 }, /^10:05:00 {2}Paused with 15:00 of ice left\.$/],
    [
      { type: 'skipped', at: T(10, 5), index: 0, remainingMs: 899_500 },
      /^10:05:00 {2}Ice skipped with 15:00 left\. Check your skin\.$/,
    ],
    [
      { type: 'slept', at: T(10, 25), index: 0, since: T(10, 15), sleptMs: 600_000, phaseEndedAt: T(10, 20) },
      /^10:25:00 {2}The computer was asleep for 10 min, since 10:15:00\. Ice ended at 10:20:00, while it was asleep\.$/,
    ],
    [
      { type: 'stopped', at: T(10, 5), reason: 'interrupted', index: 0, remainingMs: 900_000 },
      /^10:05:00 {2}Interrupted with 15:00 of ice left\. Take it off and check your skin\.$/,
    ],
    [{ type: 'done', at: T(10, 40) }, /^10:40:00 {2}Done\.$/],
  ])('%j', (event, line) => {
    expect(eventLine(session, event)).toMatch(line);
  });

  it('gives each JSON event its schema version, time and phase', () => {
    expect(
      eventJson(session, {
        type: 'stopped',
        at: Date.UTC(2026, 10, 21, 10, 5),
        reason: 'quit',
        index: 0,
        remainingMs: 899_001,
      }),
    ).toEqual({
      schemaVersion: 1,
      event: 'stopped',
      at: '2026-11-21T10:05:00.000Z',
      reason: 'quit',
      phase: { index: 0, kind: 'ice', title: 'Ice', detail: 'session 1 of 1', seconds: 1200, protocol: 'ice' },
      remainingSeconds: 900,
      reminder: 'Take it off and check your skin.',
    });
    expect(
      eventJson(session, { type: 'slept', at: 0, index: 1, since: 0, sleptMs: 5000, phaseEndedAt: undefined }),
    ).toMatchObject({ phaseEndedAt: null, sleptSeconds: 5 });
  });
});
