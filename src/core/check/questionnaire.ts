// The questionnaire's order and flow: which questions apply given the answers
// so far, which is next, which are still missing, and what "not sure" counts as.
import type { KnowledgeBase, Question } from '../../kb/types.js';
import type { QuestionRole } from '../vocabulary.js';
import type { Answers, AnswerValue } from './answers.js';
import { answersAsFacts, evaluate } from './conditions.js';
import { answersTested } from './condition-tree.js';
import { remembered } from '../remembered.js';

/** The question that holds a role (questions.yaml `role:`); kb validation allows at most one each. */
export function questionWithRole(kb: KnowledgeBase, role: QuestionRole): Question | undefined {
  return kb.questions.questions.find((q) => q.role === role);
}

/** The answer to the question that holds a role, if it was answered. */
export function answerWithRole(
  kb: KnowledgeBase,
  facts: Answers | ReadonlyMap<string, AnswerValue>,
  role: QuestionRole,
): AnswerValue | undefined {
  const id = questionWithRole(kb, role)?.id;
  if (id === undefined) return undefined;
  return facts instanceof Map ? facts.get(id) : (facts as Answers)[id];
}

/** Questions in the order they are asked: by section as listed, then as written. Sorted once per base. */
export function orderedQuestions(kb: KnowledgeBase): readonly Question[] {
  return remembered(ORDERED, kb.questions, () => {
    const rank = new Map(kb.questions.sections.map((s, i) => [s.id, i]));
    return kb.questions.questions
      .map((q, i) => ({ q, i }))
      .sort((a, b) => (rank.get(a.q.section) ?? 0) - (rank.get(b.q.section) ?? 0) || a.i - b.i)
      .map(({ q }) => q);
  });
}

const ORDERED = new WeakMap<KnowledgeBase['questions'], readonly Question[]>();

/** applies: ask it; skipped: its askIf is false; waiting: its askIf depends on an answer not given yet. */
export type Applicability = 'applies' | 'skipped' | 'waiting';

export function applicability(question: Question, answers: Answers): Applicability {
  if (!question.askIf) return 'applies';
  const holds = evaluate(question.askIf, answersAsFacts(answers));
  return holds === undefined ? 'waiting' : holds ? 'applies' : 'skipped';
}

/** The next question to ask, or undefined when the questionnaire is complete. */
export function nextQuestion(kb: KnowledgeBase, answers: Answers): Question | undefined {
  return orderedQuestions(kb).find((q) => answers[q.id] === undefined && applicability(q, answers) === 'applies');
}

/** Questions that apply and have no answer (what a script must still supply). */
export function missingQuestions(kb: KnowledgeBase, answers: Answers): Question[] {
  return orderedQuestions(kb).filter((q) => answers[q.id] === undefined && applicability(q, answers) === 'applies');
}

/**
 * How far along the questionnaire is, in screens (a group of questions is one
 * screen): done so far, and how many apply in all as known now.
 */
export function progress(kb: KnowledgeBase, answers: Answers): { answered: number; total: number } {
  const numbers = new Set(kb.questions.questions.filter((q) => q.type === 'number').map((q) => q.id));
  // A question waiting only on a number not yet given (an age) is counted: most people are in its range.
  // One waiting on a yes or no (pregnancy, a follow-up) is not: most people answer no.
  const expected = (q: Question): boolean => {
    const state = applicability(q, answers);
    return (
      state === 'applies' ||
      (state === 'waiting' && q.askIf !== undefined && answersTested(q.askIf).every((id) => numbers.has(id)))
    );
  };
  const applying = orderedQuestions(kb).filter(expected);
  const screen = (q: Question): string => (q.group ? `group:${q.group}` : q.id);
  const all = new Set(applying.map(screen));
  const open = new Set(applying.filter((q) => answers[q.id] === undefined).map(screen));
  return { answered: all.size - open.size, total: all.size };
}

/**
 * The words to ask a question in: for a parent answering for a child when the
 * knowledge base's `childWording` holds over the answers so far (and the
 * question has such words), otherwise its short form.
 */
export function questionText(kb: KnowledgeBase, question: Question, answers: Answers): string {
  const forChild = kb.questions.childWording && evaluate(kb.questions.childWording, answersAsFacts(answers)) === true;
  return forChild && question.forChild !== undefined ? question.forChild : shortForm(question);
}

/** The title a group of questions is shown under: its short form where it has one. */
export function groupTitle(kb: KnowledgeBase, group: string): string | undefined {
  const found = kb.questions.groups?.find((g) => g.id === group);
  return found?.short ?? found?.title;
}

/** What a person reads first (the schema requires it; the full text stands in only for a base it did not check). */
export function shortForm(question: Question): string {
  return question.short ?? question.text;
}

/**
 * While a person is still being asked, a follow-up not yet answered is pending
 * (the answer stays unknown); once the questionnaire is over it counts as yes.
 */
export type PendingFollowUps = 'count-as-yes' | 'unknown';

/**
 * Resolves "not sure": a question whose policy counts it as yes becomes yes; a
 * question with a follow-up takes the follow-up's resolved answer, and yes if
 * the follow-up is missing. Returns the resolved answers and which questions
 * were counted as yes because of a "not sure".
 */
export function resolveUnsure(
  kb: KnowledgeBase,
  answers: Answers,
  pending: PendingFollowUps = 'count-as-yes',
): { answers: Record<string, AnswerValue>; countedAsYes: string[] } {
  const byId = new Map(kb.questions.questions.map((q) => [q.id, q]));
  const resolved: Record<string, AnswerValue> = { ...answers };
  const countedAsYes: string[] = [];
  /** The resolved value, and whether a "not sure" had to count as yes for safety. */
  const resolve = (id: string, seen: Set<string>): { value: AnswerValue | undefined; forSafety: boolean } => {
    const value = answers[id];
    const policy = byId.get(id)?.unsure;
    if (value !== 'unsure' || !policy) return { value, forSafety: false };
    if ('countsAs' in policy || seen.has(policy.followUp)) return { value: 'yes', forSafety: true };
    const followUp = resolve(policy.followUp, new Set([...seen, id]));
    if (followUp.value === 'yes' || followUp.value === 'no') return followUp;
    if (followUp.value === undefined && pending === 'unknown') return { value: undefined, forSafety: false };
    return { value: 'yes', forSafety: true };
  };
  for (const id of Object.keys(answers)) {
    const { value, forSafety } = resolve(id, new Set());
    if (value === undefined) {
      delete resolved[id];
      continue;
    }
    if (forSafety) countedAsYes.push(id);
    resolved[id] = value;
  }
  return { answers: resolved, countedAsYes };
}

/** Facts computed from the answers: time since the episode started. */
export function derivedFacts(kb: KnowledgeBase, answers: Answers, now: Date): Record<string, number> {
  const onset = answerWithRole(kb, answers, 'onset');
  if (typeof onset !== 'string') return {};
  const hours = Math.max(0, (now.getTime() - Date.parse(onset)) / 3_600_000);
  return { 'hours-since-onset': hours, 'days-since-onset': hours / 24 };
}
