// Where an episode stands on the knowledge base's timeline: its phase, and
// when each follow-up threshold (timelines.yaml) falls due, counted from the
// start of the episode at the earliest end of the threshold's range.
import type { FollowUp, Phase } from './kb/types.js';
import { toSeconds } from './kb/vocabulary.js';

/** The phase of the episode at `hours` since it started; undefined when the start is unknown. */
export function phaseAt(phases: readonly Phase[], hours: number | undefined): Phase | undefined {
  if (hours === undefined) return undefined;
  return phases.find((p) => hours >= p.fromHour && (p.toHour === undefined || hours < p.toHour));
}

export function followUpDue(followUp: FollowUp, start: Date): Date {
  return new Date(start.getTime() + toSeconds(followUp.after.min, followUp.after.unit) * 1000);
}
