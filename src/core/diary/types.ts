// The diary as the core sees it: plain values with Dates, already read and
// checked by the store. Nothing here touches a file or the clock.
import type { CareLevel } from '../vocabulary.js';

export interface Episode {
  id: string;
  start: Date;
  /** Undefined while the episode is open. */
  end: Date | undefined;
}

/** One pain score: logged with `backcare log`, or answered during `backcare check`. */
export interface PainPoint {
  id: string;
  at: Date;
  recordedAt: Date | undefined;
  score: number;
  source: 'log' | 'check';
  helped: readonly string[];
  note: string | undefined;
}

export interface CheckEntry {
  id: string;
  at: Date;
  level: CareLevel;
  complete: boolean;
  painScore: number | undefined;
  conditions: readonly string[];
  rules: readonly string[];
  /** The answers the check was given (older records have none). */
  answers?: Readonly<Record<string, string | number | readonly string[]>> | undefined;
}

export interface TimerEntry {
  id: string;
  at: Date;
  protocol: string;
  remedy: string | undefined;
  seconds: number;
  completed: boolean;
}

export interface Diary {
  episodes: Episode[];
  pain: PainPoint[];
  checks: CheckEntry[];
  timers: TimerEntry[];
}

/** The episode records as the store reads them (start and end lines). */
export type EpisodeEvent =
  | { type: 'episode-start'; id: string; at: Date }
  | { type: 'episode-end'; id: string; at: Date; episode: string };
