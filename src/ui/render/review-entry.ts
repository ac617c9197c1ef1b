// What a person sees of one entry, as plain lines for the review book: the
// printed form where a renderer exists (a remedy's page, the emergency line,
// a warning sign as warning-signs lists it), else the entry's words as the
// check and the learn pages show them.
import { describeAllowed } from '../../core/check/answers.js';
import type { RuleCondition } from '../../kb/types.js';
import { OPERATORS, testWords } from '../../core/check/operators.js';
import { foldCondition } from '../../core/check/condition-tree.js';
import type { KnowledgeBase, Question, Region } from '../../kb/types.js';
import { remedyKey, type ReviewEntry } from '../../core/review/entries.js';
import { formatTimeRange } from '../format.js';
import { plainStyle } from '../style.js';
import { wrap } from '../wrap.js';
import { disclaimerLines } from './common.js';
import { emergencyCallLine, regionNote } from './emergency.js';
import { renderRemedyDetail } from './remedies.js';
import { URGENCY_LABEL } from './warning-signs.js';

type Shown = (kb: KnowledgeBase, content: never, width: number) => string[];

const para = (text: string | undefined, width: number, indent = ''): string[] =>
  text === undefined ? [] : wrap(text, width, indent, indent);

const SHOWN: Partial<Record<ReviewEntry['kind'], Shown>> = {
  level: (_kb, c: { check: { title: string; action: string }; warningSigns: string | null }, w) => [
    ...para(`${c.check.title}: ${c.check.action}`, w),
    ...(c.warningSigns ? para(`In warning-signs: ${c.warningSigns}`, w) : []),
  ],
  rule: (_kb, r: { reason: string; when: RuleCondition; warningSign: string }, w) => [
    ...para(`Why (as the check result says it): ${r.reason}`, w),
    ...para(`Fires when: ${describeCondition(r.when)}`, w),
  ],
  'warning-sign': (
    _kb,
    s: { urgency: 'emergency' | 'urgent' | 'doctor_soon'; sign: string; concern: string; note?: string },
    w,
  ) => [
    ...wrap(`${URGENCY_LABEL[s.urgency]}: ${s.sign}`, w, '• ', '  '),
    ...para(s.concern, w, '  '),
    ...para(s.note, w, '  '),
  ],
  question: (_kb, q: Question, w) => questionLines(_kb, q, w),
  'emergency-number': (_kb, r: Region | KnowledgeBase['emergency']['fallback'], w) => emergencyLines(_kb, r, w),
  medicine: (kb, r: { id: string }, w) => remedyLines(kb, r.id, w),
  remedy: (kb, r: { id: string }, w) => remedyLines(kb, r.id, w),
  'condition-rule': (kb, c: { condition: string; when: RuleCondition }, w) =>
    para(
      `Counts as "${kb.conditions.conditions.find((x) => x.id === c.condition)?.name ?? c.condition}" (for ` +
        `cautions) when: ${describeCondition(c.when)}`,
      w,
    ),
  thermal: (_kb, t: unknown, w) => thermalLines(t, w),
  'follow-up': (
    _kb,
    f: {
      after: { min: number; max: number; unit: 'days' };
      when: string;
      advice: string;
      urgency: 'emergency' | 'urgent' | 'doctor_soon';
    },
    w,
  ) => para(`After ${formatTimeRange(f.after)}: ${f.when} ${f.advice} (${URGENCY_LABEL[f.urgency]})`, w),
  'recovery-fact': (_kb, f: { statement: string; evidence: string }, w) =>
    para(`${f.statement} (evidence: ${f.evidence})`, w),
  phase: (_kb, p: { name: string; summary: string }, w) => para(`${p.name}: ${p.summary}`, w),
  routine: (
    _kb,
    r: { name: string; summary: string; steps: { remedy: string; note?: string }[]; stopRule: { text: string } },
    w,
  ) => [
    ...para(`${r.name}: ${r.summary}`, w),
    ...r.steps.flatMap((s, i) => wrap(`${s.remedy}${s.note ? `: ${s.note}` : ''}`, w, `${i + 1}. `, '   ')),
    ...para(`Stop rule on screen: ${r.stopRule.text}`, w),
  ],
  condition: (_kb, c: { name: string; description: string }, w) => para(`${c.name}: ${c.description}`, w),
  'learn-topic': (_kb, t: { title: string; summary: string }, w) => para(`${t.title}: ${t.summary}`, w),
  'learn-section': (
    _kb,
    s: { heading: string; text?: string; evidence?: string; recovery: string[]; followUps: string[] },
    w,
  ) => [
    s.heading,
    ...para(s.text, w, '  '),
    ...(s.evidence ? [`  Evidence: ${s.evidence}`] : []),
    ...(s.recovery.length + s.followUps.length > 0
      ? para(`Shows by reference: ${[...s.recovery, ...s.followUps].join(', ')}`, w, '  ')
      : []),
  ],
  'omitted-claim': (_kb, o: { claim: string; reason: string; seeds: string[] }, w) => [
    ...para(`Not said: ${o.claim}`, w),
    ...para(`Why it is left out: ${o.reason}`, w),
    ...para(`Found in seed articles: ${o.seeds.join(', ')}`, w),
  ],
  meta: (_kb, m: { disclaimer: string; scope: string }, w) => [
    ...para(m.disclaimer, w),
    ...para(`Scope: ${m.scope}`, w),
  ],
};

