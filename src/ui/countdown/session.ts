// What a countdown shows, independent of how (screen, plain lines, NDJSON):
// the phases with their words, and what to read before starting. Built by
// thermal.ts and stretch.ts from the knowledge base; nothing here decides
// a number.

export type Tone = 'cold' | 'warm' | 'calm' | 'active';

export interface ShownPhase {
  /** Engine input. */
  seconds: number;
  /** Machine name: ice, heat, rest, ready, hold, relax, move. */
  kind: string;
  /** "Ice", "Rest", "Knee-to-chest stretch". */
  title: string;
  /** "session 1 of 2", "left side · hold 1 of 4". */
  detail: string;
  /** How "Next: …" names it, when the title alone is not enough ("knee hug, right side"). */
  nextLabel?: string;
  tone: Tone;
  /** Said when the phase starts. */
  startText: string;
  /** Shown while it runs. */
  instructions: string[];
  /** Said when it ends or is skipped, e.g. the skin check after ice. */
  endText?: string;
  /** Said if the timer stops during this phase, e.g. take the pack off now. */
  stopText?: string;
  /** Shown while paused, e.g. take the pack off. */
  pauseText?: string;
  /** A pause longer than this ends the session (engine input). */
  maxPauseSeconds?: number;
  /** Said when a long pause ended the session and a new one starts, e.g. check the skin first. */
  restartText?: string;
  /** Extra fields for the phase object in JSON. */
  json: Record<string, unknown>;
}

export interface IntroSection {
  title: string;
  items: string[];
  /** Also printed under --plan (notes, a stop rule); the checklist is for the start. */
  inPlan?: boolean;
}

export interface CountdownSession {
  command: 'ice-heat-timer' | 'stretch';
  /** "Ice timer", "Gentle stretches for a sore back". */
  title: string;
  phases: ShownPhase[];
  /** What to read before the first phase: checklist, set-up, notes. */
  intro: IntroSection[];
  /** Always visible under the countdown (a stretch routine's stop rule). */
  footer?: string;
  /** Extra fields for the JSON start event and plan. */
  json: Record<string, unknown>;
}
