// The clinician report as data: one model that the Markdown, HTML, CSV and
// FHIR outputs all render, so they say the same thing. Pure.
import type { KnowledgeBase } from '../../kb/types.js';
import type { CareLevel } from '../vocabulary.js';
import { localDate } from '../time/when.js';
import { dayOf, episodeStatus } from './episodes.js';
import {
  addLocalDays,
  dailyStats,
  highest,
  lowest,
  round1,
  startOfDay,
  summarize,
  trendOf,
  trendSinceStart,
  type DayStat,
  type Summary,
  type Trend,
} from './stats.js';
import type { CheckEntry, Diary, Episode, PainPoint, TimerEntry } from './types.js';
import { diaryWarnings, type DiaryWarning } from './warnings.js';

/** At most this many rows in the pain table, so the summary stays on one page. */
export const MAX_ROWS = 15;
export const MAX_CHECKS = 6;
const MAX_NOTES = 3;
const MAX_NOTE_CHARS = 140;
const MAX_TRIED = 6;

export interface ReportInput {
  diary: Diary;
  from: Date;
  to: Date;
  now: Date;
  software: { name: string; version: string };
}

export interface PainRow {
  /** First and last local date the row covers (the same for a daily row). */
  from: string;
  to: string;
  count: number;
  min: number | null;
  mean: number | null;
  max: number | null;
}

export interface ReportModel {
  generatedAt: Date;
  from: Date;
  to: Date;
  software: { name: string; version: string };
  episodes: { id: string; start: Date; end: Date | undefined; days: number; phaseName: string | null }[];
  pain: {
    points: PainPoint[];
    summary: Summary;
    days: DayStat[];
    rows: PainRow[];
    /** 1 (a row a day), 7 (a row a week) or more, so there are at most MAX_ROWS rows. */
    rowDays: number;
    trend: Trend | undefined;
    sinceStart: Trend | undefined;
  };
  checks: { at: Date; level: CareLevel; title: string; painScore: number | undefined; complete: boolean }[];
  checksLeftOut: number;
  /** Every check in the period (the CSV lists them all). */
  allChecks: CheckEntry[];
  /** Episode starts and ends that fall in the period. */
  episodeEvents: { type: 'episode-start' | 'episode-end'; at: Date; episode: string }[];
  /** The most used first, at most MAX_TRIED (triedLeftOut counts the rest; the CSV has everything). */
  tried: {
    id: string;
    name: string;
    category: string | null;
    helped: number;
    timerSessions: number;
    timerMinutes: number;
  }[];
  triedLeftOut: number;
  conditions: { id: string; name: string }[];
  medicines: { id: string; name: string; noted: string }[];
  notes: { at: Date; text: string }[];
  notesLeftOut: number;
  warnings: DiaryWarning[];
  timerSessions: TimerEntry[];
  scale: string;
  disclaimer: string;
}

const PAIN_SCALE =
  'Pain is self-reported on the 0-10 numeric rating scale (0 = no pain, 10 = worst pain imaginable), as the ' +
  'pain at the time of the entry.';

export function buildReport(kb: KnowledgeBase, input: ReportInput): ReportModel {
  const { diary, from, to, now } = input;
  const inPeriod = <T extends { at: Date }>(x: T): boolean => x.at >= from && x.at <= to;
  const points = diary.pain.filter(inPeriod);
  const checks = diary.checks.filter(inPeriod);
  const timers = diary.timers.filter(inPeriod);
  const episodes = diary.episodes.filter((e) => e.start <= to && (e.end === undefined || e.end >= from));
  const open = episodes.find((e) => e.end === undefined);
  const tried = triedRemedies(points, timers, kb);
  const notes = points.filter((p) => p.note).reverse();

  return {
    generatedAt: now,
    from,
    to,
    software: input.software,
    episodes: episodes.map((e) => episodeLine(kb, e, now)),
    pain: painSection(points, from, to),
    checks: checks.slice(-MAX_CHECKS).map((c) => ({
      at: c.at,
      level: c.level,
      title: kb.rules.levels[c.level].title,
      painScore: c.painScore,
      complete: c.complete,
    })),
    checksLeftOut: Math.max(0, checks.length - MAX_CHECKS),
    allChecks: checks,
    episodeEvents: episodeEvents(diary.episodes).filter(inPeriod),
    tried: tried.slice(0, MAX_TRIED),
    triedLeftOut: Math.max(0, tried.length - MAX_TRIED),
    ...conditionsAndMedicines(kb, checks, tried),
    notes: notes.slice(0, MAX_NOTES).map((p) => ({ at: p.at, text: shorten(p.note ?? '', MAX_NOTE_CHARS) })),
    notesLeftOut: Math.max(0, notes.length - MAX_NOTES),
    // Warnings speak about now, so only a report that reaches today carries them.
    warnings:
      to.getTime() >= startOfDay(now).getTime()
        ? diaryWarnings(kb, { episode: open, points: diary.pain.filter((p) => p.at <= now), now })
        : [],
    timerSessions: timers,
    scale: PAIN_SCALE,
    disclaimer: kb.meta.disclaimer,
  };
}

