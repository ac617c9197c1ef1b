// Diary statistics: pain by local calendar day, the trend, and what was
// logged as helping. Pure.
//
// The trend rule (documented in docs/diary.md):
//   Take the days that have at least one pain score, and each day's mean.
//   "Recent" is the mean of the last 3 such days; "earlier" is the mean of the
//   3 such days before them (with fewer than 6 days, the older half against
//   the newer half, the middle day left out when the count is odd). A rise of
//   at least 1 point on the 0-10 scale is "worse", a fall of at least 1 point
//   is "better", anything in between is "the same". Fewer than 2 days with
//   scores: no trend.
// `sinceStart` uses the same rule with "earlier" fixed to the first 3 days.
import { localDate } from '../time/when.js';
import type { PainPoint } from './types.js';

export const TREND_DAYS = 3;
export const TREND_POINTS = 1;

export type TrendDirection = 'better' | 'same' | 'worse';

export interface DayStat {
  /** Local calendar date, YYYY-MM-DD. */
  date: string;
  count: number;
  min: number | null;
  mean: number | null;
  max: number | null;
}

export interface Trend {
  direction: TrendDirection;
  /** Mean of the daily means of the recent days, and of the earlier days. */
  recent: number;
  earlier: number;
  recentDays: string[];
  earlierDays: string[];
}

/** Local midnight of the day `date` falls on. */
export function startOfDay(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate());
}

export function addLocalDays(date: Date, days: number): Date {
  return new Date(
    date.getFullYear(),
    date.getMonth(),
    date.getDate() + days,
    date.getHours(),
    date.getMinutes(),
    date.getSeconds(),
    date.getMilliseconds(),
  );
}

/** One entry per local day from `from`'s day to `to`'s day, both included; days with no scores have count 0. */
export function dailyStats(points: readonly PainPoint[], from: Date, to: Date): DayStat[] {
  const byDay = new Map<string, number[]>();
  for (const p of points) {
    if (p.at < from || p.at > to) continue;
    const key = localDate(p.at);
    const list = byDay.get(key);
    if (list) list.push(p.score);
    else byDay.set(key, [p.score]);
  }
  const days: DayStat[] = [];
  for (let day = startOfDay(from); day <= to; day = addLocalDays(day, 1)) {
    const key = localDate(day);
    const scores = byDay.get(key) ?? [];
    days.push(
      scores.length === 0
        ? { date: key, count: 0, min: null, mean: null, max: null }
        : { date: key, count: scores.length, min: lowest(scores), mean: round1(average(scores)), max: highest(scores) },
    );
  }
  return days;
}

/** The recent trend: the last 3 days with scores against the 3 before them. */
export function trendOf(days: readonly DayStat[]): Trend | undefined {
  const logged = loggedDays(days);
  if (logged.length < 2) return undefined;
  const n = Math.min(TREND_DAYS, Math.floor(logged.length / 2));
  return compare(logged.slice(logged.length - 2 * n, logged.length - n), logged.slice(logged.length - n));
}

/** Since the start: the first 3 days with scores against the last 3. */
export function trendSinceStart(days: readonly DayStat[]): Trend | undefined {
  const logged = loggedDays(days);
  if (logged.length < 2) return undefined;
  const n = Math.min(TREND_DAYS, Math.floor(logged.length / 2));
  return compare(logged.slice(0, n), logged.slice(logged.length - n));
}

function loggedDays(days: readonly DayStat[]): { date: string; mean: number }[] {
  return days.flatMap((d) => (d.mean === null ? [] : [{ date: d.date, mean: d.mean }]));
}

function compare(earlierDays: { date: string; mean: number }[], recentDays: { date: string; mean: number }[]): Trend {
  const earlier = round1(average(earlierDays.map((d) => d.mean)));
  const recent = round1(average(recentDays.map((d) => d.mean)));
  const change = recent - earlier;
  const direction: TrendDirection = change >= TREND_POINTS ? 'worse' : change <= -TREND_POINTS ? 'better' : 'same';
  return {
    direction,
    recent,
    earlier,
    recentDays: recentDays.map((d) => d.date),
    earlierDays: earlierDays.map((d) => d.date),
  };
}

export interface HelpedCount {
  id: string;
  count: number;
}

/** How often each remedy was logged as helping, most often first. */
export function helpedCounts(points: readonly PainPoint[]): HelpedCount[] {
  const counts = new Map<string, number>();
  for (const p of points) for (const id of new Set(p.helped)) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
}

export interface Summary {
  count: number;
  min: number | null;
  mean: number | null;
  max: number | null;
  first: PainPoint | undefined;
  last: PainPoint | undefined;
}

export function summarize(points: readonly PainPoint[]): Summary {
  const scores = points.map((p) => p.score);
  return {
    count: points.length,
    min: scores.length ? lowest(scores) : null,
    mean: scores.length ? round1(average(scores)) : null,
    max: scores.length ? highest(scores) : null,
    first: points[0],
    last: points.at(-1),
  };
}

// A diary can hold any number of scores: spreading them into Math.min's
// arguments overflows the call stack at about 130,000, so walk the list.
export function lowest(xs: readonly number[]): number {
  let min = Number.POSITIVE_INFINITY;
  for (const x of xs) if (x < min) min = x;
  return min;
}

export function highest(xs: readonly number[]): number {
  let max = Number.NEGATIVE_INFINITY;
  for (const x of xs) if (x > max) max = x;
  return max;
}

function average(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

export function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
