// Answers as the core sees them, and turning raw input (a flag value, a
// value from an answers file, a prompt's result) into a checked answer.
import type { KnowledgeBase, Question } from '../../kb/types.js';
import { echoed } from '../echo.js';
import { wholeNumberIn } from '../whole-number.js';
import { parsePastTime, WHEN_EXAMPLES } from '../time/when.js';

/** yes-no: 'yes' | 'no' | 'unsure'; number; choice value; many: ids; when: ISO time of onset. */
export type AnswerValue = string | number | readonly string[];
export type Answers = Readonly<Record<string, AnswerValue>>;

export type ParsedAnswer = { ok: true; value: AnswerValue } | { ok: false; message: string };

// One list of words for every place an answer is typed or written (--answer, an answers
// file, both prompters): "u" stands for "not sure" as "y" and "n" do for yes and no.
// The prompters read the same words, so a person can answer the same way everywhere.
const YES = new Set(['yes', 'y', 'true', 'yeah', 'yep']);
const NO = new Set(['no', 'n', 'false', 'nope']);
const UNSURE = new Set([
  'unsure',
  'u',
  'not-sure',
  'not sure',
  'notsure',
  "don't know",
  'dont-know',
  'dont know',
  'dunno',
]);

/** What a typed word means as a yes/no answer, whatever the question allows. */
export function yesNoWord(raw: string): 'yes' | 'no' | 'unsure' | undefined {
  const text = raw.trim().toLowerCase();
  return YES.has(text) ? 'yes' : NO.has(text) ? 'no' : UNSURE.has(text) ? 'unsure' : undefined;
}

export function parseAnswer(question: Question, raw: unknown, kb: KnowledgeBase, now: Date): ParsedAnswer {
  switch (question.type) {
    case 'yes-no':
      return parseYesNo(question, raw);
    case 'number':
      return parseNumber(question, raw);
    case 'choice':
      return parseChoice(question, raw);
    case 'many':
      return parseMany(question, raw, kb);
    case 'when':
      return parseWhen(raw, now);
  }
}

/** The answers a question accepts, for messages and `check --questions`. */
export function describeAllowed(question: Question, kb: KnowledgeBase): string {
  switch (question.type) {
    case 'yes-no':
      return question.unsure ? 'yes, no or unsure' : 'yes or no';
    case 'number':
      return `a whole number from ${question.min} to ${question.max}${question.unit ? ` (${question.unit})` : ''}`;
    case 'choice':
      return `one of ${choiceValues(question, kb).join(', ')}`;
    case 'many':
      return `none, or a comma-separated list of ${choiceValues(question, kb).join(', ')}`;
    case 'when':
      return `when it started: ${WHEN_EXAMPLES}`;
  }
}

export function choiceValues(question: Question, kb: KnowledgeBase): string[] {
  if (question.choicesFrom === 'conditions') return tickableConditions(kb).map((c) => c.id);
  return (question.choices ?? []).map((c) => c.value);
}

/**
 * The conditions a person ticks: all but those worked out from other answers (age, pregnancy, medicines,
 * the warning signs), which are never asked, so that a script cannot give one without what it stands for.
 */
export function tickableConditions(kb: KnowledgeBase): KnowledgeBase['conditions']['conditions'] {
  const implied = new Set(kb.rules.conditionRules.filter((r) => !r.stillAsked).map((r) => r.condition));
  return kb.conditions.conditions.filter((c) => !implied.has(c.id));
}

function parseYesNo(question: Question, raw: unknown): ParsedAnswer {
  const word = typeof raw === 'boolean' ? yesNoWord(String(raw)) : typeof raw === 'string' ? yesNoWord(raw) : undefined;
  if (word === 'yes' || word === 'no') return { ok: true, value: word };
  if (word === 'unsure' && question.unsure) return { ok: true, value: 'unsure' };
  return { ok: false, message: `expected ${question.unsure ? 'yes, no or unsure' : 'yes or no'}, got ${shown(raw)}` };
}

function parseNumber(question: Question, raw: unknown): ParsedAnswer {
  const min = question.min ?? Number.MIN_SAFE_INTEGER;
  const max = question.max ?? Number.MAX_SAFE_INTEGER;
  const value = wholeNumberIn(raw, min, max);
  if (value === undefined) {
    return {
      ok: false,
      message:
        `expected a whole number from ${min} to ${max}${question.unit ? ` (${question.unit})` : ''}, ` +
        `got ${shown(raw)}`,
    };
  }
  return { ok: true, value };
}

function parseChoice(question: Question, raw: unknown): ParsedAnswer {
  const values = (question.choices ?? []).map((c) => c.value);
  const text = typeof raw === 'string' ? raw.trim().toLowerCase() : undefined;
  if (text !== undefined && values.includes(text)) return { ok: true, value: text };
  return { ok: false, message: `expected one of ${values.join(', ')}, got ${shown(raw)}` };
}

function parseMany(question: Question, raw: unknown, kb: KnowledgeBase): ParsedAnswer {
  const allowed = choiceValues(question, kb);
  const items: unknown[] | undefined = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(',') : undefined;
  if (items === undefined) return { ok: false, message: `expected none or a comma-separated list, got ${shown(raw)}` };
  // Every item must be an id: a nested list, a number or a null dropped quietly would drop a caution with it.
  const notText = items.findIndex((i) => typeof i !== 'string');
  if (notText !== -1) {
    return {
      ok: false,
      message:
        `item ${notText + 1} of the list is ${items[notText] === null ? 'null' : shown(items[notText])}, not an ` +
        `id; give ids such as ${allowed.slice(0, 2).join(', ')}`,
    };
  }
  const ids = (items as string[]).map((i) => i.trim().toLowerCase()).filter((i) => i !== '' && i !== 'none');
  const unknown = ids.filter((id) => !allowed.includes(id));
  // A condition the list does not offer is one worked out from other answers (tickableConditions).
  const workedOut = unknown.filter((id) => kb.conditions.conditions.some((c) => c.id === id));
  if (question.choicesFrom === 'conditions' && workedOut.length > 0)
    return {
      ok: false,
      message:
        `"${echoed(workedOut.join(', '))}" is worked out from other answers (age, pregnancy, medicines, warning ` +
        `signs), not ticked; answer those questions instead (backcare check --questions lists them)`,
    };
  if (unknown.length > 0)
    return { ok: false, message: `"${echoed(unknown.join(', '))}" is not one of: none, ${allowed.join(', ')}` };
  return { ok: true, value: [...new Set(ids)] };
}

function parseWhen(raw: unknown, now: Date): ParsedAnswer {
  if (typeof raw !== 'string') return { ok: false, message: `expected a time, got ${shown(raw)}; ${WHEN_EXAMPLES}` };
  const parsed = parsePastTime(raw, now);
  if (!parsed.ok) return { ok: false, message: `"${echoed(raw)}" ${parsed.reason}; ${parsed.example}` };
  return { ok: true, value: parsed.value.toISOString() };
}

/** A list as JSON, or its length when it cannot be written out (a list that contains itself). */
function listText(list: unknown[]): string {
  try {
    return JSON.stringify(list);
  } catch {
    return `${list.length} items`;
  }
}

function shown(raw: unknown): string {
  if (raw === undefined || raw === null || raw === '') return 'nothing';
  if (typeof raw === 'string') return `"${echoed(raw, 40)}"`;
  if (Array.isArray(raw)) return `a list (${echoed(listText(raw), 40)})`;
  return typeof raw === 'object' ? 'a mapping' : String(raw);
}