export function shownLines(kb: KnowledgeBase, entry: ReviewEntry, width: number): string[] {
  const shown = SHOWN[entry.kind];
  return shown ? shown(kb, entry.content as never, width) : wrap(JSON.stringify(entry.content), width);
}

function questionLines(kb: KnowledgeBase, q: Question, w: number): string[] {
  const extra = q as Question & { short?: string };
  return [
    ...para(extra.short !== undefined ? `Short form: ${extra.short}` : undefined, w),
    ...para(`${extra.short !== undefined ? 'Full text: ' : ''}${q.text}`, w),
    ...para(q.help !== undefined ? `Explanation: ${q.help}` : undefined, w),
    ...para(
      `Answers: ${describeAllowed(q, kb)}${
        q.choices ? ` (${q.choices.map((c) => `${c.value}: ${c.label}`).join('; ')})` : ''
      }`,
      w,
    ),
    ...para(q.askIf ? `Asked only when: ${describeCondition(q.askIf)}` : undefined, w),
    ...para(
      q.unsure ? `"Not sure": ${'countsAs' in q.unsure ? 'counts as yes' : `asks ${q.unsure.followUp}`}` : undefined,
      w,
    ),
  ];
}

function emergencyLines(_kb: KnowledgeBase, r: Region | KnowledgeBase['emergency']['fallback'], w: number): string[] {
  if ('code' in r) {
    const region = {
      kind: 'known' as const,
      region: r,
      origin: 'option' as const,
      numbers: [r.emergency, ...r.alsoWorks],
    };
    return [...para(emergencyCallLine(region), w), ...para(regionNote(region), w)];
  }
  const where = r.where ?? {};
  const places = r.numbers.map((n) => (where[n] ? `${n} in ${where[n]}` : n));
  const region = { kind: 'fallback' as const, numbers: r.numbers, text: r.text, places };
  return [...para(emergencyCallLine(region), w), ...para(regionNote(region), w)];
}

function remedyLines(kb: KnowledgeBase, id: string, w: number): string[] {
  const remedy = kb.remedies.remedies.find((r) => r.id === id);
  if (!remedy) return [];
  const lines = renderRemedyDetail(kb, remedy, plainStyle, w).split('\n');
  return lines.slice(0, lines.length - disclaimerLines(kb, w, plainStyle, [remedyKey(remedy)]).length);
}

function thermalLines(t: unknown, w: number): string[] {
  if (Array.isArray(t)) return t.flatMap((c: { text: string }) => wrap(c.text, w, '☐ ', '  '));
  const p = t as {
    id?: string;
    session?: never;
    limit?: { value: number; unit: string };
    restBetween?: never;
    beforeStart?: string[];
    afterSession?: string;
    hours?: number;
    convention?: string;
  };
  if (p.hours !== undefined) return para(`Switch from ice to heat after ${p.hours} hours. ${p.convention ?? ''}`, w);
  return [
    ...para(
      `${p.id === 'ice' ? 'Ice' : 'Heat'}: sessions of ${formatTimeRange(p.session as never)}, never ` +
        `over ${p.limit?.value} ${p.limit?.unit}; rest ${formatTimeRange(p.restBetween as never)} between sessions.`,
      w,
    ),
    ...(p.beforeStart ?? []).flatMap((b) => wrap(b, w, 'Before: ', '        ')),
    ...para(`After each session: ${p.afterSession ?? ''}`, w),
  ];
}

/** A rule's condition in words: `saddle-numbness is yes`, `age ≥ 65`, `all of (…)`. */
function describeCondition(c: RuleCondition): string {
  const group =
    (word: string) =>
    (children: string[]): string =>
      children.length === 1 ? (children[0] ?? '') : `${word} of (${children.join('; ')})`;
  return foldCondition(c, {
    all: group('all'),
    any: group('any'),
    not: (child) => `not (${child})`,
    test: (t) => testWords(OPERATORS, t),
  });
}
