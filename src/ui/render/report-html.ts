// The clinician summary as one self-contained HTML page (no scripts, no
// external files) laid out to print on a single A4 sheet: a chart of the
// daily lowest, mean and highest score, then two columns of facts.
import { capitalise } from '../../core/text.js';
import type { ReportModel } from '../../core/diary/report.js';
import { dayAndTime, fromLocalDate, shortDay } from '../../core/diary/time.js';
import { localClock } from '../../core/time/when.js';
import {
  episodeLines,
  generatedLine,
  painSummaryLine,
  periodLine,
  PROVENANCE_NOTE,
  REPORT_TITLE,
  rowLabel,
  trendLines,
  triedLine,
} from './report-text.js';

const CSS =
  `
@page { size: A4; margin: 10mm; }
* { box-sizing: border-box; }
body { overflow-wrap: break-word; font: 8pt/1.22 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, ` +
  `Arial, sans-serif; color: #111; margin: 0 auto; padding: 6mm; max-width: 190mm; }
h1 { font-size: 14pt; margin: 0 0 1.5mm; }
h2 { font-size: 9.5pt; margin: 1.6mm 0 0.6mm; padding-bottom: 0.5mm; border-bottom: 1px solid #888; }
p, ul { margin: 0 0 1.2mm; } ul { padding-left: 4.5mm; }
.dense { font-size: 7.5pt; }
.meta { color: #333; } .note { font-style: italic; color: #333; }
table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
th, td { padding: 0.2mm 1.2mm; border-bottom: 1px solid #ddd; text-align: left; vertical-align: top; }
th { font-weight: 600; } .n { text-align: right; } .when { white-space: nowrap; }
.cols { display: grid; grid-template-columns: 1fr 1fr; gap: 5mm; }
.flag { border: 1.5px solid #a00; padding: 1mm 2mm; margin: 1.5mm 0; }
svg { width: 100%; height: auto; display: block; }
footer { margin-top: 2mm; font-size: 7.5pt; color: #444; }
@media print { body { padding: 0; max-width: none; } }
`;

/** The table of pain scores by day (or by group of days), or nothing when no score was logged. */
function painTable(r: ReportModel): string[] {
  const left: string[] = [];
  if (r.pain.summary.count > 0) {
    left.push(
      `<h2>${r.pain.rowDays === 1 ? 'By day' : `By ${r.pain.rowDays} days`}</h2>`,
      '<table><thead><tr><th>' +
        (r.pain.rowDays === 1 ? 'Day' : 'From') +
        '</th><th class="n">Scores</th><th class="n">Low</th><th class="n">Mean</th><th ' +
        'class="n">High</th></tr></thead><tbody>',
    );
    for (const row of r.pain.rows) {
      const label = esc(rowLabel(r.pain.rowDays === 1 ? row : { from: row.from, to: row.from }));
      left.push(
        row.count === 0
          ? `<tr><td>${label}</td><td class="n">0</td><td class="n">–</td><td class="n">–</td><td class="n">–</td></tr>`
          : `<tr><td>${label}</td><td class="n">${row.count}</td><td class="n">${row.min}</td><td ` +
              `class="n">${row.mean?.toFixed(1)}</td><td class="n">${row.max}</td></tr>`,
      );
    }
    left.push('</tbody></table>');
  }
  return left;
}

/** The column beside the pain table: the checks run, then what was tried and what helped. */
function checksAndTried(r: ReportModel): string[] {
  const right: string[] = [];
  right.push('<h2>Checks run</h2>');
  if (r.checks.length === 0) right.push('<p>None recorded in this period.</p>');
  else {
    right.push('<table><thead><tr><th>When</th><th>Result</th><th class="n">Pain</th></tr></thead><tbody>');
    for (const c of r.checks) {
      const result = `${c.title}${c.complete ? '' : ' (stopped early)'}`;
      right.push(
        `<tr><td class="when">${esc(`${shortDay(c.at)} ${localClock(c.at)}`)}</td><td>${esc(result)}</td><td ` +
          `class="n">${c.painScore ?? '–'}</td></tr>`,
      );
    }
    right.push('</tbody></table>');
    if (r.checksLeftOut > 0)
      right.push(`<p class="meta">${r.checksLeftOut} earlier not shown; the CSV export lists all.</p>`);
  }
  // Beside the table of days, which is the tallest block; the conditions go full width
  // below, because with many ticked a column would run past the page.
  right.push('<h2>Tried, and what helped</h2>');
  const more = r.triedLeftOut > 0 ? `; ${r.triedLeftOut} more in the CSV export` : '';
  right.push(
    r.tried.length === 0 ? '<p>Nothing logged.</p>' : `<p>${esc(r.tried.map(triedLine).join('; ') + more)}.</p>`,
  );
  return right;
}

