// When the diary itself says "see someone": the pain is getting worse, or it
// is not getting better (or still going) past a follow-up threshold of the
// knowledge base. Which follow-up means what is data (timelines.yaml `diary`);
// the thresholds are its `after` values, counted from the start of the episode.
import type { FollowUp, KnowledgeBase } from '../../kb/types.js';
import { followUpDates } from './episodes.js';
import { dailyStats, trendOf, trendSinceStart, type Trend } from './stats.js';
import type { Episode, PainPoint } from './types.js';

export interface DiaryWarning {
  followUp: FollowUp;
  /** When the threshold was reached. */
  due: Date;
  /** What in the diary set it off, in plain words. */
  reason: string;
  trend: Trend | undefined;
}

export interface WarningInput {
  /** The open episode; without one, the first score in `points` stands in for the start. */
  episode: Episode | undefined;
  points: readonly PainPoint[];
  now: Date;
}

export function diaryWarnings(kb: KnowledgeBase, { episode, points, now }: WarningInput): DiaryWarning[] {
  const start = episode?.start ?? points[0]?.at;
  if (start === undefined) return [];
  const relevant = points.filter((p) => p.at >= start && p.at <= now);
  const days = dailyStats(relevant, start, now);
  const recent = trendOf(days);
  const sinceStart = trendSinceStart(days);
  const lastMean = [...days].reverse().find((d) => d.mean !== null)?.mean ?? null;
  const warnings: DiaryWarning[] = [];
  for (const { followUp, due } of followUpDates(kb, start)) {
    if (due > now) continue;
    if (followUp.diary === 'worse') {
      const worse = recent?.direction === 'worse' ? recent : sinceStart?.direction === 'worse' ? sinceStart : undefined;
      if (worse)
        warnings.push({
          followUp,
          due,
          trend: worse,
          reason: `your pain went from an average of ${worse.earlier} to ${worse.recent} out of 10`,
        });
    } else if (followUp.diary === 'not-better') {
      if (sinceStart && sinceStart.direction !== 'better') {
        const how = sinceStart.direction === 'worse' ? 'is worse than' : 'is about the same as';
        warnings.push({
          followUp,
          due,
          trend: sinceStart,
          reason:
            `your pain now (${sinceStart.recent} out of 10 on average) ${how} at the start ` +
            `(${sinceStart.earlier})`,
        });
      }
    } else if (followUp.diary === 'ongoing') {
      if (episode && episode.end === undefined && (lastMean === null || lastMean > 0)) {
        warnings.push({
          followUp,
          due,
          trend: sinceStart,
          reason:
            'your episode is still open' +
            (lastMean === null ? '' : `, with pain around ${lastMean} out of 10 on your last day of entries`),
        });
      }
    }
  }
  // The most advanced threshold of each kind, latest first.
  const seen = new Set<string | undefined>();
  return warnings
    .sort((a, b) => b.due.getTime() - a.due.getTime())
    .filter((w) => !seen.has(w.followUp.diary) && seen.add(w.followUp.diary));
}
