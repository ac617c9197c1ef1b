// Episodes with an injected clock: pairing, day N, phase, thresholds from the knowledge base.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cannotStart,
  dayOf,
  episodeStatus,
  episodesFrom,
  followUpDates,
  openEpisode,
} from '../../../src/core/diary/episodes.js';
import type { Episode } from '../../../src/core/diary/types.js';
import type { KnowledgeBase } from '../../../src/kb/types.js';
import { toSeconds } from '../../../src/core/vocabulary.js';
import { loadKnowledgeBase } from '../../../src/kb/load.js';
import { ROOT } from '../../helpers/run-cli.js';

const kb = loadKnowledgeBase(join(ROOT, 'data'));
const START = new Date(2026, 10, 20, 8, 0); // Fri 20 Nov 2026 08:00 local
const hoursAfter = (h: number) => new Date(START.getTime() + h * 3_600_000);
const open: Episode = { id: 'e1', start: START, end: undefined };

function followUp(id: string) {
  const f = kb.timelines.followUp.find((x) => x.id === id);
  if (!f) throw new Error(`no follow-up ${id} in the knowledge base`);
  return f;
}
const afterMs = (id: string) => toSeconds(followUp(id).after.min, followUp(id).after.unit) * 1000;

describe('pairing episode records', () => {
  it('pairs an end with its start by id, in start order, and finds the open one', () => {
    const episodes = episodesFrom([
      { type: 'episode-start', id: 'b', at: new Date(2026, 10, 10) },
      { type: 'episode-start', id: 'a', at: new Date(2026, 9, 1) },
      { type: 'episode-end', id: 'x', at: new Date(2026, 9, 9), episode: 'a' },
      { type: 'episode-end', id: 'y', at: new Date(2026, 9, 9), episode: 'nobody' },
    ]);
    expect(episodes.map((e) => [e.id, e.end !== undefined])).toEqual([
      ['a', true],
      ['b', false],
    ]);
    expect(openEpisode(episodes)?.id).toBe('b');
  });

  it('refuses a second open episode and a start inside a closed one', () => {
    expect(cannotStart([open], hoursAfter(5))).toBe('open');
    const closed: Episode = { id: 'c', start: START, end: hoursAfter(100) };
    expect(cannotStart([closed], hoursAfter(50))).toBe('overlaps');
    expect(cannotStart([closed], hoursAfter(101))).toBeUndefined();
  });
});

describe('episode status', () => {
  it('counts day 1 as the first 24 hours', () => {
    expect(dayOf(START, hoursAfter(0))).toBe(1);
    expect(dayOf(START, hoursAfter(23.9))).toBe(2 - 1);
    expect(dayOf(START, hoursAfter(24))).toBe(2);
    expect(dayOf(START, hoursAfter(24 * 14))).toBe(15);
  });

  it('takes the phase and the ice window from the knowledge base', () => {
    const early = episodeStatus(kb, open, hoursAfter(30));
    expect(early.phase?.id).toBe(
      kb.phases.phases.find((p) => 30 >= p.fromHour && (p.toHour === undefined || 30 < p.toHour))?.id,
    );
    expect(early.thermal.map((t) => t.protocol.id)).toContain('ice');
    expect(early.switchToHeatAt).toEqual(hoursAfter(kb.thermal.switchToHeatAfter.hours));
    const later = episodeStatus(kb, open, hoursAfter(kb.thermal.switchToHeatAfter.hours + 1));
    expect(later.thermal.map((t) => t.protocol.id)).not.toContain('ice');
    expect(later.movement.length).toBeGreaterThan(0);
  });

  it('gives the next follow-up threshold with its date, and the one just passed', () => {
    const day3 = episodeStatus(kb, open, hoursAfter(60));
    expect(day3.next?.followUp.id).toBe('not-improving');
    expect(day3.next?.due).toEqual(new Date(START.getTime() + afterMs('not-improving')));
    expect(day3.passed).toBeUndefined();
    const day20 = episodeStatus(kb, open, new Date(START.getTime() + afterMs('not-improving') + 3_600_000));
    expect(day20.passed?.followUp.id).toBe('not-improving');
    expect(day20.next?.followUp.id).toBe('lasting-over-4-to-6-weeks');
    expect(day20.ifWorse?.id).toBe('getting-worse');
  });

  it('moves the dates when the knowledge base moves the thresholds (nothing is hard-coded)', () => {
    const edited: KnowledgeBase = {
      ...kb,
      timelines: {
        ...kb.timelines,
        followUp: kb.timelines.followUp.map((f) =>
          f.id === 'not-improving' ? { ...f, after: { min: 10, max: 10, unit: 'days' as const } } : f,
        ),
      },
    };
    expect(episodeStatus(edited, open, hoursAfter(60)).next?.due).toEqual(hoursAfter(240));
    expect(followUpDates(edited, START, ['not-better'])[0]?.due).toEqual(hoursAfter(240));
  });

  it('stops the clock at the end of a closed episode', () => {
    const closed: Episode = { id: 'c', start: START, end: hoursAfter(24 * 9 + 1) };
    expect(episodeStatus(kb, closed, hoursAfter(24 * 40)).day).toBe(10);
  });
});
