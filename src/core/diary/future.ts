// Entries dated after now can only come from a hand-edited file or a clock
// that was wrong: they are left out of every period, so say so rather than
// drop them without a word. Pure.
import type { Diary } from './types.js';

export interface FutureEntries {
  count: number;
  latest: Date | undefined;
}

export function futureEntries(diary: Diary, now: Date): FutureEntries {
  const dates = [
    ...diary.pain.map((p) => p.at),
    ...diary.checks.map((c) => c.at),
    ...diary.timers.map((t) => t.at),
    ...diary.episodes.map((e) => e.start),
  ].filter((at) => at > now);
  const latest = dates.reduce<Date | undefined>((a, b) => (a === undefined || b > a ? b : a), undefined);
  return { count: dates.length, latest };
}
