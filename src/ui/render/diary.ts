// Episode status and history as text, and the same facts as JSON, built from
// the pure diary core. Numbers come with words; colour only emphasises.
import type { DueFollowUp, EpisodeStatus } from '../../core/diary/episodes.js';
import type { DayStat, HelpedCount, Trend } from '../../core/diary/stats.js';
import { TREND_DAYS, TREND_POINTS } from '../../core/diary/stats.js';
import { kbView } from '../../core/kb-views.js';
import { dayAndTime, isoWithOffset, shortDay } from '../../core/diary/time.js';
import type { Episode, PainPoint } from '../../core/diary/types.js';
import type { DiaryWarning } from '../../core/diary/warnings.js';
import type { KnowledgeBase } from '../../kb/types.js';
import { formatDuration } from '../../core/time/duration.js';
import { formatTimeRange } from '../format.js';
import type { Style } from '../style.js';
import { wrap } from '../wrap.js';
import { followUpScheduleLines } from './follow-ups.js';
import { painChart } from './pain-chart.js';

export function trendWords(trend: Trend | undefined, sinceStart = false): string {
  if (!trend) return 'not enough entries yet (scores on at least 2 days are needed)';
  const word = { better: 'better', same: 'about the same', worse: 'worse' }[trend.direction];
  const days = (n: number): string => (n === 1 ? 'day' : `${n} days`);
  const earlier = sinceStart
    ? `the first ${days(trend.earlierDays.length)}`
    : `the ${days(trend.earlierDays.length)} before`;
  return (
    `${word} (the last ${days(trend.recentDays.length)} with entries ` +
    `averaged ${trend.recent.toFixed(1)}, ${earlier} ${trend.earlier.toFixed(1)})`
  );
}

const TREND_RULE =
  `the mean of the last ${TREND_DAYS} days with entries against the ${TREND_DAYS} before them; a change of at ` +
  `least ${TREND_POINTS} point on the 0–10 scale counts`;

function warningLines(warnings: readonly DiaryWarning[], width: number, style: Style): string[] {
  const out: string[] = [];
  for (const w of warnings) {
    out.push('', ...wrap(`! ${w.followUp.when}`, width, '', '  ').map((l) => style.warn(l)));
    out.push(
      ...wrap(`Your diary: ${w.reason} (threshold reached ${shortDay(w.due)}). ${w.followUp.advice}`, width, '  '),
    );
    out.push(...wrap('Run backcare check to go through the warning signs again.', width, '  '));
  }
  return out;
}

export interface StatusExtras {
  points: readonly PainPoint[];
  trend: Trend | undefined;
  warnings: readonly DiaryWarning[];
}

export function renderStatus(s: EpisodeStatus, extras: StatusExtras, width: number, style: Style): string {
  const e = s.episode;
  const out: string[] = [];
  const ago = formatDuration(Math.round(s.hours) * 3600).replace(/ 0 min$/, '');
  const headline = e.end
    ? `Episode ended ${dayAndTime(e.end)} after ${s.day} day${s.day === 1 ? '' : 's'} ` +
      `(started ${dayAndTime(e.start)})`
    : `Day ${s.day} of your episode: started ${dayAndTime(e.start)}, ${ago} ago`;
  out.push(...wrap(headline, width).map((line) => style.strong(line)));
  const heading = (text: string): string[] => ['', ...wrap(text, width).map((line) => style.heading(line))];
  if (!e.end) {
    if (s.phase) out.push(...heading(`Phase: ${s.phase.name}`), ...wrap(s.phase.summary, width, '  '));
    if (s.thermal.length > 0) {
      out.push(...heading('Ice or heat (backcare ice-heat-timer times a session)'));
      for (const t of s.thermal) {
        const p = t.protocol;
        const every = p.repeatEvery ? `, every ${formatTimeRange(p.repeatEvery)}` : '';
        const name = t.remedy?.name ?? p.id;
        out.push(
          ...wrap(
            `${name}: ${formatTimeRange(p.session)} a session (never more ` +
              `than ${p.limit.value} ${p.limit.unit}), at least ${formatTimeRange(p.restBetween)} off between${every}`,
            width,
            '  - ',
            '    ',
          ),
        );
      }
      if (s.switchToHeatAt > s.asOf)
        out.push(
          ...wrap(`Heat alone from ${dayAndTime(s.switchToHeatAt)}. ${s.switchToHeatConvention}`, width, '  ').map(
            (l) => style.dim(l),
          ),
        );
    }
    if (s.movement.length > 0) {
      out.push(...heading('Keep moving'));
      for (const r of s.movement) out.push(...wrap(`${r.name}: ${r.summary}`, width, '  - ', '    '));
    }
    // The same dates, in the same words, as backcare check.
    out.push(
      '',
      ...followUpScheduleLines(
        s.schedule.map((f) => ({ when: f.followUp.when, due: f.due })),
        width,
        style,
      ),
    );
  }
  const last = extras.points.at(-1);
  out.push(...heading('Your diary'));
  if (last) {
    out.push(
      ...wrap(
        `${extras.points.length} pain score${extras.points.length === 1 ? '' : 's'} in this episode; the ` +
          `last ${last.score}/10 on ${dayAndTime(last.at)}.`,
        width,
        '  ',
      ),
    );
    out.push(...wrap(`Since the start: ${trendWords(extras.trend, true)}.`, width, '  '));
  } else out.push(...wrap('No pain scores in this episode yet: backcare log 0-10 adds one in a second.', width, '  '));
  out.push(...warningLines(extras.warnings, width, style));
  const next = e.end
    ? 'backcare episode start begins a new one; backcare report --format md summarises this one for a clinician.'
    : 'backcare log SCORE · backcare history · backcare report · backcare episode end';
  out.push('', ...wrap(next, width).map((line) => style.dim(line)));
  return out.join('\n');
}

