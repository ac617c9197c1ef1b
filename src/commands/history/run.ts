// backcare history [--days N] [--json]
import { dayOf, openEpisode } from '../../core/diary/episodes.js';
import { earliest } from '../../core/diary/time.js';
import { addLocalDays, dailyStats, helpedCounts, startOfDay, trendOf } from '../../core/diary/stats.js';
import { diaryWarnings } from '../../core/diary/warnings.js';
import { historyJson, renderHistory, type HistoryView } from '../../ui/render/diary.js';
import { toJson } from '../../ui/render/json.js';
import { outputWidth, writeOut } from '../../runtime/term.js';
import type { Io } from '../../cli/io.js';
import { readDiaryReporting } from '../../cli/diary-reader.js';
import { countFlag } from '../../cli/flag-values.js';
import type { Input, OptionsOf } from '../../cli/spec.js';
import type { historyOptions } from './options.js';
import { LIMITS } from '../../core/limits.js';

type HistoryOptions = OptionsOf<typeof historyOptions>;

export const DEFAULT_DAYS = 14;

export async function run(options: Input<HistoryOptions>, io: Io): Promise<void> {
  const days =
    countFlag('--days', options.days, { min: 1, max: LIMITS.historyDays, example: DEFAULT_DAYS }) ?? DEFAULT_DAYS;
  const ctx = await io.context({ json: options.json });
  const now = io.now();
  const from = startOfDay(addLocalDays(now, -(days - 1)));
  // The window shown, and the open episode's start: its warnings count from there.
  const { value: diary } = readDiaryReporting(
    ctx.term,
    (episodes) => earliest(from, openEpisode(episodes)?.start),
    now,
  );
  const points = diary.pain.filter((p) => p.at >= from && p.at <= now);
  const stats = dailyStats(points, from, now);
  const episode = openEpisode(diary.episodes);
  const view: HistoryView = {
    from,
    to: now,
    days: stats,
    entries: points.length,
    trend: trendOf(stats),
    helped: helpedCounts(points),
    episode,
    episodeDay: episode ? dayOf(episode.start, now) : undefined,
    // Thresholds count from the start of the episode, whatever window is shown.
    warnings: diaryWarnings(ctx.kb, { episode, points: episode ? diary.pain.filter((p) => p.at <= now) : points, now }),
  };
  writeOut(
    ctx.term,
    options.json ? toJson(historyJson(ctx.kb, view)) : renderHistory(ctx.kb, view, outputWidth(ctx.term), ctx.style),
  );
}
