// The ice/heat schedule: which sessions, how long, with what rest between,
// all from the knowledge base's thermal protocols. Pure: the command passes
// in the flags (already parsed into seconds and hours) and gets back either
// the phases or a refusal that names the flag and the allowed range.
import { capitalise } from '../text.js';
import { phaseAt } from '../timeline.js';
import type { KnowledgeBase, Phase, ThermalProtocol, TimeRange } from '../../kb/types.js';
import { toSeconds, type TimeUnit } from '../vocabulary.js';
import { formatDuration } from '../time/duration.js';

const THERMAL_MODES = ['ice', 'heat', 'alternate', 'auto'] as const;
export type ThermalMode = (typeof THERMAL_MODES)[number];
export type ThermalKind = 'ice' | 'heat';

export interface ScheduleRequest {
  /** Undefined: inferred from the other flags (see resolveMode). */
  mode?: ThermalMode;
  /** Hours since the spasm started, from --since. */
  hoursSinceOnset?: number;
  ice?: number;
  heat?: number;
  rest?: number;
  cycles: number;
}

export interface ThermalPhase {
  kind: ThermalKind | 'rest';
  seconds: number;
  /** For a rest, the protocol whose session the skin is recovering from. */
  protocol: ThermalKind;
  /** 1-based; an alternate cycle is one ice and one heat session. */
  cycle: number;
}

export interface ThermalSchedule {
  mode: ThermalMode;
  kinds: ThermalKind[];
  cycles: number;
  phases: ThermalPhase[];
  /** Things worth knowing that are not reasons to refuse, in plain sentences. */
  notes: string[];
}

export type ScheduleResult = { ok: true; schedule: ThermalSchedule } | { ok: false; flag: string; message: string };

type Thermal = KnowledgeBase['thermal'];

export function buildThermalSchedule(
  thermal: Thermal,
  phases: readonly Phase[],
  request: ScheduleRequest,
): ScheduleResult {
  const resolved = resolveMode(thermal, request);
  if (!resolved.ok) return resolved;
  const { mode, kinds, notes } = resolved;
  const protocols = new Map<ThermalKind, ThermalProtocol>();
  for (const kind of kinds) {
    const protocol = thermal.protocols.find((p) => p.id === kind);
    if (!protocol)
      return {
        ok: false,
        flag: '--mode',
        message: `the knowledge base has no ${kind} protocol, so there is no ${kind} timer`,
      };
    protocols.set(kind, protocol);
  }

  const session = new Map<ThermalKind, number>();
  for (const [kind, protocol] of protocols) {
    const checked = checkSession(protocol, request[kind]);
    if (!checked.ok) return checked;
    session.set(kind, checked.seconds);
    notes.push(...checked.notes);
    if (request.hoursSinceOnset !== undefined)
      notes.push(...suitabilityNotes(protocol, phases, request.hoursSinceOnset));
  }

  const sessions: ThermalKind[] = [];
  for (let cycle = 0; cycle < request.cycles; cycle++) sessions.push(...kinds);
  const out: ThermalPhase[] = [];
  for (const [i, kind] of sessions.entries()) {
    const cycle = Math.floor(i / kinds.length) + 1;
    out.push({ kind, seconds: session.get(kind) ?? 0, protocol: kind, cycle });
    if (i === sessions.length - 1) break;
    const protocol = protocols.get(kind) as ThermalProtocol;
    const rest = checkRest(protocol, request.rest);
    if (!rest.ok) return rest;
    const next = sessions[i + 1];
    const nextProtocol = next === undefined ? undefined : protocols.get(next);
    const seconds =
      request.rest === undefined && nextProtocol ? spacedRest(nextProtocol, out, rest.seconds) : rest.seconds;
    out.push({ kind: 'rest', seconds, protocol: kind, cycle });
  }
  for (const protocol of protocols.values()) notes.push(...repeatNotes(protocol, out));
  return { ok: true, schedule: { mode, kinds, cycles: request.cycles, phases: out, notes: [...new Set(notes)] } };
}

