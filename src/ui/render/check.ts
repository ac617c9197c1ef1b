// The check result as text. The emergency line always comes first, in words,
// and no option hides it.
import { callNow } from './emergency.js';
import { evidenceLabel } from './evidence.js';
import { capitalise } from '../../core/text.js';
import { topicOfferedAt } from '../../core/learn.js';
import type { KnowledgeBase } from '../../kb/types.js';
import { answerWithRole, questionWithRole } from '../../core/check/questionnaire.js';
import { shortDay } from '../../core/diary/time.js';
import type { LearnPlace } from '../../core/vocabulary.js';
import type { Style } from '../style.js';
import { wrap } from '../wrap.js';
import type { CarePlanJson, CheckOutcome } from './check-outcome.js';
import { learnPointer } from './learn-pointer.js';

export type Advice = CarePlanJson['medicines'][number];

const STATUS_LABEL: Record<Advice['status'], string> = {
  suggested: '',
  adapt: 'take care',
  'ask-first': 'ask a pharmacist or doctor first',
  avoid: 'not for you: avoid',
  'not-recommended': 'not recommended',
  'prescription-only': 'prescription only',
};

const REGION_HINT =
  'To see the one number for your country, add --region with its two-letter code (for example --region GB) or ' +
  'set BACKCARE_REGION.';

/**
 * How the next-step commands are written: as backcare was started (a bare
 * `backcare` is "command not found" after `npx backcare`), and whether the
 * pain score is already in the diary (suggesting `log` again would count it twice).
 */
export interface NextHints {
  program: string;
  scoreSaved: boolean;
  /** The diary is about to be offered: accepting it saves the score. */
  diaryOffered: boolean;
}

export const PLAIN_HINTS: NextHints = { program: 'backcare', scoreSaved: false, diaryOffered: false };

export function emergencyLine(outcome: CheckOutcome): string {
  const n = outcome.emergencyNumber;
  return n.call
    ? `EMERGENCY: call ${callNow(
        n.call,
        n.regionName ?? '',
        n.numbers.filter((x) => x !== n.call),
      )}, or go to the nearest emergency ` + 'department.'
    : `EMERGENCY: call your local emergency number now (${n.places.join(', ')}), or go to the nearest emergency ` +
        `department.`;
}

/** The result in a few lines: the level and its one action, the emergency number, the next steps. */
export function summaryLines(
  outcome: CheckOutcome,
  kb: KnowledgeBase,
  width: number,
  style: Style,
  hints: NextHints = PLAIN_HINTS,
): string[] {
  const out: string[] = [];
  const para = (text: string, paint: (t: string) => string = (t) => t): void => {
    out.push(...wrap(text, width).map((line) => paint(line)));
  };
  if (outcome.level === 'emergency') {
    para(emergencyLine(outcome), style.urgency.emergency);
    para(outcome.action);
    if (outcome.emergencyNumber.call === null) para(REGION_HINT);
    return out;
  }
  para(
    `${outcome.title.toUpperCase()}: ${outcome.action}`,
    outcome.level === 'self_care' ? style.strong : style.urgency[outcome.level],
  );
  para(warningSignLine(outcome), style.urgency.emergency);
  const steps = nextSteps(outcome, kb, hints);
  if (steps.length > 0) para(`Next: ${steps.join(' · ')}`);
  return out;
}

export function renderCheck(
  outcome: CheckOutcome,
  kb: KnowledgeBase,
  style: Style,
  width: number,
  quiet: boolean,
  hints: NextHints = PLAIN_HINTS,
): string {
  const out: string[] = [...summaryLines(outcome, kb, width, style, hints), ''];
  const para = (text: string, paint: (t: string) => string = (t) => t): void => {
    out.push(...wrap(text, width).map((line) => paint(line)));
  };
  out.push(...reasonLines(outcome, kb, width, style));
  if (outcome.listening) para(listeningLine(outcome.listening), style.strong);
  if (!outcome.complete)
    para('Not every question was answered; the answers given are already enough for this result.', style.dim);
  if (!quiet && outcome.carePlan) {
    out.push('', ...planLines(outcome, outcome.carePlan, kb, width, style), '');
    para(warningSignLine(outcome), style.urgency.emergency);
    if (outcome.emergencyNumber.call === null) para(REGION_HINT, style.dim);
  }
  out.push('');
  para(outcome.disclaimer, style.dim);
  para(outcome.review, style.dim);
  // The number is the first line and the last: whatever scrolls, one of them is on screen.
  if (outcome.level === 'emergency')
    out.push('', ...wrap(emergencyLine(outcome), width).map((l) => style.urgency.emergency(l)));
  return out.join('\n');
}

