// What the timers need from the diary: when the open episode started, and a
// place to record each session. Both load the diary reader (and its validator)
// only when there is a diary, so a timer started by someone who keeps no diary
// pays nothing.
import { existsSync } from 'node:fs';
import type { Episode } from '../core/diary/types.js';
import { storePaths } from './paths.js';
import { problemLines } from './read.js';
import { appendTimerSession, type TimerSessionInput, type WriteOptions } from './record.js';
import type { TimerSessionRecord } from './schema.js';

export interface ReadOptions {
  env: NodeJS.ProcessEnv;
  /** Receives one line per unreadable diary line (default: ignored). */
  warn?: (line: string) => void;
}

/** The open episode, or undefined. Corrupt lines are passed to `warn` and skipped. */
async function openEpisode(options: ReadOptions): Promise<Episode | undefined> {
  const { env } = options;
  if (!existsSync(storePaths(env).episodes)) return undefined;
  const { loadOpenEpisode } = await import('./load.js');
  const loaded = loadOpenEpisode(env);
  if (options.warn) for (const line of problemLines(loaded.problems)) options.warn(line);
  return loaded.value;
}

/** When the open episode started: the timer's `--since` for `--mode auto`. Undefined when none is open. */
export async function openEpisodeStart(options: ReadOptions): Promise<Date | undefined> {
  return (await openEpisode(options))?.start;
}

export type TimerSessionResult =
  | { recorded: true; record: TimerSessionRecord }
  | { recorded: false; reason: 'no-open-episode' };

/**
 * Records a timer session in the diary, but only while an episode is open:
 * the diary is something a person starts (episode start, log), never
 * something a timer starts behind their back. Throws StoreError (exit 1,
 * one-line message) when the disk cannot be written; callers in the middle
 * of a timer should catch it and print the message as a warning.
 */
export async function recordTimerSession(
  input: TimerSessionInput,
  options: ReadOptions & WriteOptions,
): Promise<TimerSessionResult> {
  if ((await openEpisode(options)) === undefined) return { recorded: false, reason: 'no-open-episode' };
  return { recorded: true, record: appendTimerSession(input, options) };
}