type Resolved =
  | { ok: true; mode: ThermalMode; kinds: ThermalKind[]; notes: string[] }
  | { ok: false; flag: string; message: string };

/**
 * Without --mode, the flags say what is meant: --ice alone is an ice timer,
 * --heat alone a heat timer, both alternate, and --since alone picks by the
 * time since the spasm started. `auto` uses switchToHeatAfter.hours.
 */
function resolveMode(thermal: Thermal, request: ScheduleRequest): Resolved {
  const mode = request.mode ?? inferredMode(request);
  if (mode === undefined) {
    return {
      ok: false,
      flag: '--mode',
      message:
        'say which timer you want: --mode ice, --mode heat or --mode alternate, or --since WHEN to choose by ' +
        'the time since the spasm started (e.g. --mode ice)',
    };
  }
  if (mode === 'ice' && request.heat !== undefined) return unused('--heat', 'heat', mode);
  if (mode === 'heat' && request.ice !== undefined) return unused('--ice', 'ice', mode);
  if (mode === 'alternate') return { ok: true, mode, kinds: ['ice', 'heat'], notes: [] };
  if (mode !== 'auto') return { ok: true, mode, kinds: [mode], notes: [] };

  if (request.hoursSinceOnset === undefined) {
    return {
      ok: false,
      flag: '--since',
      message:
        '--mode auto chooses ice or heat by the time since the spasm started; add --since, e.g. --since 30h ' +
        'or --since "2026-11-20 08:00"',
    };
  }
  const switchAt = thermal.switchToHeatAfter.hours;
  const hours = request.hoursSinceOnset;
  const kind: ThermalKind = hours < switchAt ? 'ice' : 'heat';
  const when = hours < switchAt ? `less than ${switchAt} hours` : `${switchAt} hours or more`;
  return {
    ok: true,
    mode,
    kinds: [kind],
    notes: [
      `Auto: the spasm started ${formatHours(hours)} ago, ${when}, so this is ${article(kind)} ${kind} timer.`,
      thermal.switchToHeatAfter.convention,
    ],
  };
}

function inferredMode(request: ScheduleRequest): ThermalMode | undefined {
  if (request.ice !== undefined && request.heat !== undefined) return 'alternate';
  if (request.ice !== undefined) return 'ice';
  if (request.heat !== undefined) return 'heat';
  if (request.hoursSinceOnset !== undefined) return 'auto';
  return undefined;
}

function unused(flag: string, kind: ThermalKind, mode: ThermalMode): Resolved {
  return {
    ok: false,
    flag,
    message:
      `${flag} sets the length of ${kind} sessions, but --mode ${mode} has none; use --mode ${kind} or --mode ` +
      `alternate`,
  };
}

type Checked = { ok: true; seconds: number; notes: string[] } | { ok: false; flag: string; message: string };

/** Default: the protocol's usual maximum. Refused: anything over the safety limit. */
function checkSession(protocol: ThermalProtocol, requested: number | undefined): Checked {
  const kind = protocol.id;
  const usual = rangeSeconds(protocol.session);
  const limit = toSeconds(protocol.limit.value, protocol.limit.unit);
  if (requested === undefined) return { ok: true, seconds: usual.max, notes: [] };
  if (requested > limit) {
    return {
      ok: false,
      flag: `--${kind}`,
      message:
        `${kind} sessions are limited to ${formatDuration(limit)} by the knowledge base ` +
        `(${rangeText(protocol.session)} usual, by convention); got ${formatDuration(requested)}`,
    };
  }
  // Shorter is never less safe for the skin, so there is no lower limit: a
  // session shorter than usual gets a note, not a refusal.
  const notes: string[] = [];
  if (requested < usual.min)
    notes.push(
      `A ${formatDuration(requested)} ${kind} session is shorter than the ${rangeText(protocol.session)} ` +
        `usually suggested.`,
    );
  if (requested > usual.max) {
    notes.push(
      `A ${formatDuration(requested)} ${kind} session is longer than the ${rangeText(protocol.session)} ` +
        `usually suggested; the limit is ${formatDuration(limit)}.`,
    );
  }
  return { ok: true, seconds: requested, notes };
}

