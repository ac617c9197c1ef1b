// The safety floor: what no knowledge base may change, whoever edits it. It
// lives in the program, not in data/, so a base given with --kb cannot lower
// it; loading and `kb validate` refuse a base that breaks it, naming the entry.
//
// - Core emergency signs: these answers, on their own, give emergency (checked
//   by triage itself, so a downgraded rule, a deleted rule or a condition that
//   no longer fires all break it), and their rules and warning signs, where
//   the base has them, stay at emergency. A sign is checked when the base asks
//   its questions (a small test base need not ask them all).
// - Ice and heat: sessions, hard limits and remedy doses no longer than the
//   usual ceilings (ice never more than 20 minutes, heat up to 30). Only
//   ceilings: a base may count in seconds (the end-to-end tests run whole
//   schedules that way), so a floor on rests would refuse it.
import { triage } from '../core/check/triage.js';
import type { Answers } from '../core/check/answers.js';
import type { KbProblem } from './problems.js';
import type { KnowledgeBase } from './types.js';
import { toSeconds, type THERMAL_KINDS } from '../core/vocabulary.js';

type ThermalKind = (typeof THERMAL_KINDS)[number];

interface EmergencySign {
  /** What the sign is, for the message. */
  name: string;
  /** Answers that on their own must give emergency; `onset` is hours before the check. */
  answers: Readonly<Record<string, string | number>>;
  onsetHoursAgo?: number;
  /** Today's ids in the shipped base: where present, they must stay at emergency. */
  rule: string;
  warningSign?: string;
}

const EMERGENCY_FLOOR: readonly EmergencySign[] = [
  {
    name: 'saddle numbness (cauda equina)',
    answers: { 'saddle-numbness': 'yes' },
    rule: 'ces-saddle-numbness',
    warningSign: 'saddle-numbness',
  },
  {
    name: 'new difficulty peeing (cauda equina)',
    answers: { 'difficulty-peeing': 'yes' },
    rule: 'ces-difficulty-peeing',
    warningSign: 'difficulty-peeing',
  },
  {
    name: 'loss of bladder control (cauda equina)',
    answers: { 'bladder-control-loss': 'yes' },
    rule: 'ces-bladder-control',
    warningSign: 'bladder-leaking',
  },
  {
    name: 'loss of bowel control (cauda equina)',
    answers: { 'bowel-control-loss': 'yes' },
    rule: 'ces-bowel-control',
    warningSign: 'bowel-control-loss',
  },
  {
    name: 'symptoms in both legs (cauda equina)',
    answers: { 'both-legs': 'yes' },
    rule: 'ces-both-legs',
    warningSign: 'both-legs-symptoms',
  },
  {
    name: 'leg weakness getting worse',
    answers: { 'legs-weakness-worsening': 'yes' },
    rule: 'legs-weakness-worsening',
    warningSign: 'both-legs-weakness-worsening',
  },
  {
    name: 'a leg that suddenly cannot move',
    answers: { 'leg-cant-move': 'yes' },
    rule: 'leg-cant-move',
    warningSign: 'sudden-leg-paralysis',
  },
  {
    name: 'new change in sexual function (cauda equina)',
    answers: { 'sexual-function-change': 'yes' },
    rule: 'ces-sexual-function',
    warningSign: 'sexual-function-change',
  },
  {
    name: 'chest pain (heart attack, aortic dissection)',
    answers: { 'chest-pain': 'yes' },
    rule: 'chest-pain',
    warningSign: 'chest-pain',
  },
  {
    name: 'sudden severe tummy pain (aneurysm)',
    answers: { 'sudden-tummy-pain': 'yes' },
    rule: 'aaa-sudden-tummy-pain',
    warningSign: 'sudden-severe-back-or-tummy-pain',
  },
  {
    name: 'sudden severe back pain at 60 or over (aneurysm)',
    answers: { trigger: 'no-clear-reason', 'pain-now': 9, age: 70 },
    onsetHoursAgo: 2,
    rule: 'aaa-sudden-severe-back-pain',
    warningSign: 'sudden-severe-back-or-tummy-pain',
  },
  {
    name: 'collapse or fainting (aneurysm)',
    answers: { collapse: 'yes' },
    rule: 'aaa-collapse',
    warningSign: 'collapse-with-back-pain',
  },
  {
    name: 'fever with nerve signs (spinal infection)',
    answers: { fever: 'yes', 'one-leg-weaker': 'yes' },
    rule: 'fever-with-nerve-signs',
    warningSign: 'fever-with-nerve-signs',
  },
  {
    name: 'fever and feeling very unwell (sepsis)',
    answers: { fever: 'yes', 'very-unwell': 'yes' },
    rule: 'fever-and-very-unwell',
    warningSign: 'fever-and-very-unwell',
  },
  {
    name: 'sudden severe pain between the shoulder blades (aortic dissection)',
    answers: { 'pain-location': 'upper-back-between-shoulders', trigger: 'no-clear-reason', 'pain-now': 10 },
    onsetHoursAgo: 1,
    rule: 'aortic-dissection',
    warningSign: 'sudden-severe-upper-back-pain',
  },
  {
    name: 'new confusion or drowsiness (sepsis)',
    answers: { 'confused-or-drowsy': 'yes' },
    rule: 'confusion-or-drowsiness',
    warningSign: 'confusion-or-drowsiness',
  },
  // A removed non-melanoma skin cancer is the one cancer the rule leaves out, so the floor says it was another kind.
  {
    name: 'past cancer with nerve signs (spinal cord compression)',
    answers: { 'cancer-history': 'yes', 'cancer-skin-only': 'no', 'leg-numbness': 'yes' },
    rule: 'cancer-with-nerve-signs',
    warningSign: 'cancer-with-nerve-signs',
  },
];

