// Pain over time in a terminal. Wide: one row per day, a bar from the day's
// lowest to highest score with the mean marked, and the numbers in words at
// the end of the row (so nothing depends on colour or on reading the bar).
// Narrow (or a long window): a sparkline of the daily mean, a week per line.
import { fromLocalDate, shortDay } from '../../core/diary/time.js';
import type { DayStat } from '../../core/diary/stats.js';
import type { Style } from '../style.js';
import { wrap } from '../wrap.js';

const LABEL = 11; // "Fri 20 Nov "
const NUMBERS = 24; // "  2–7, mean 4.5 (3×)"
const MAX_ROW_DAYS = 31;
const SPARK = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

export function painChart(days: readonly DayStat[], width: number, style: Style): string[] {
  const perPoint = Math.min(4, Math.floor((width - LABEL - NUMBERS - 1) / 10));
  if (perPoint < 2 || days.length > MAX_ROW_DAYS) return sparkline(days, style, width);
  return barRows(days, perPoint, style);
}

function barRows(days: readonly DayStat[], perPoint: number, style: Style): string[] {
  const cells = 10 * perPoint + 1;
  const axis = Array.from({ length: cells }, () => ' ');
  for (let v = 0; v <= 10; v += 2) {
    const label = String(v);
    for (let i = 0; i < label.length; i++) axis[v * perPoint + i - (v === 10 ? 1 : 0)] = label[i] ?? ' ';
  }
  const lines = [style.dim(`${' '.repeat(LABEL)}${axis.join('')}`)];
  for (const day of days) {
    const label = shortDay(fromLocalDate(day.date)).padEnd(LABEL);
    if (day.mean === null || day.min === null || day.max === null) {
      lines.push(style.dim(`${label}${gridOnly(cells, perPoint)}  no entries`));
      continue;
    }
    const lo = Math.round(day.min * perPoint);
    const hi = Math.round(day.max * perPoint);
    const mid = Math.round(day.mean * perPoint);
    let bar = '';
    for (let c = 0; c < cells; c++) {
      if (c === mid) bar += style.strong('●');
      else if (c >= lo && c <= hi) bar += '━';
      else bar += style.dim(c % (2 * perPoint) === 0 ? '·' : ' ');
    }
    const range = day.min === day.max ? `${day.min}` : `${day.min}–${day.max}`;
    lines.push(`${label}${bar}  ${range}, mean ${day.mean.toFixed(1)} (${day.count}×)`);
  }
  lines.push(style.dim(`${' '.repeat(LABEL)}━ lowest to highest score of the day, ● the day's mean`));
  return lines;
}

function gridOnly(cells: number, perPoint: number): string {
  let s = '';
  for (let c = 0; c < cells; c++) s += c % (2 * perPoint) === 0 ? '·' : ' ';
  return s;
}

/** One character per day (the daily mean), seven days a line. */
function sparkline(days: readonly DayStat[], style: Style, width = 80): string[] {
  const lines: string[] = [];
  for (let i = 0; i < days.length; i += 7) {
    const week = days.slice(i, i + 7);
    const first = week[0];
    if (!first) continue;
    const marks = week
      .map((d) => (d.mean === null ? style.dim('·') : (SPARK[Math.min(7, Math.round((d.mean / 10) * 7))] ?? '?')))
      .join('');
    const logged = week.filter((d) => d.min !== null);
    const lo = Math.min(...logged.map((d) => d.min ?? 10));
    const hi = Math.max(...logged.map((d) => d.max ?? 0));
    const range = logged.length === 0 ? 'no entries' : lo === hi ? `${lo}` : `${lo}–${hi}`;
    lines.push(`${shortDay(fromLocalDate(first.date)).padEnd(LABEL)}${marks}${' '.repeat(8 - week.length)}${range}`);
  }
  lines.push(
    ...wrap("Each mark is a day's mean: ▁ 0 … █ 10, · no entries; then the week's lowest–highest.", width).map((l) =>
      style.dim(l),
    ),
  );
  return lines;
}