/** Default: the protocol's minimum rest. Refused: less than that, because the skin must recover. */
function checkRest(protocol: ThermalProtocol, requested: number | undefined): Checked {
  const { min } = rangeSeconds(protocol.restBetween);
  if (requested === undefined) return { ok: true, seconds: min, notes: [] };
  if (requested < min) {
    return {
      ok: false,
      flag: '--rest',
      message:
        `after ${protocol.id} the skin needs at least ${formatDuration(min)} with nothing on it to recover ` +
        `(${rangeText(protocol.restBetween)} by the knowledge base); got ${formatDuration(requested)}`,
    };
  }
  return { ok: true, seconds: requested, notes: [] };
}

/**
 * Before a session, the default rest also keeps to the knowledge base's
 * spacing for that kind (repeatEvery, start to start, counted from the last
 * session of the same kind, with any other session in between), not only to
 * the minimum time the skin needs: the safer of the two readings of the data,
 * and never a plan that its own notes then warn about.
 */
function spacedRest(next: ThermalProtocol, planned: readonly ThermalPhase[], minimumRest: number): number {
  const last = planned.map((p) => p.kind).lastIndexOf(next.id);
  if (!next.repeatEvery || last === -1) return minimumRest;
  const sinceLastStart = planned.slice(last).reduce((sum, p) => sum + p.seconds, 0);
  return Math.max(minimumRest, rangeSeconds(next.repeatEvery).min - sinceLastStart);
}

function suitabilityNotes(protocol: ThermalProtocol, phases: readonly Phase[], hours: number): string[] {
  const now = phaseAt(phases, hours);
  if (!now || protocol.suits.includes(now.id)) return [];
  const suits = phases.filter((p) => protocol.suits.includes(p.id)).map((p) => p.name.toLowerCase());
  return [
    `${capitalise(protocol.id)} is usually used in the ${suits.join(', ')}; the spasm ` +
      `started ${formatHours(hours)} ago (${now.name.toLowerCase()}).`,
  ];
}

/** The knowledge base's usual spacing (repeatEvery), compared with the plan's start-to-start gaps. */
function repeatNotes(protocol: ThermalProtocol, phases: readonly ThermalPhase[]): string[] {
  if (!protocol.repeatEvery) return [];
  const starts: number[] = [];
  let t = 0;
  for (const phase of phases) {
    if (phase.kind === protocol.id) starts.push(t);
    t += phase.seconds;
  }
  const gaps = starts.slice(1).map((s, i) => s - (starts[i] ?? 0));
  if (gaps.length === 0) return [];
  const shortest = Math.min(...gaps);
  if (shortest >= rangeSeconds(protocol.repeatEvery).min) return [];
  return [
    `The knowledge base suggests ${article(protocol.id)} ${protocol.id} session ` +
      `every ${rangeText(protocol.repeatEvery)}; this plan starts one every ${formatDuration(shortest)}. ` +
      `Lengthen --rest to space them out.`,
  ];
}

function rangeSeconds(range: TimeRange): { min: number; max: number } {
  return { min: toSeconds(range.min, range.unit), max: toSeconds(range.max, range.unit) };
}

const UNIT_TEXT: Record<TimeUnit, string> = {
  seconds: 's',
  minutes: 'min',
  hours: 'hours',
  days: 'days',
  weeks: 'weeks',
};

/** "15–20 min", or "20 min" for a single value. */
export function rangeText(range: TimeRange): string {
  const span = range.min === range.max ? `${range.min}` : `${range.min}–${range.max}`;
  return `${span} ${UNIT_TEXT[range.unit]}`;
}

function formatHours(hours: number): string {
  if (hours < 48) return `${Math.round(hours * 10) / 10} hours`;
  return `${Math.round((hours / 24) * 10) / 10} days`;
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}
