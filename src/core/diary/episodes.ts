// Episodes: pairing start and end records, the open episode, and what the
// knowledge base says for the day of the episode someone is in. Pure: the
// current time is passed in.
import type { AnswerValue } from '../check/answers.js';
import { followUpDue, followUpSchedule, phaseAt, type ScheduledFollowUp } from '../timeline.js';
import type { FollowUp, KnowledgeBase, Phase, Remedy, ThermalProtocol } from '../../kb/types.js';
import type { Episode, EpisodeEvent } from './types.js';

const HOUR = 3_600_000;

/** Episodes in start order. An end names its start by id; an end with no known start is ignored. */
export function episodesFrom(events: readonly EpisodeEvent[]): Episode[] {
  const episodes = new Map<string, Episode>();
  for (const e of events)
    if (e.type === 'episode-start' && !episodes.has(e.id))
      episodes.set(e.id, { id: e.id, start: e.at, end: undefined });
  for (const e of events) {
    if (e.type !== 'episode-end') continue;
    const episode = episodes.get(e.episode);
    if (episode && (episode.end === undefined || e.at < episode.end)) episode.end = e.at;
  }
  return [...episodes.values()].sort((a, b) => a.start.getTime() - b.start.getTime());
}

/** The open episode: the latest-starting one with no end. */
export function openEpisode(episodes: readonly Episode[]): Episode | undefined {
  return episodes.filter((e) => e.end === undefined).at(-1);
}

/** Why a new episode cannot start at `at`, or undefined when it can. */
export function cannotStart(episodes: readonly Episode[], at: Date): string | undefined {
  const open = openEpisode(episodes);
  if (open) return 'open';
  const overlapping = episodes.find((e) => e.end !== undefined && at < e.end);
  return overlapping ? 'overlaps' : undefined;
}

function hoursSince(start: Date, now: Date): number {
  return Math.max(0, (now.getTime() - start.getTime()) / HOUR);
}

/** Day 1 is the first 24 hours, as in `backcare check`. */
export function dayOf(start: Date, now: Date): number {
  return Math.floor(hoursSince(start, now) / 24) + 1;
}

export interface DueFollowUp {
  followUp: FollowUp;
  /** The start of the episode plus the follow-up's earliest `after`. */
  due: Date;
}

/** When each follow-up the diary can track falls due for an episode that started at `start`. */
export function followUpDates(
  kb: KnowledgeBase,
  start: Date,
  triggers: readonly string[] = ['not-better', 'ongoing', 'worse'],
): DueFollowUp[] {
  return kb.timelines.followUp
    .filter((f) => f.diary !== undefined && triggers.includes(f.diary))
    .map((followUp) => ({ followUp, due: followUpDue(followUp, start) }))
    .sort((a, b) => a.due.getTime() - b.due.getTime());
}

export interface ThermalWindow {
  protocol: ThermalProtocol;
  remedy: Remedy | undefined;
}

export interface EpisodeStatus {
  episode: Episode;
  /** `now`, or the end of a closed episode. */
  asOf: Date;
  hours: number;
  day: number;
  phase: Phase | undefined;
  /** Ice and heat protocols that suit this phase. */
  thermal: ThermalWindow[];
  /** When heat alone takes over from ice, by the knowledge base's convention. */
  switchToHeatAt: Date;
  switchToHeatConvention: string;
  /** Recommended movement for this phase. */
  movement: Remedy[];
  /** The last milestone passed (e.g. 2 to 3 weeks, not improving) and the next one to come. */
  passed: DueFollowUp | undefined;
  next: DueFollowUp | undefined;
  /** What to do if the pain gets worse instead of better (the `worse` follow-up). */
  ifWorse: FollowUp | undefined;
  /** Every follow-up with its date, as `check` lists them. */
  schedule: ScheduledFollowUp[];
}

/**
 * `facts` are those of the episode's last check, when the diary has its answers: they rule follow-ups in or out as in
 * `check`.
 */
export function episodeStatus(
  kb: KnowledgeBase,
  episode: Episode,
  now: Date,
  facts: ReadonlyMap<string, AnswerValue> = new Map(),
): EpisodeStatus {
  const asOf = episode.end ?? now;
  const hours = hoursSince(episode.start, asOf);
  const phase = phaseAt(kb.phases.phases, hours);
  const remedies = new Map(kb.remedies.remedies.map((r) => [r.id, r]));
  const milestones = followUpDates(kb, episode.start, ['not-better', 'ongoing']);
  return {
    episode,
    asOf,
    hours,
    day: dayOf(episode.start, asOf),
    phase,
    thermal: kb.thermal.protocols
      .filter((p) => phase === undefined || p.suits.includes(phase.id))
      .map((protocol) => ({ protocol, remedy: remedies.get(protocol.remedy) })),
    switchToHeatAt: new Date(episode.start.getTime() + kb.thermal.switchToHeatAfter.hours * HOUR),
    switchToHeatConvention: kb.thermal.switchToHeatAfter.convention,
    movement: kb.remedies.remedies.filter(
      (r) =>
        r.category === 'movement' && r.stance === 'recommended' && (phase === undefined || r.phases.includes(phase.id)),
    ),
    passed: milestones.filter((m) => m.due <= asOf).at(-1),
    next: milestones.find((m) => m.due > asOf),
    ifWorse: kb.timelines.followUp.find((f) => f.diary === 'worse'),
    schedule: followUpSchedule(kb.timelines.followUp, episode.start, facts),
  };
}