/** The summary again, for the end of a result taller than the terminal. */
export function renderSummaryAgain(
  outcome: CheckOutcome,
  kb: KnowledgeBase,
  style: Style,
  width: number,
  hints: NextHints = PLAIN_HINTS,
): string {
  return [
    '',
    style.dim('In short (scroll up for the reasons and the plan):'),
    ...summaryLines(outcome, kb, width, style, hints),
  ].join('\n');
}

export function listeningLine(offer: NonNullable<CheckOutcome['listening']>): string {
  const where = offer.lines.length > 1;
  return `${offer.text} ${offer.lines.map((l) => `${l.name}: ${l.number}${where ? ` (${l.where})` : ''}`).join('; ')}.`;
}

function warningSignLine(outcome: CheckOutcome): string {
  return `If a warning sign appears, ${emergencyLine(outcome).replace(/^EMERGENCY: c/, 'c')}`;
}

/** Commands for what to do next, from what the plan suggests. */
function nextSteps(outcome: CheckOutcome, kb: KnowledgeBase, hints: NextHints): string[] {
  const plan = outcome.carePlan;
  if (!plan) return [];
  const usable = (items: { status: string }[]): boolean =>
    items.some((i) => i.status === 'suggested' || i.status === 'adapt');
  const pain = answerWithRole(kb, outcome.answers, 'pain-score');
  const hasPainQuestion = questionWithRole(kb, 'pain-score') !== undefined;
  const diary = hints.scoreSaved
    ? ['episode status']
    : hints.diaryOffered || !hasPainQuestion
      ? []
      : [`log ${typeof pain === 'number' ? pain : '0-10'}`];
  return [
    ...(usable(plan.thermal.options) ? ['ice-heat-timer'] : []),
    ...(usable(plan.stretches) ? ['stretch'] : []),
    ...diary,
  ].map((c) => `${hints.program} ${c}`);
}

export function reasonLines(outcome: CheckOutcome, kb: KnowledgeBase, width: number, style: Style): string[] {
  if (outcome.reasons.length === 0) return wrap('Why: none of your answers points to a warning sign.', width);
  const out = [style.heading('Why')];
  for (const r of outcome.reasons) out.push(...wrap(`${r.reason} [${r.sources.join(', ')}]`, width, '  • ', '    '));
  if (outcome.countedAsYes.length > 0) {
    out.push(...wrap('For safety, "not sure" counts as yes. You were not sure about:', width, '  '));
    for (const id of outcome.countedAsYes) out.push(...wrap(questionWords(kb, id), width, '    - ', '      '));
  }
  return out;
}

/** A question in its own words, never its id. */
function questionWords(kb: KnowledgeBase, id: string): string {
  return kb.questions.questions.find((q) => q.id === id)?.text ?? id;
}

/** A plan's heading, with the episode's day and phase when the onset is known; wrapped, as everything printed. */
export function planHeading(title: string, episode: CheckOutcome['episode'], width: number, style: Style): string[] {
  const phase = episode.phaseName ? `: ${episode.phaseName.toLowerCase()}` : '';
  const when = episode.day === null ? '' : ` (day ${episode.day} of this episode${phase})`;
  return wrap(`${title}${when}`, width).map(style.strong);
}

