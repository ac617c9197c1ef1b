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
    const full: Record<string, string | number | boolean | undefined> = { ...fields, date: iso.slice(0, 10), time: iso.slice(11, 19), utc_offset: iso.slice(19) };
    yield `${CSV_COLUMNS.map((c) => cell(full[c], TYPED.has(c))).join(',')}\r\n`;
  }
}

function csvRows(r: ReportModel): Row[] {
  const rows: Row[] = [];
  for (const p of r.pain.points) {
    if (p.source !== 'log') continue; // scores asked by check come with their check row
    rows.push({ at: p.at, type: 'pain', pain_score: p.score, source: 'log', helped: p.helped.join(' '), note: p.note ?? '', recorded_at: p.recordedAt?.toISOString() ?? '', id: p.id });
  }
  for (const c of r.allChecks) {
    rows.push({ at: c.at, type: 'check', pain_score: c.painScore ?? '', source: 'check', check_level: c.level, check_complete: c.complete, id: c.id });
  }
  for (const t of r.timerSessions) {
    rows.push({ at: t.at, type: 'timer-session', timer_protocol: t.protocol, timer_minutes: Math.round((t.seconds / 60) * 10) / 10, timer_completed: t.completed, id: t.id });
  }
  for (const e of r.episodeEvents) rows.push({ at: e.at, type: e.type, id: e.episode });
  return rows.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** Columns a person typed into: the only ones that can smuggle a formula. */
const TYPED: ReadonlySet<string> = new Set(['note', 'helped']);

export function cell(value: string | number | boolean | undefined, typed = false): string {
  if (value === undefined) return '';
  let text = String(value);
  // A leading =, +, -, @ (or tab/CR) makes spreadsheets evaluate the cell; a quote mark keeps it text.
  if (typed && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}