export function statusJson(s: EpisodeStatus, extras: StatusExtras) {
  const followUp = (m: DueFollowUp | undefined) =>
    m
      ? {
          id: m.followUp.id,
          when: m.followUp.when,
          advice: m.followUp.advice,
          urgency: m.followUp.urgency,
          due: isoWithOffset(m.due),
        }
      : null;
  return {
    episode: episodeJson(s.episode),
    day: s.day,
    hours: Math.round(s.hours * 10) / 10,
    phase: s.phase ? { id: s.phase.id, name: s.phase.name, summary: s.phase.summary } : null,
    thermal: s.thermal.map((t) => ({
      protocol: t.protocol.id,
      remedy: t.protocol.remedy,
      session: t.protocol.session,
      limit: t.protocol.limit,
      restBetween: t.protocol.restBetween,
      repeatEvery: t.protocol.repeatEvery ?? null,
    })),
    switchToHeatAt: isoWithOffset(s.switchToHeatAt),
    movement: s.movement.map((r) => ({ id: r.id, name: r.name })),
    passedFollowUp: followUp(s.passed),
    nextFollowUp: followUp(s.next),
    ifWorse: s.ifWorse ? { id: s.ifWorse.id, when: s.ifWorse.when, advice: s.ifWorse.advice } : null,
    followUps: s.schedule.map((m) => followUp(m)),
    pain: {
      entries: extras.points.length,
      last: extras.points.at(-1) ? pointJson(extras.points.at(-1) as PainPoint) : null,
      trend: trendJson(extras.trend),
    },
    warnings: extras.warnings.map(warningJson),
  };
}

export function episodeJson(e: Episode) {
  return {
    id: e.id,
    start: isoWithOffset(e.start),
    end: e.end ? isoWithOffset(e.end) : null,
    open: e.end === undefined,
  };
}

function pointJson(p: PainPoint) {
  return { at: isoWithOffset(p.at), score: p.score, source: p.source, helped: p.helped, note: p.note ?? null };
}

function trendJson(t: Trend | undefined) {
  return t
    ? {
        direction: t.direction,
        recent: t.recent,
        earlier: t.earlier,
        recentDays: t.recentDays,
        earlierDays: t.earlierDays,
        rule: TREND_RULE,
      }
    : null;
}

function warningJson(w: DiaryWarning) {
  return {
    followUp: w.followUp.id,
    urgency: w.followUp.urgency,
    when: w.followUp.when,
    advice: w.followUp.advice,
    due: isoWithOffset(w.due),
    reason: w.reason,
    // biome-ignore lint/suspicious/noThenProperty: a field of the --json output that people's scripts read.
    then: 'backcare check',
  };
}

export interface HistoryView {
  from: Date;
  to: Date;
  days: DayStat[];
  entries: number;
  trend: Trend | undefined;
  helped: HelpedCount[];
  episode: Episode | undefined;
  episodeDay: number | undefined;
  warnings: DiaryWarning[];
}

export function renderHistory(kb: KnowledgeBase, h: HistoryView, width: number, style: Style): string {
  const out: string[] = [];
  const names = new Map(kbView(kb, 'remedyNames').map((r) => [r.id, r.name]));
  out.push(
    ...wrap(
      `Pain over the last ${h.days.length} day${h.days.length === 1 ? '' : 's'} (${shortDay(h.from)} ` +
        `– ${shortDay(h.to)})`,
      width,
    ).map((l) => style.strong(l)),
  );
  out.push(...wrap('0 = no pain, 10 = the worst pain imaginable', width).map((l) => style.dim(l)));
  if (h.entries === 0) {
    out.push(
      '',
      ...wrap(
        'No pain scores in this period. Log one with: backcare log 4 (add --at 2d or --at "2026-11-20 08:00" ' +
          'for an earlier one).',
        width,
      ),
    );
  } else {
    out.push('', ...painChart(h.days, width, style));
    out.push('', ...wrap(`Trend: ${trendWords(h.trend)}.`, width, '', '  '));
    out.push(...wrap(`(${TREND_RULE}.)`, width, '', ' ').map((l) => style.dim(l)));
    const helped = h.helped.map((c) => `${names.get(c.id) ?? c.id} (${c.count === 1 ? 'once' : `${c.count} times`})`);
    out.push(
      '',
      ...wrap(
        `What helped, as logged: ${
          helped.length > 0 ? helped.join(', ') : 'nothing logged yet (backcare log 3 --helped heat-pack)'
        }.`,
        width,
        '',
        '  ',
      ),
    );
  }
  if (h.episode && h.episodeDay !== undefined)
    out.push(
      '',
      ...wrap(
        `Episode: day ${h.episodeDay}, started ${dayAndTime(h.episode.start)} (backcare episode status for ` +
          `today's advice).`,
        width,
        '',
        '  ',
      ),
    );
  out.push(...warningLines(h.warnings, width, style));
  return out.join('\n');
}

export function historyJson(kb: KnowledgeBase, h: HistoryView) {
  const names = new Map(kbView(kb, 'remedyNames').map((r) => [r.id, r.name]));
  return {
    window: { from: isoWithOffset(h.from), to: isoWithOffset(h.to), days: h.days.length },
    entries: h.entries,
    days: h.days,
    trend: trendJson(h.trend),
    helped: h.helped.map((c) => ({ id: c.id, name: names.get(c.id) ?? null, count: c.count })),
    episode: h.episode ? { ...episodeJson(h.episode), day: h.episodeDay ?? null } : null,
    warnings: h.warnings.map(warningJson),
  };
}