function painSection(points: PainPoint[], from: Date, to: Date): ReportModel['pain'] {
  const days = dailyStats(points, from, to);
  const rowDays = days.length <= MAX_ROWS ? 1 : Math.ceil(days.length / MAX_ROWS / 7) * 7;
  return {
    points,
    summary: summarize(points),
    days,
    rows: rows(points, from, to, rowDays),
    rowDays,
    trend: trendOf(days),
    sinceStart: trendSinceStart(days),
  };
}

function episodeEvents(episodes: readonly Episode[]): ReportModel['episodeEvents'] {
  return episodes.flatMap((e) => [
    { type: 'episode-start' as const, at: e.start, episode: e.id },
    ...(e.end ? [{ type: 'episode-end' as const, at: e.end, episode: e.id }] : []),
  ]);
}

function conditionsAndMedicines(
  kb: KnowledgeBase,
  checks: readonly CheckEntry[],
  tried: ReportModel['tried'],
): Pick<ReportModel, 'conditions' | 'medicines'> {
  const conditionsById = new Map(kb.conditions.conditions.map((c) => [c.id, c]));
  const noted = new Set(checks.flatMap((c) => c.conditions));
  // Medicines get their own list; facts about the episode (pain for over 10 days) are not health conditions.
  const conditionIds = [...noted].filter(
    (id) => !['medicine', 'episode'].includes(conditionsById.get(id)?.group ?? ''),
  );
  const medicineConditions = [...noted].filter((id) => conditionsById.get(id)?.group === 'medicine');
  return {
    conditions: conditionIds.map((id) => ({ id, name: conditionsById.get(id)?.name ?? id })),
    medicines: [
      ...medicineConditions.map((id) => ({ id, name: conditionsById.get(id)?.name ?? id, noted: 'noted in a check' })),
      ...tried
        .filter((t) => t.category === 'medicine')
        .map((t) => ({ id: t.id, name: t.name, noted: `logged as helping ${times(t.helped)}` })),
    ],
  };
}

function episodeLine(k: KnowledgeBase, e: Episode, at: Date): ReportModel['episodes'][number] {
  const status = episodeStatus(k, e, at);
  return {
    id: e.id,
    start: e.start,
    end: e.end,
    days: dayOf(e.start, e.end ?? at),
    phaseName: status.phase?.name ?? null,
  };
}

function triedRemedies(ps: readonly PainPoint[], ts: readonly TimerEntry[], k: KnowledgeBase): ReportModel['tried'] {
  const remedies = new Map(k.remedies.remedies.map((r) => [r.id, r]));
  const ids = new Map<string, { helped: number; timerSessions: number; timerSeconds: number }>();
  const entry = (id: string) => {
    let e = ids.get(id);
    if (!e) ids.set(id, (e = { helped: 0, timerSessions: 0, timerSeconds: 0 }));
    return e;
  };
  for (const p of ps) for (const id of new Set(p.helped)) entry(id).helped++;
  const protocolRemedy = new Map(k.thermal.protocols.map((p) => [p.id as string, p.remedy]));
  for (const t of ts) {
    const e = entry(t.remedy ?? protocolRemedy.get(t.protocol) ?? t.protocol);
    e.timerSessions++;
    e.timerSeconds += t.seconds;
  }
  return [...ids]
    .map(([id, e]) => ({
      id,
      name: remedies.get(id)?.name ?? id,
      category: remedies.get(id)?.category ?? null,
      helped: e.helped,
      timerSessions: e.timerSessions,
      timerMinutes: Math.round(e.timerSeconds / 60),
    }))
    .sort((a, b) => b.helped + b.timerSessions - (a.helped + a.timerSessions) || a.name.localeCompare(b.name));
}

function rows(points: readonly PainPoint[], from: Date, to: Date, rowDays: number): PainRow[] {
  const out: PainRow[] = [];
  for (let start = startOfDay(from); start <= to; start = addLocalDays(start, rowDays)) {
    const end = addLocalDays(start, rowDays);
    const scores = points.filter((p) => p.at >= start && p.at < end).map((p) => p.score);
    const last = addLocalDays(end, -1) > to ? to : addLocalDays(end, -1);
    out.push({
      from: localDate(start),
      to: localDate(last),
      count: scores.length,
      min: scores.length ? lowest(scores) : null,
      mean: scores.length ? round1(scores.reduce((a, b) => a + b, 0) / scores.length) : null,
      max: scores.length ? highest(scores) : null,
    });
  }
  return out;
}

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function times(n: number): string {
  return n === 1 ? 'once' : `${n} times`;
}
