// Sentences the Markdown and HTML reports share, so both say the same thing.
import type { ReportModel } from '../../core/diary/report.js';
import { dayAndTime, shortDay } from '../../core/diary/time.js';
import { localClock, localDate } from '../../core/time/when.js';
import { trendWords } from './diary.js';

export const REPORT_TITLE = 'Back pain diary: summary for a clinician';

export function periodLine(r: ReportModel): string {
  return `${shortDay(r.from)} ${r.from.getFullYear()} – ${shortDay(r.to)} ${r.to.getFullYear()}`;
}

export function generatedLine(r: ReportModel): string {
  return `${localDate(r.generatedAt)} ${localClock(r.generatedAt)} by ${r.software.name} ${r.software.version}`;
}

export const PROVENANCE_NOTE =
  'All entries are self-reported by the patient in a personal diary and have not been reviewed by a clinician.';

export function episodeLines(r: ReportModel): string[] {
  if (r.episodes.length === 0) return ['No episode was recorded for this period.'];
  return r.episodes.map((e) =>
    e.end
      ? `Started ${dayAndTime(e.start)}; ended ${dayAndTime(e.end)} (${e.days} day${e.days === 1 ? '' : 's'}).`
      : `Started ${dayAndTime(e.start)}; still open on ` +
        `day ${e.days}${e.phaseName ? ` (${e.phaseName.toLowerCase()})` : ''}.`,
  );
}

export function painSummaryLine(r: ReportModel): string {
  const s = r.pain.summary;
  if (s.count === 0 || !s.first || !s.last) return 'No pain scores in this period.';
  const daysWith = r.pain.days.filter((d) => d.count > 0).length;
  return (
    `${s.count} score${s.count === 1 ? '' : 's'} on ${daysWith} day${daysWith === 1 ? '' : 's'}; ` +
    `lowest ${s.min}, mean ${s.mean}, highest ${s.max}; ` +
    `first ${s.first.score} (${shortDay(s.first.at)}), last ${s.last.score} (${shortDay(s.last.at)}).`
  );
}

export function trendLines(r: ReportModel): string[] {
  if (r.pain.summary.count === 0) return [];
  return [`Recent trend: ${trendWords(r.pain.trend)}.`, `Over the period: ${trendWords(r.pain.sinceStart, true)}.`];
}

export function rowLabel(row: { from: string; to: string }): string {
  const [y1 = 0, m1 = 1, d1 = 1] = row.from.split('-').map(Number);
  const first = shortDay(new Date(y1, m1 - 1, d1));
  if (row.from === row.to) return first;
  const [y2 = 0, m2 = 1, d2 = 1] = row.to.split('-').map(Number);
  return `${first} – ${shortDay(new Date(y2, m2 - 1, d2))}`;
}

export function triedLine(t: ReportModel['tried'][number]): string {
  const parts: string[] = [];
  if (t.helped > 0) parts.push(`logged as helping ${t.helped === 1 ? 'once' : `${t.helped} times`}`);
  if (t.timerSessions > 0)
    parts.push(`${t.timerSessions} timed session${t.timerSessions === 1 ? '' : 's'} (${t.timerMinutes} min in all)`);
  return `${t.name}: ${parts.join('; ')}`;
}

export function checkLevelText(c: ReportModel['checks'][number]): string {
  return `${c.title} (${c.level})${c.complete ? '' : ', stopped early'}`;
}
