// Far more scores than a person logs (a script gone wrong, a merged file): the
// statistics take the lowest and highest by walking the list, never by
// spreading it into Math.min's arguments, which overflows the call stack at
// about 130,000 items.
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/core/diary/report.js';
import { dailyStats, summarize } from '../../../src/core/diary/stats.js';
import type { PainPoint } from '../../../src/core/diary/types.js';
import { loadKnowledgeBase } from '../../../src/kb/load.js';
import { MINIMAL_KB } from '../../helpers/kb-copy.js';

const COUNT = 200_000;
const DAY = new Date(2026, 10, 14, 0, 0);
const NOW = new Date(2026, 10, 14, 23, 0);
const points: PainPoint[] = Array.from({ length: COUNT }, (_, i) => ({
  id: `p${i}`,
  at: new Date(DAY.getTime() + (i % 40_000) * 1000),
  recordedAt: undefined,
  score: i === 7 ? 0 : i === 11 ? 10 : 5,
  source: 'log',
  helped: [],
  note: undefined,
}));

const kb = loadKnowledgeBase(MINIMAL_KB);

describe('200,000 scores in one day', () => {
  it('daily statistics give the lowest and highest', () => {
    const [day] = dailyStats(points, DAY, NOW);
    expect(day).toMatchObject({ count: COUNT, min: 0, max: 10, mean: 5 });
  });

  it('the summary gives the lowest and highest', () => {
    expect(summarize(points)).toMatchObject({ count: COUNT, min: 0, max: 10, mean: 5 });
  });

  it('the report model builds, with its rows', () => {
    const model = buildReport(kb, {
      diary: { episodes: [], pain: points, checks: [], timers: [] },
      from: DAY,
      to: NOW,
      now: NOW,
      software: { name: 'b', version: '1' },
    });
    expect(model.pain.rows[0]).toMatchObject({ count: COUNT, min: 0, max: 10 });
  });
});
