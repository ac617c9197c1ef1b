// Where an episode stands on the knowledge base's timeline: its phase, and
// when each follow-up threshold (timelines.yaml) falls due, counted from the
// start of the episode at the earliest end of the threshold's range.
import type { AnswerValue } from './check/answers.js';
import { evaluate } from './check/conditions.js';
import type { FollowUp, Phase } from '../kb/types.js';
import { toSeconds } from './vocabulary.js';

/** The phase of the episode at `hours` since it started; undefined when the start is unknown. */
export function phaseAt(phases: readonly Phase[], hours: number | undefined): Phase | undefined {
  if (hours === undefined) return undefined;
  return phases.find((p) => hours >= p.fromHour && (p.toHour === undefined || hours < p.toHour));
}

export function followUpDue(followUp: FollowUp, start: Date): Date {
  return new Date(start.getTime() + toSeconds(followUp.after.min, followUp.after.unit) * 1000);
}

export interface ScheduledFollowUp {
  followUp: FollowUp;
  due: Date;
}

/**
 * The follow-ups the facts do not rule out (an unknown answer keeps one in),
 * each due at the start plus its earliest `after`, in date order: the one
 * schedule that `check`, `episode status` and the calendar file all show.
 */
export function followUpSchedule(
  followUps: readonly FollowUp[],
  start: Date,
  facts: ReadonlyMap<string, AnswerValue> = new Map(),
): ScheduledFollowUp[] {
  return followUps
    .filter((followUp) => !followUp.appliesIf || evaluate(followUp.appliesIf, facts) !== false)
    .map((followUp) => ({ followUp, due: followUpDue(followUp, start) }))
    .sort((a, b) => a.due.getTime() - b.due.getTime());
}
