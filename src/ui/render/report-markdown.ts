// The clinician summary as one page of Markdown.
import { capitalise } from '../../core/text.js';
import type { ReportModel } from '../../core/diary/report.js';
import { dayAndTime, shortDay } from '../../core/diary/time.js';
import {
  checkLevelText,
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

export function reportMarkdown(r: ReportModel): string {
  const out: string[] = [`# ${REPORT_TITLE}`, ''];
  out.push(`**Period:** ${periodLine(r)}  `, `**Generated:** ${generatedLine(r)}  `, `*${PROVENANCE_NOTE}*`, '');
  out.push('## Episode', '', ...episodeLines(r).map((l) => `- ${l}`), '');
  out.push('## Pain', '', painSummaryLine(r), '');
  const trend = trendLines(r);
  if (trend.length > 0) out.push(...trend.map((l) => `- ${l}`), '');
  if (r.pain.summary.count > 0) {
    out.push(
      `| ${r.pain.rowDays === 1 ? 'Day' : `${r.pain.rowDays} days from`} | Scores | Lowest | Mean | Highest |`,
      '| --- | ---: | ---: | ---: | ---: |',
    );
    for (const row of r.pain.rows) {
      const label = r.pain.rowDays === 1 ? rowLabel(row) : rowLabel({ from: row.from, to: row.to });
      out.push(
        row.count === 0
          ? `| ${label} | 0 | – | – | – |`
          : `| ${label} | ${row.count} | ${row.min} | ${row.mean?.toFixed(1)} | ${row.max} |`,
      );
    }
    out.push('');
  }
  if (r.warnings.length > 0) {
    out.push('## Flags from the diary', '');
    for (const w of r.warnings)
      out.push(`- **${w.followUp.when}** ${capitalise(w.reason)} (threshold reached ${shortDay(w.due)}).`);
    out.push('');
  }
  out.push('## Checks run (backcare check)', '');
  if (r.checks.length === 0) out.push('None recorded in this period.');
  else {
    out.push('| When | Result | Pain |', '| --- | --- | ---: |');
    for (const c of r.checks) out.push(`| ${dayAndTime(c.at)} | ${checkLevelText(c)} | ${c.painScore ?? '–'} |`);
    if (r.checksLeftOut > 0)
      out.push(
        '',
        `(${r.checksLeftOut} earlier check${r.checksLeftOut === 1 ? '' : 's'} not shown; the CSV export lists all.)`,
      );
  }
  out.push('', '## Tried, and what helped', '');
  if (r.tried.length === 0) out.push('Nothing logged.');
  else out.push(...r.tried.map((t) => `- ${md(triedLine(t))}`));
  if (r.triedLeftOut > 0) out.push(`- (${r.triedLeftOut} more in the CSV export)`);
  out.push('', '## Conditions and medicines noted', '');
  out.push(
    `- Conditions (from ` +
      `checks): ${r.conditions.length > 0 ? r.conditions.map((c) => md(c.name)).join('; ') : 'none noted'}`,
  );
  out.push(
    `- Medicines: ` +
      `${r.medicines.length > 0 ? r.medicines.map((m) => `${md(m.name)} (${m.noted})`).join('; ') : 'none noted'}`,
  );
  if (r.notes.length > 0) {
    out.push(
      '',
      `## Patient's notes ` +
        `(latest ${r.notes.length}${r.notesLeftOut > 0 ? ` of ${r.notes.length + r.notesLeftOut}` : ''})`,
      '',
    );
    for (const n of r.notes) out.push(`- ${dayAndTime(n.at)}: ${md(n.text)}`);
  }
  out.push('', '---', '', `*${r.scale} ${r.disclaimer}*`, '');
  return out.join('\n');
}

/** User text in Markdown: no HTML, no accidental emphasis, links or table breaks. */
function md(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|#~])/g, '\\$1');
}
