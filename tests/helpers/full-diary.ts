// A diary with the fullest content the one-page report allows, written as the
// documented JSON Lines records: 15 days of scores (the most the report shows
// a row a day), every check row and the "earlier not shown" line, every
// condition in the knowledge base that can go together, more remedies tried than the report lists,
// long notes (one a single unbroken word), and an open episode old enough
// for the diary's warnings.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_CHECKS, MAX_ROWS } from '../../src/core/diary/report.js';
import { CARE_LEVELS } from '../../src/core/vocabulary.js';
import { loadKnowledgeBase } from '../../src/kb/load.js';
import { ROOT } from './run-cli.js';

const DAY = 86_400_000;
const kb = loadKnowledgeBase(join(ROOT, 'data'), 'data');

export interface FullDiary {
  home: string;
  /** --from for a report that shows every day as a row: the first day with scores, yyyy-mm-dd. */
  from: string;
}

function localDate(d: Date): string {
  const p = (x: number) => String(x).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

const record = (type: string, at: Date, fields: Record<string, unknown> = {}) =>
  JSON.stringify({
    schemaVersion: 1,
    type,
    id: randomUUID(),
    at: at.toISOString(),
    recordedAt: at.toISOString(),
    ...fields,
  });

export function fullDiary(now = new Date()): FullDiary {
  const home = mkdtempSync(join(tmpdir(), 'backcare-full-diary-'));
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate(), 7);
  const dayAt = (daysAgo: number, hour: number) => new Date(today.getTime() - daysAgo * DAY + (hour - 7) * 3_600_000);
  const remedies = kb.remedies.remedies.map((r) => r.id);
  // Every condition a person can have at once: of the age groups (under 16, under 18, 65 or over), one.
  const conditions = kb.conditions.conditions
    .filter((c) => c.group !== 'age' || c.id === 'age-65-plus')
    .map((c) => c.id);

  const episodeStart = dayAt(50, 8);
  writeFileSync(join(home, 'episodes.jsonl'), `${record('episode-start', episodeStart)}\n`);

  const lines: string[] = [];
  const days = MAX_ROWS - 1;
  for (let ago = days; ago >= 0; ago--) {
    for (const [i, hour] of [7, 11, 15, 21].entries()) {
      if (ago === 0 && hour > now.getHours()) continue;
      const score = Math.min(10, 3 + Math.floor((days - ago) / 3) + (i % 2));
      const helped = [remedies[(ago * 4 + i) % remedies.length]!, remedies[(ago * 4 + i + 1) % remedies.length]!];
      lines.push(record('pain', dayAt(ago, hour), { score, helped, note: noteFor(ago, i) }));
    }
  }
  for (let i = 0; i <= MAX_CHECKS; i++) {
    const level = CARE_LEVELS[(i + 1) % CARE_LEVELS.length]!;
    lines.push(
      record('check', dayAt(days - 2 * i, 12), {
        level,
        complete: i % 3 !== 1,
        painScore: 4 + (i % 5),
        conditions,
        rules: [],
      }),
    );
  }
  lines.push(
    record('timer-session', dayAt(2, 10), { protocol: 'heat', remedy: 'heat-pack', seconds: 1200, completed: true }),
  );
  lines.push(
    record('timer-session', dayAt(1, 10), { protocol: 'ice', remedy: 'ice-pack', seconds: 600, completed: false }),
  );
  lines.sort((a, b) => (JSON.parse(a) as { at: string }).at.localeCompare((JSON.parse(b) as { at: string }).at));
  writeFileSync(join(home, 'diary.jsonl'), `${lines.join('\n')}\n`);
  return { home, from: localDate(dayAt(days, 7)) };
}

function noteFor(daysAgo: number, i: number): string | undefined {
  if (i !== 3) return undefined;
  if (daysAgo === 1) return `Copied from my phone: ${'ibuprofen400mgthreetimesadaywithfood'.repeat(5)}`;
  return (
    `Day ${daysAgo} before today: stiff when getting out of bed, eased a little after a short walk around the ` +
    `block, then worse again sitting at the desk all afternoon without a break.`
  );
}
