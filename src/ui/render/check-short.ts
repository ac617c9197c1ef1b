// The check's result that fits the moment: the summary, today's plan one line
// per item with its key number, when to check again and the emergency signs in
// one short list. Every caution that applies to an item shown is shown; what is
// left out is whole items (the other stretches, comfort, what to avoid), which
// the full plan (`check --full`, `backcare plan`) lists with how-to and sources.
import { listNumbers } from './emergency.js';
import type { KnowledgeBase } from '../../kb/types.js';
import type { Style } from '../style.js';
import { wrap } from '../wrap.js';
import { followUpScheduleLines } from './follow-ups.js';
import type { CarePlanJson, CheckOutcome } from './check-outcome.js';
import {
  actionLabel,
  listeningLine,
  planHeading,
  reasonLines,
  labelsOf,
  summaryLines,
  type Advice,
  type NextHints,
} from './check.js';

/** Statuses a person can act on today; the others are named in one line. */
const SHOWN: ReadonlySet<Advice['status']> = new Set(['suggested', 'adapt', 'ask-first', 'avoid']);
const SUGGESTED: ReadonlySet<Advice['status']> = new Set(['suggested', 'adapt', 'ask-first']);
const STRETCHES_SHOWN = 2;

export function renderShortCheck(
  outcome: CheckOutcome,
  kb: KnowledgeBase,
  style: Style,
  width: number,
  hints: NextHints,
  fullPlanHint: string,
): string {
  const out: string[] = [...summaryLines(outcome, kb, width, style, hints), ''];
  out.push(...reasonLines(outcome, kb, width, style));
  if (outcome.listening) out.push(...wrap(listeningLine(outcome.listening), width).map(style.strong));
  if (!outcome.complete)
    out.push(
      ...wrap('Not every question was answered; the answers given are already enough for this result.', width).map(
        style.dim,
      ),
    );
  const plan = outcome.carePlan;
  if (plan) {
    out.push('', ...todayLines(outcome, plan, kb, width, style));
    out.push('', ...followUpLines(plan, width, style));
    out.push('', ...emergencySignLines(outcome, plan, width, style));
    out.push('', ...wrap(fullPlanHint, width));
  }
  out.push('', ...wrap(outcome.disclaimer, width).map(style.dim));
  out.push(...wrap(outcome.review, width).map(style.dim));
  return out.join('\n');
}

function todayLines(
  outcome: CheckOutcome,
  plan: CarePlanJson,
  kb: KnowledgeBase,
  width: number,
  style: Style,
): string[] {
  const items = new ItemLines(kb, new Set(outcome.conditions), width, style);
  for (const o of plan.thermal.options.filter((a) => SHOWN.has(a.status))) items.add(undefined, o, true);
  // Medicines that are not suggested are left to the full plan, unless a caution names this person.
  for (const m of plan.medicines.filter((a) => SHOWN.has(a.status) || personal(a, outcome.conditions).length > 0))
    items.add(undefined, m, true);
  const move = plan.movement[0];
  if (move) items.add(undefined, move, false);
  for (const s of plan.stretches.filter((a) => SHOWN.has(a.status)).slice(0, STRETCHES_SHOWN))
    items.add('Stretch', s, false);
  return [...planHeading("TODAY'S PLAN", outcome.episode, width, style), ...items.lines];
}

function personal(item: Advice, conditions: readonly string[]): Advice['cautions'] {
  return item.cautions.filter((c) => c.appliesTo?.some((id) => conditions.includes(id)));
}

/**
 * One line (wrapped) per item, then its cautions, each text once: as in the
 * full plan, every caution of ice, heat and medicines, and for the rest the
 * stop rules and the cautions tied to this person's conditions.
 */
class ItemLines {
  readonly lines: string[] = [];
  private readonly said = new Set<string>();
  private readonly kb: KnowledgeBase;
  private readonly mine: ReadonlySet<string>;
  private readonly width: number;
  private readonly style: Style;

  constructor(kb: KnowledgeBase, mine: ReadonlySet<string>, width: number, style: Style) {
    this.kb = kb;
    this.mine = mine;
    this.width = width;
    this.style = style;
  }

  add(kind: string | undefined, item: Advice, allCautions: boolean): void {
    const nameAndDose = [item.name, item.dose].filter(Boolean).join(' · ');
    const head = `${kind ? `${kind}: ` : ''}${nameAndDose}${labelsOf(item)}`;
    const first = wrap(head, this.width, '  - ', '    ');
    if (item.status === 'avoid' || item.status === 'ask-first') first[0] = this.style.warn(first[0] ?? '');
    this.lines.push(...first);
    const name = (id: string): string =>
      this.kb.conditions.conditions.find((c) => c.id === id)?.name.toLowerCase() ?? id;
    for (const c of item.cautions) {
      const mine = c.appliesTo?.filter((id) => this.mine.has(id)) ?? [];
      if (c.appliesTo && mine.length === 0) continue;
      if (!c.appliesTo && !allCautions && c.action !== 'stop') continue;
      // For an item not suggested to this person, only what concerns them.
      if (!SUGGESTED.has(item.status) && mine.length === 0) continue;
      if (this.said.has(c.text)) continue;
      this.said.add(c.text);
      const who = mine.length > 0 ? ` (you said: ${mine.map(name).join(', ')})` : '';
      this.lines.push(...wrap(`${actionLabel(c.action)}${who}: ${c.text}`, this.width, '      '));
    }
  }
}

/** The same dates, in the same words, as `backcare episode status`. */
function followUpLines(plan: CarePlanJson, width: number, style: Style): string[] {
  return followUpScheduleLines(
    plan.safetyNet.followUps.map((f) => ({ when: f.when, due: f.due === null ? undefined : new Date(f.due) })),
    width,
    style,
  );
}

function emergencySignLines(outcome: CheckOutcome, plan: CarePlanJson, width: number, style: Style): string[] {
  const n = outcome.emergencyNumber;
  const number = n.call === null ? 'your emergency number' : listNumbers(n.numbers);
  const out = wrap(`Call ${number} at once if any of these appear`, width).map(style.urgency.emergency);
  for (const s of plan.safetyNet.emergencySigns) out.push(...wrap(s.short, width, '  • ', '    '));
  return out;
}
