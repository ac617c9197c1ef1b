// Links the knowledge base proves itself: each warning sign and
// the rules that implement it name each other and agree on the level, and
// every rule's time-since-onset threshold is a follow-up's `after.min`.
import type { AnswerTest, KnowledgeBase, Rule, RuleCondition } from './types.js';
import type { KbProblem, PathSegment } from './problems.js';
import { CARE_LEVELS, toSeconds } from '../core/vocabulary.js';
import { foldCondition } from '../core/check/condition-tree.js';

const RANK = new Map<string, number>(CARE_LEVELS.map((level, i) => [level, i]));
const ONSET_FACTS: Record<string, number> = { 'hours-since-onset': 3600, 'days-since-onset': 86_400 };

export function findLinkProblems(kb: KnowledgeBase): KbProblem[] {
  return [...warningSignProblems(kb), ...thresholdProblems(kb)];
}

function warningSignProblems(kb: KnowledgeBase): KbProblem[] {
  const problems: KbProblem[] = [];
  const signs = new Map(kb.warningSigns.warningSigns.map((w) => [w.id, w]));
  const rules = new Map(kb.rules.rules.map((r) => [r.id, r]));
  kb.rules.rules.forEach((rule, i) => {
    const at = (key: string): PathSegment[] => ['rules', i, key];
    const sign = signs.get(rule.warningSign);
    // An unknown sign is reported by the declared reference check.
    if (!sign) return;
    if (!sign.rules.includes(rule.id)) {
      problems.push({
        part: 'rules',
        path: at('warningSign'),
        message: `warning sign "${sign.id}" does not list rule "${rule.id}" under its rules`,
      });
    } else if (rule.level !== sign.urgency) {
      problems.push({
        part: 'rules',
        path: at('level'),
        message: `rule "${rule.id}" gives ${rule.level}, but its warning sign "${sign.id}" is ${sign.urgency}`,
      });
    }
  });
  kb.warningSigns.warningSigns.forEach((sign, i) => {
    sign.rules.forEach((id, j) => {
      const rule = rules.get(id);
      const message =
        rule && rule.warningSign !== sign.id
          ? `rule "${id}" names warning sign "${rule.warningSign}", not "${sign.id}"`
          : undefined;
      if (message) problems.push({ part: 'warningSigns', path: ['warningSigns', i, 'rules', j], message });
    });
    const levels = sign.rules.flatMap((id) => rules.get(id)?.level ?? []);
    const best = Math.min(...levels.map((level) => RANK.get(level) ?? CARE_LEVELS.length));
    if (best > (RANK.get(sign.urgency) ?? 0)) {
      problems.push({
        part: 'warningSigns',
        path: ['warningSigns', i, 'urgency'],
        message: `warning sign "${sign.id}" is ${sign.urgency}, but none of its rules reaches ${sign.urgency}`,
      });
    }
  });
  return problems;
}

function thresholdProblems(kb: KnowledgeBase): KbProblem[] {
  const problems: KbProblem[] = [];
  const ruleIndex = new Map(kb.rules.rules.map((r, i) => [r.id, i]));
  const linkedTo = new Map<string, number>();
  kb.timelines.followUp.forEach((followUp) => {
    const seconds = toSeconds(followUp.after.min, followUp.after.unit);
    followUp.rules.forEach((id) => {
      const index = ruleIndex.get(id);
      if (index === undefined) return; // reported by the declared reference check
      linkedTo.set(id, seconds);
      const rule = kb.rules.rules[index] as Rule;
      const starts = onsetStarts(rule.when);
      if (starts.length === 0)
        problems.push({
          part: 'rules',
          path: ['rules', index, 'when'],
          message:
            `rule "${id}" is linked to follow-up "${followUp.id}" but tests no days-since-onset or ` +
            `hours-since-onset with gte or gt`,
        });
      for (const start of starts.filter((s) => Math.abs(s - seconds) > 1)) {
        problems.push({
          part: 'rules',
          path: ['rules', index, 'when'],
          message:
            `rule "${id}" starts at ${start / 86_400} days, but follow-up "${followUp.id}" starts ` +
            `after ${followUp.after.min} ${followUp.after.unit}; use the follow-up's after.min`,
        });
      }
    });
  });
  kb.rules.rules.forEach((rule, i) => {
    if (!linkedTo.has(rule.id) && onsetStarts(rule.when).length > 0) {
      problems.push({
        part: 'rules',
        path: ['rules', i, 'when'],
        message:
          `rule "${rule.id}" has its own time-since-onset threshold; list it under the rules of a follow-up in ` +
          `timelines.yaml so the number lives in one place`,
      });
    }
  });
  return problems;
}

/** The "at least this long since onset" thresholds a condition tests, in seconds. */
function onsetStarts(condition: RuleCondition): number[] {
  return foldCondition<number[]>(condition, {
    all: (children) => children.flat(),
    any: (children) => children.flat(),
    not: () => [],
    test: startOf,
  });
}

function startOf(test: AnswerTest): number[] {
  const unit = ONSET_FACTS[test.answer];
  const bound = test.gte ?? test.gt;
  return unit === undefined || bound === undefined ? [] : [bound * unit];
}
