// Follow-up thresholds live once, in timelines.yaml. Text anywhere in the base
// names them instead of repeating the number: {after:ID} is the range ("2 to 3
// weeks") and {after-min:ID} its start ("2 weeks"), where rules fire.
import type { FollowUp, KnowledgeBase, TimeRange } from './types.js';
import type { KbProblem, PathSegment } from './problems.js';
import { closestId } from '../core/suggest.js';

const PLACEHOLDER = /\{(after|after-min):([^}]*)\}/g;

/** "2 to 3 weeks", "1 week", "3 days". */
function describeAfter(after: TimeRange, startOnly = false): string {
  const max = startOnly ? after.min : after.max;
  const unit = max === 1 ? after.unit.replace(/s$/, '') : after.unit;
  return after.min === max ? `${max} ${unit}` : `${after.min} to ${max} ${unit}`;
}

/** The base with every placeholder filled in, and a problem for each that names no follow-up. */
export function fillFollowUpTimes(kb: KnowledgeBase): { kb: KnowledgeBase; problems: KbProblem[] } {
  const byId = new Map<string, FollowUp>(kb.timelines.followUp.map((f) => [f.id, f]));
  const problems: KbProblem[] = [];
  const fillText = (part: string, path: PathSegment[], text: string): string =>
    text.replace(PLACEHOLDER, (whole, form: string, id: string) => {
      const followUp = byId.get(id);
      if (followUp) return describeAfter(followUp.after, form === 'after-min');
      const close = closestId(id, [...byId.keys()]);
      problems.push({
        part,
        path,
        message: `${whole} names no follow-up in timelines.yaml${close ? ` (did you mean "${close}"?)` : ''}`,
      });
      return whole;
    });
  const filled = Object.fromEntries(
    Object.entries(kb).map(([part, value]) => [part, fillValue(value, [], (path, text) => fillText(part, path, text))]),
  );
  return { kb: filled as KnowledgeBase, problems };
}

function fillValue(value: unknown, path: PathSegment[], fill: (path: PathSegment[], text: string) => string): unknown {
  if (typeof value === 'string') return value.includes('{after') ? fill(path, value) : value;
  if (Array.isArray(value)) return value.map((item, i) => fillValue(item, [...path, i], fill));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fillValue(item, [...path, key], fill)]));
  }
  return value;
}