/** The longest session, in minutes, per kind of thermal session. */
const THERMAL_FLOOR: Readonly<Record<ThermalKind, { maxSession: number }>> = {
  ice: { maxSession: 20 },
  heat: { maxSession: 30 },
};

/** A fixed moment: the floor does not depend on the clock. */
const FLOOR_NOW = new Date('2026-01-01T12:00:00Z');

export function findSafetyFloorProblems(kb: KnowledgeBase): KbProblem[] {
  return [...emergencyProblems(kb), ...thermalProblems(kb)];
}

function emergencyProblems(kb: KnowledgeBase): KbProblem[] {
  const asked = new Set(kb.questions.questions.map((q) => q.id));
  const onsetId = kb.questions.questions.find((q) => q.type === 'when')?.id;
  const problems: KbProblem[] = [];
  for (const sign of EMERGENCY_FLOOR) {
    const ruleAt = kb.rules.rules.findIndex((r) => r.id === sign.rule);
    const rule = kb.rules.rules[ruleAt];
    if (rule && rule.level !== 'emergency') {
      problems.push({
        part: 'rules',
        path: ['rules', ruleAt, 'level'],
        message:
          `rule ${rule.id} is a core emergency sign (${sign.name}) and must stay at level emergency, ` +
          `not ${rule.level}`,
      });
    }
    const signAt = kb.warningSigns.warningSigns.findIndex((w) => w.id === sign.warningSign);
    const warning = kb.warningSigns.warningSigns[signAt];
    if (warning && warning.urgency !== 'emergency') {
      problems.push({
        part: 'warningSigns',
        path: ['warningSigns', signAt, 'urgency'],
        message:
          `warning sign ${warning.id} is a core emergency sign (${sign.name}) and must stay at urgency ` +
          `emergency, not ${warning.urgency}`,
      });
    }
    if (!Object.keys(sign.answers).every((id) => asked.has(id))) continue;
    const answers: Record<string, string | number> = { ...sign.answers };
    if (sign.onsetHoursAgo !== undefined && onsetId)
      answers[onsetId] = new Date(FLOOR_NOW.getTime() - sign.onsetHoursAgo * 3_600_000).toISOString();
    const level = triage(kb, answers as Answers, FLOOR_NOW).level;
    if (level !== 'emergency') {
      const given = Object.entries(sign.answers)
        .map(([id, v]) => `${id}=${v}`)
        .join(', ');
      problems.push({
        part: 'rules',
        path: rule ? ['rules', ruleAt] : ['rules'],
        message: `${given} must give emergency (${sign.name} is a core emergency sign), but this base gives ${level}`,
      });
    }
  }
  return problems;
}

function thermalProblems(kb: KnowledgeBase): KbProblem[] {
  const problems: KbProblem[] = [];
  const minutes = (value: number, unit: Parameters<typeof toSeconds>[1]) => toSeconds(value, unit) / 60;
  kb.thermal.protocols.forEach((p, i) => {
    const floor = THERMAL_FLOOR[p.id];
    const add = (path: (string | number)[], message: string) =>
      problems.push({ part: 'thermal', path: ['protocols', i, ...path], message: `${p.id}: ${message}` });
    if (minutes(p.session.max, p.session.unit) > floor.maxSession)
      add(
        ['session', 'max'],
        `a session must be at most ${floor.maxSession} minutes (the safety floor), ` +
          `not ${minutes(p.session.max, p.session.unit)}`,
      );
    if (minutes(p.limit.value, p.limit.unit) > floor.maxSession)
      add(
        ['limit', 'value'],
        `the hard limit must be at most ${floor.maxSession} minutes (the safety floor), ` +
          `not ${minutes(p.limit.value, p.limit.unit)}`,
      );
    const remedyAt = kb.remedies.remedies.findIndex((r) => r.id === p.remedy);
    const session = kb.remedies.remedies[remedyAt]?.dose?.session;
    if (session && minutes(session.max, session.unit) > floor.maxSession) {
      problems.push({
        part: 'remedies',
        path: ['remedies', remedyAt, 'dose', 'session', 'max'],
        message:
          `${p.remedy}: a ${p.id} session must be at most ${floor.maxSession} minutes (the safety floor), ` +
          `not ${minutes(session.max, session.unit)}`,
      });
    }
  });
  return problems;
}
