// The store's public face for other commands, in particular the timers (whose
// branch calls these after merging). Reading loads a small validator; code
// that must start fast should import from ./record.js directly.
//
//   import { openEpisodeStart, recordTimerSession } from '../store/index.js';
//
//   // ice-heat-timer --mode auto: fall back to the open episode when --since is not given
//   const since = pastTimeFlag('--since', options.since, now) ?? openEpisodeStart({ warn: (l) => ctx.term.stderr.write(`backcare: ${l}\n`) });
//
//   // after each completed (or stopped) ice/heat session or stretch routine
//   try {
//     recordTimerSession({ protocol: 'ice', remedy: 'ice-pack', seconds: 1200, completed: true, endedAt: new Date() });
//   } catch (error) {
//     // StoreError: a full or read-only disk. The session itself went fine; warn and go on.
//   }
import type { Episode } from '../core/diary/types.js';
import { loadOpenEpisode } from './load.js';
import { problemLines } from './read.js';
import { appendTimerSession, type TimerSessionInput, type WriteOptions } from './record.js';
import type { TimerSessionRecord } from './schema.js';

export interface ReadOptions {
  env?: NodeJS.ProcessEnv;
  /** Receives one line per unreadable diary line (default: ignored). */
  warn?: (line: string) => void;
}

/** The open episode, or undefined. Corrupt lines are passed to `warn` and skipped. */
export function openEpisode(options: ReadOptions = {}): Episode | undefined {
  const loaded = loadOpenEpisode(options.env ?? process.env);
  if (options.warn) for (const line of problemLines(loaded.problems)) options.warn(line);
  return loaded.value;
}

/** When the open episode started: the timer's `--since` for `--mode auto`. Undefined when none is open. */
export function openEpisodeStart(options: ReadOptions = {}): Date | undefined {
  return openEpisode(options)?.start;
}

export type TimerSessionResult = { recorded: true; record: TimerSessionRecord } | { recorded: false; reason: 'no-open-episode' };

/**
 * Records a timer session in the diary, but only while an episode is open:
 * the diary is something a person starts (episode start, log), never
 * something a timer starts behind their back. Throws StoreError (exit 1,
 * one-line message) when the disk cannot be written; callers in the middle
 * of a timer should catch it and print the message as a warning.
 */
export function recordTimerSession(input: TimerSessionInput, options: ReadOptions & WriteOptions = {}): TimerSessionResult {
  if (openEpisode(options) === undefined) return { recorded: false, reason: 'no-open-episode' };
  return { recorded: true, record: appendTimerSession(input, options) };
}

export type { TimerSessionInput } from './record.js';