export function reportHtml(r: ReportModel): string {
  const body: string[] = [];
  body.push(`<h1>${esc(REPORT_TITLE)}</h1>`);
  body.push(`<p class="meta"><b>Period:</b> ${esc(periodLine(r))} · <b>Generated:</b> ${esc(generatedLine(r))}</p>`);
  body.push(`<p class="note">${esc(PROVENANCE_NOTE)}</p>`);
  if (r.warnings.length > 0) {
    body.push('<div class="flag"><b>Flags from the diary</b><ul>');
    for (const w of r.warnings)
      body.push(
        `<li><b>${esc(w.followUp.when)}</b> ${esc(capitalise(w.reason))} (threshold ` +
          `reached ${esc(shortDay(w.due))}).</li>`,
      );
    body.push('</ul></div>');
  }
  body.push('<h2>Episode</h2><ul>', ...episodeLines(r).map((l) => `<li>${esc(l)}</li>`), '</ul>');
  body.push(
    '<h2>Pain (0 = no pain, 10 = worst imaginable)</h2>',
    `<p>${esc(painSummaryLine(r))}${
      r.pain.summary.count > 0
        ? ' Chart: bars from the lowest to the highest score of each day, dots at the day’s mean.'
        : ''
    }</p>`,
  );
  const trend = trendLines(r);
  if (trend.length > 0) body.push('<ul>', ...trend.map((l) => `<li>${esc(l)}</li>`), '</ul>');
  if (r.pain.summary.count > 0) body.push(chart(r));

  const left = painTable(r);
  const right = checksAndTried(r);
  body.push(
    left.length > 0
      ? `<div class="cols"><div>${left.join('\n')}</div><div>${right.join('\n')}</div></div>`
      : right.join('\n'),
  );
  body.push('<h2>Conditions and medicines noted</h2><ul class="dense">');
  body.push(
    `<li>Conditions (from ` +
      `checks): ${r.conditions.length > 0 ? esc(r.conditions.map((c) => c.name).join('; ')) : 'none noted'}</li>`,
  );
  body.push(
    `<li>Medicines: ${
      r.medicines.length > 0 ? esc(r.medicines.map((m) => `${m.name} (${m.noted})`).join('; ')) : 'none noted'
    }</li></ul>`,
  );
  if (r.notes.length > 0) {
    body.push(
      `<h2>Patient's notes ` +
        `(latest ${r.notes.length}${r.notesLeftOut > 0 ? ` of ${r.notes.length + r.notesLeftOut}` : ''})</h2><ul>`,
    );
    for (const n of r.notes) body.push(`<li>${esc(dayAndTime(n.at))}: ${esc(n.text)}</li>`);
    body.push('</ul>');
  }
  body.push(`<footer>${esc(r.scale)} ${esc(r.disclaimer)}</footer>`);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(REPORT_TITLE)} (${esc(periodLine(r))})</title>
<style>${CSS}</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}

/** Daily lowest-to-highest bars with the mean as a dot, on a 0–10 axis. */
function chart(r: ReportModel): string {
  const days = r.pain.days;
  const W = 700;
  const H = 72;
  const left = 24;
  const top = 8;
  const bottom = 20;
  const plotW = W - left - 6;
  const plotH = H - top - bottom;
  const step = plotW / Math.max(1, days.length);
  const y = (v: number): number => top + plotH - (v / 10) * plotH;
  const parts: string[] = [];
  for (let v = 0; v <= 10; v += 2) {
    parts.push(
      `<line x1="${left}" x2="${W - 6}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="#ddd" ` +
        `stroke-width="1"/>`,
    );
    parts.push(
      `<text x="${left - 4}" y="${(y(v) + 3).toFixed(1)}" font-size="9" text-anchor="end" fill="#444">${v}</text>`,
    );
  }
  const labelEvery = Math.max(1, Math.ceil(days.length / 10));
  days.forEach((d, i) => {
    const x = left + step * (i + 0.5);
    if (d.min !== null && d.max !== null && d.mean !== null) {
      const barW = Math.max(1.5, Math.min(10, step * 0.5));
      parts.push(
        `<rect x="${(x - barW / 2).toFixed(1)}" y="${y(d.max).toFixed(1)}" width="${barW.toFixed(1)}" ` +
          `height="${Math.max(1.5, y(d.min) - y(d.max)).toFixed(1)}" fill="#9bb8d3"/>`,
      );
      parts.push(
        `<circle cx="${x.toFixed(1)}" cy="${y(d.mean).toFixed(1)}" ` +
          `r="${Math.min(3.5, Math.max(1.5, step / 4)).toFixed(1)}" fill="#123f6b"/>`,
      );
    }
    if (i % labelEvery === 0)
      parts.push(
        `<text x="${x.toFixed(1)}" y="${H - 6}" font-size="9" text-anchor="middle" ` +
          `fill="#444">${esc(shortDay(fromLocalDate(d.date)).slice(4))}</text>`,
      );
  });
  const label =
    `Chart of daily pain scores: bars from the lowest to the highest score of each day, dots at the daily ` +
    `mean, ${days.length} ${days.length === 1 ? 'day' : 'days'}.`;
  return `<svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(label)}">${parts.join('')}</svg>`;
}

function esc(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
