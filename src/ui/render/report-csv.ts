// The raw entries of the period as CSV (RFC 4180): one row per record, oldest
// first, local date and time plus the offset, so a spreadsheet sorts and
// filters them. Cells a spreadsheet would run as a formula are defused.
import type { ReportModel } from '../../core/diary/report.js';
import { isoWithOffset } from '../../core/diary/time.js';

export const CSV_COLUMNS = [
  'date',
  'time',
  'utc_offset',
  'type',
  'pain_score',
  'source',
  'helped',
  'note',
  'check_level',
  'check_complete',
  'timer_protocol',
  'timer_minutes',
  'timer_completed',
  'recorded_at',
  'id',
] as const;

type Row = Partial<Record<(typeof CSV_COLUMNS)[number], string | number | boolean>> & { at: Date };

export function reportCsv(r: ReportModel): string {
  return [...reportCsvChunks(r)].join('');
}

/** The CSV a line at a time, so a large diary is never one big string. */
export function* reportCsvChunks(r: ReportModel): Generator<string> {
  yield `${CSV_COLUMNS.join(',')}\r\n`;
  for (const row of csvRows(r)) {
    const iso = isoWithOffset(row.at);
    const { at: _at, ...fields } = row;
    const full: Record<string, string | number | boolean | undefined> = {
      ...fields,
      date: iso.slice(0, 10),
      time: iso.slice(11, 19),
      utc_offset: iso.slice(19),
    };
    yield `${CSV_COLUMNS.map((c) => cell(full[c], TYPED.has(c))).join(',')}\r\n`;
  }
}

/**
 * Every row, oldest first: the four kinds are each already in time order, so
 * they are merged as they are written rather than gathered and sorted. On
 * equal times the kinds keep this order: scores, checks, timer sessions,
 * episode starts and ends.
 */
function* csvRows(r: ReportModel): Generator<Row> {
  const sources: Iterator<Row>[] = [painRows(r), checkRows(r), timerRows(r), byTime(episodeRows(r))].map((rows) =>
    rows[Symbol.iterator](),
  );
  const heads = sources.map((source) => source.next());
  for (;;) {
    let next = -1;
    heads.forEach((head, i) => {
      if (head.done) return;
      const best = heads[next];
      if (next === -1 || (best && !best.done && head.value.at < best.value.at)) next = i;
    });
    const head = heads[next];
    if (next === -1 || !head || head.done) return;
    yield head.value;
    heads[next] = (sources[next] as Iterator<Row>).next();
  }
}

function* painRows(r: ReportModel): Generator<Row> {
  for (const p of byTimeIfNeeded(r.pain.points)) {
    if (p.source !== 'log') continue; // scores asked by check come with their check row
    yield {
      at: p.at,
      type: 'pain',
      pain_score: p.score,
      source: 'log',
      helped: p.helped.join(' '),
      note: p.note ?? '',
      recorded_at: p.recordedAt?.toISOString() ?? '',
      id: p.id,
    };
  }
}

function* checkRows(r: ReportModel): Generator<Row> {
  for (const c of byTimeIfNeeded(r.allChecks)) {
    yield {
      at: c.at,
      type: 'check',
      pain_score: c.painScore ?? '',
      source: 'check',
      check_level: c.level,
      check_complete: c.complete,
      id: c.id,
    };
  }
}

function* timerRows(r: ReportModel): Generator<Row> {
  for (const t of byTimeIfNeeded(r.timerSessions)) {
    yield {
      at: t.at,
      type: 'timer-session',
      timer_protocol: t.protocol,
      timer_minutes: Math.round((t.seconds / 60) * 10) / 10,
      timer_completed: t.completed,
      id: t.id,
    };
  }
}

function episodeRows(r: ReportModel): Row[] {
  return r.episodeEvents.map((e) => ({ at: e.at, type: e.type, id: e.episode }));
}

function byTime<T extends { at: Date }>(rows: T[]): T[] {
  return rows.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** The diary hands these over sorted; a copy is sorted only when one is not. */
function byTimeIfNeeded<T extends { at: Date }>(rows: readonly T[]): readonly T[] {
  for (let i = 1; i < rows.length; i++) if ((rows[i] as T).at < (rows[i - 1] as T).at) return byTime([...rows]);
  return rows;
}

/** Columns a person typed into: the only ones that can smuggle a formula. */
const TYPED: ReadonlySet<string> = new Set(['note', 'helped']);

function cell(value: string | number | boolean | undefined, typed = false): string {
  if (value === undefined) return '';
  let text = String(value);
  // A leading =, +, -, @ (or tab/CR) makes spreadsheets evaluate the cell; a quote mark keeps it text.
  if (typed && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}