function planLines(
  outcome: CheckOutcome,
  plan: CarePlanJson,
  kb: KnowledgeBase,
  width: number,
  style: Style,
): string[] {
  const out = planHeading('YOUR HOME-CARE PLAN', outcome.episode, width, style);
  const mine = new Set(outcome.conditions);
  const section = (
    title: string,
    items: Advice[],
    note: string | undefined,
    show: { allCautions?: boolean; withSummary?: boolean; learn?: LearnPlace },
  ): void => {
    if (items.length === 0) return;
    out.push('', style.heading(title));
    if (note) out.push(...wrap(note, width, '  '));
    const ctx = { kb, mine, allCautions: show.allCautions ?? false, withSummary: show.withSummary ?? false };
    for (const item of items) out.push(...adviceLines(item, ctx, width, style));
    const topic = show.learn && topicOfferedAt(kb.learn.topics, show.learn);
    if (topic) out.push(...wrap(`More: ${learnPointer(topic)}`, width, '  '));
  };
  section('Ice or heat', plan.thermal.options, plan.thermal.note, { allCautions: true });
  section('Medicines', plan.medicines, 'Follow the pack label or a pharmacist’s advice; backcare never gives doses.', {
    allCautions: true,
    withSummary: true,
  });
  section('Keep moving', plan.movement, undefined, { withSummary: true, learn: 'care-plan-movement' });
  section(
    'Gentle stretches (stop if pain spreads down a leg)',
    plan.stretches,
    'backcare remedies <id> shows how to do each one.',
    {},
  );
  section('Comfort, sleep and posture', plan.comfort, undefined, { withSummary: true, learn: 'care-plan-comfort' });
  section('Better avoided', plan.avoid, undefined, { withSummary: true });
  out.push(...leftOutLines(plan.notForYou, width, style));
  section('If it is not getting better', plan.professional, undefined, {});
  out.push('', style.heading('When to check again'));
  for (const f of plan.safetyNet.followUps) {
    // The same words for a date as episode status, from the same timeline.
    const due = f.due ? `From ${shortDay(new Date(f.due))}: ` : '';
    out.push(...wrap(`${due}${f.when} ${f.advice}`, width, '  • ', '    '));
  }
  out.push(...wrap('Run backcare check again whenever something changes.', width, '  '));
  out.push('', style.heading('Call for help at once if any of these appear'));
  for (const s of plan.safetyNet.emergencySigns) out.push(...wrap(s.sign, width, '  • ', '    '));
  return out;
}

interface CautionContext {
  kb: KnowledgeBase;
  /** The person's own conditions. */
  mine: ReadonlySet<string>;
  /** Show every caution (ice, heat and medicines), not only the personal ones and stop rules. */
  allCautions: boolean;
  /** Show what the remedy is, for entries whose name alone does not say enough. */
  withSummary: boolean;
}

/** Remedies the person's groups rule out, one line per reason rather than one entry each. */
function leftOutLines(items: Advice[], width: number, style: Style): string[] {
  if (items.length === 0) return [];
  const byReason = new Map<string, string[]>();
  for (const item of items) {
    const reason = item.cautions.find((c) => c.action === 'avoid' && c.appliesTo)?.text ?? '';
    byReason.set(reason, [...(byReason.get(reason) ?? []), item.name]);
  }
  const out = ['', style.heading('Left out for you')];
  for (const [reason, names] of byReason) out.push(...wrap(`${names.join('; ')}. ${reason}`, width, '  - ', '    '));
  return out;
}

function adviceLines(item: Advice, ctx: CautionContext, width: number, style: Style): string[] {
  const head = [item.name, item.dose].filter(Boolean).join(' · ') + labelsOf(item);
  const out = wrap(`${head} [${item.id}]`, width, '  - ', '    ');
  const notForYou = item.status === 'avoid';
  if (notForYou || item.status === 'ask-first') out[0] = style.warn(out[0] ?? '');
  // Not for this person: why is enough; how to use it safely is beside the point.
  if (ctx.withSummary && !notForYou) out.push(...wrap(item.summary, width, '      ').map((line) => style.dim(line)));
  const name = (id: string): string => ctx.kb.conditions.conditions.find((c) => c.id === id)?.name.toLowerCase() ?? id;
  for (const c of item.cautions) {
    const personal = c.appliesTo?.filter((id) => ctx.mine.has(id)) ?? [];
    if (c.appliesTo && personal.length === 0) continue;
    // Not for this person: only what applies to them, every such caution (an avoid that a doctor may lift
    // still needs the others, such as kidney disease with a blood thinner).
    if (notForYou && personal.length === 0) continue;
    if (ctx.withSummary && c.text === item.summary) continue;
    if (!c.appliesTo && !ctx.allCautions && c.action !== 'stop') continue;
    const who = personal.length > 0 ? ` (you said: ${mostSpecific(personal.map(name)).join(', ')})` : '';
    out.push(...wrap(`${actionLabel(c.action)}${who}: ${c.text}`, width, '      ', '      '));
  }
  return out;
}

/** What is said beside an item's name: its status for this person and how good its evidence is, if weak. */
export function labelsOf(item: Advice): string {
  const labels = [STATUS_LABEL[item.status], evidenceLabel(item.evidence)].filter(Boolean);
  return labels.length > 0 ? ` (${labels.join('; ')})` : '';
}

/** Names without those another one already says ("aged 65 or over" beside "aged 65 or over, or frail"). */
function mostSpecific(names: string[]): string[] {
  const unique = [...new Set(names)];
  return unique.filter((n) => !unique.some((other) => other !== n && other.includes(n)));
}

export function actionLabel(action: string): string {
  return capitalise(action === 'ask-first' ? 'ask first' : action);
}
