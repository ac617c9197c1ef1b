// Daily statistics, the trend rule and the diary's warnings, with an injected clock.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dailyStats, helpedCounts, trendOf, trendSinceStart } from '../../../src/core/diary/stats.js';
import type { Episode, PainPoint } from '../../../src/core/diary/types.js';
import { diaryWarnings } from '../../../src/core/diary/warnings.js';
import { toSeconds } from '../../../src/core/vocabulary.js';
import { loadKnowledgeBase } from '../../../src/kb/load.js';
import { ROOT } from '../../helpers/run-cli.js';

const kb = loadKnowledgeBase(join(ROOT, 'data'));
const START = new Date(2026, 10, 1, 9, 0);
const at = (day: number, hour = 9) => new Date(2026, 10, 1 + day, hour, 0);
let n = 0;
const point = (when: Date, score: number, helped: string[] = []): PainPoint => ({
  id: `p${n++}`,
  at: when,
  recordedAt: undefined,
  score,
  source: 'log',
  helped,
  note: undefined,
});
/** One score a day at 09:00, from day 0. */
const series = (scores: number[]) => scores.map((s, i) => point(at(i), s));
const episode: Episode = { id: 'e', start: START, end: undefined };

describe('daily statistics', () => {
  it('gives min, mean and max per local day, and empty days as gaps', () => {
    const points = [point(at(0, 8), 6), point(at(0, 20), 3), point(at(0, 23), 4), point(at(2), 5)];
    const days = dailyStats(points, new Date(2026, 10, 1), at(2, 23));
    expect(days.map((d) => d.date)).toEqual(['2026-11-01', '2026-11-02', '2026-11-03']);
    expect(days[0]).toEqual({ date: '2026-11-01', count: 3, min: 3, mean: 4.3, max: 6 });
    expect(days[1]).toEqual({ date: '2026-11-02', count: 0, min: null, mean: null, max: null });
    expect(days[2]?.mean).toBe(5);
  });

  it('leaves out scores outside the period', () => {
    const days = dailyStats([point(at(-1), 9), point(at(1), 2)], START, at(1, 23));
    expect(days.map((d) => d.count)).toEqual([0, 1]);
  });

  it('counts what helped once per entry, most often first', () => {
    expect(
      helpedCounts([point(at(0), 5, ['heat-pack', 'heat-pack']), point(at(1), 4, ['gentle-walking', 'heat-pack'])]),
    ).toEqual([
      { id: 'heat-pack', count: 2 },
      { id: 'gentle-walking', count: 1 },
    ]);
  });
});

describe('the trend rule', () => {
  const trend = (scores: number[]) => trendOf(dailyStats(series(scores), START, at(scores.length - 1, 23)));

  it('needs scores on two days', () => {
    expect(trend([5])).toBeUndefined();
    expect(trend([5, 5])?.direction).toBe('same');
  });

  it('compares the last 3 days with entries against the 3 before them, 1 point either way', () => {
    expect(trend([8, 8, 8, 7, 6, 5, 4])).toMatchObject({ direction: 'better', recent: 5, earlier: 7.7 });
    expect(trend([3, 3, 3, 4, 4, 4])).toMatchObject({ direction: 'worse', recent: 4, earlier: 3 });
    expect(trend([5, 5, 5, 6, 6, 5])?.direction).toBe('same');
    expect(trend([6, 6, 5, 5, 5, 6])?.direction).toBe('same');
    expect(trend([6, 6, 6, 5, 5, 5])?.direction).toBe('better');
  });

  it('skips days without entries rather than counting them as zero', () => {
    const points = [point(at(0), 6), point(at(5), 6)];
    expect(trendOf(dailyStats(points, START, at(5, 23)))?.direction).toBe('same');
  });

  it('since the start compares the first days with the last', () => {
    const days = dailyStats(series([8, 8, 8, 3, 3, 9, 9, 9]), START, at(7, 23));
    expect(trendSinceStart(days)?.direction).toBe('worse');
    expect(trendSinceStart(days)?.earlierDays).toEqual(['2026-11-01', '2026-11-02', '2026-11-03']);
  });
});

describe('warnings from the diary', () => {
  const threshold = (id: string) => {
    const f = kb.timelines.followUp.find((x) => x.id === id);
    if (!f) throw new Error(id);
    return toSeconds(f.after.min, f.after.unit) / 86_400;
  };
  const warnWith = (ep: Episode | undefined, scores: number[], nowDay: number) =>
    diaryWarnings(kb, { episode: ep, points: series(scores), now: at(nowDay, 20) }).map((w) => w.followUp.id);
  const warn = (scores: number[], nowDay: number) => warnWith(episode, scores, nowDay);

  it('says nothing while the pain is improving', () => {
    expect(warn([8, 7, 7, 6, 5, 4, 3], 6)).toEqual([]);
  });

  it('warns as soon as the pain is getting worse', () => {
    expect(warn([4, 4, 5, 6, 7], 4)).toEqual(['getting-worse']);
  });

  it('warns when not improving only once the not-improving threshold is reached', () => {
    const days = threshold('not-improving');
    const flat = Array.from({ length: days + 1 }, () => 5);
    expect(warn(flat.slice(0, days - 1), days - 2)).toEqual([]);
    expect(warn(flat, days)).toContain('not-improving');
  });

  it('warns that an open episode has lasted past the 4 to 6 week mark, but not after it ends or at zero pain', () => {
    const days = threshold('lasting-over-4-to-6-weeks');
    const falling = Array.from({ length: days + 1 }, (_, i) => Math.max(1, 9 - Math.floor(i / 4)));
    expect(warn(falling, days)).toContain('lasting-over-4-to-6-weeks');
    expect(warnWith(undefined, falling, days)).not.toContain('lasting-over-4-to-6-weeks');
    expect(warnWith({ ...episode, end: at(days - 1) }, falling, days)).not.toContain('lasting-over-4-to-6-weeks');
    expect(warn([...falling.slice(0, -1), 0], days)).not.toContain('lasting-over-4-to-6-weeks');
  });
});
