// Asking the questionnaire in a terminal: red flags first, emergency first;
// an emergency answer ends it at once. Grouped yes/no questions are asked as
// one checklist, with a way out for anyone who is not sure.
import { parseAnswer, type Answers, type AnswerValue } from '../core/check/answers.js';
import { applicability, groupTitle, nextQuestion, progress, questionText } from '../core/check/questionnaire.js';
import { triage } from '../core/check/triage.js';
import type { KnowledgeBase, Question } from '../core/kb/types.js';
import type { Choice, KeyedChoice, Prompter } from './prompter.js';

const NOT_SURE_ITEM = '__not-sure__';
const NONE_ITEM = '__none__';

export interface AskResult {
  answers: Answers;
  /** True when an emergency answer ended the questionnaire early. */
  stoppedForEmergency: boolean;
}

export async function askQuestionnaire(kb: KnowledgeBase, given: Answers, prompter: Prompter, now: Date): Promise<AskResult> {
  const answers: Record<string, AnswerValue> = { ...given };
  for (let q = nextQuestion(kb, answers); q; q = nextQuestion(kb, answers)) {
    if (q.group) Object.assign(answers, await askGroup(kb, q, answers, prompter, now));
    else answers[q.id] = await askOne(kb, q, answers, prompter, now);
    // Follow-ups still to be asked stay unknown here, so "not sure" leads to the follow-up.
    if (triage(kb, answers, now, 'unknown').level === 'emergency') return { answers, stoppedForEmergency: true };
  }
  return { answers, stoppedForEmergency: false };
}

function counter(kb: KnowledgeBase, answers: Answers): string {
  const { answered, total } = progress(kb, answers);
  return `[${answered + 1}/${total}]`;
}

async function askOne(kb: KnowledgeBase, q: Question, answers: Answers, prompter: Prompter, now: Date): Promise<AnswerValue> {
  const message = `${counter(kb, answers)} ${questionText(kb, q, answers)}`;
  switch (q.type) {
    case 'yes-no':
      return prompter.answer(message, yesNoChoices(q), q.help);
    case 'number':
      return prompter.number(message, { min: q.min ?? 0, max: q.max ?? Number.MAX_SAFE_INTEGER }, q.help);
    case 'choice':
      return prompter.select(message, q.choices ?? [], q.help);
    case 'many':
      return prompter.checklist(`${message} (tick nothing if none apply)`, manyChoices(kb, q));
    case 'when': {
      const validate = (value: string): string | true => {
        const parsed = parseAnswer(q, value, kb, now);
        return parsed.ok ? true : parsed.message;
      };
      const text = await prompter.text(message, validate, q.help ?? 'For example 6h (six hours ago), 3d (three days ago) or 2026-11-20.');
      const parsed = parseAnswer(q, text, kb, now);
      return parsed.ok ? parsed.value : text;
    }
  }
}

async function askGroup(kb: KnowledgeBase, first: Question, answers: Answers, prompter: Prompter, now: Date): Promise<Record<string, AnswerValue>> {
  const members = kb.questions.questions.filter((q) => q.group === first.group && answers[q.id] === undefined && applicability(q, answers) === 'applies');
  const title = (first.group && groupTitle(kb, first.group)) ?? 'Do any of these apply to you now?';
  const ticked = await prompter.checklist(
    `${counter(kb, answers)} ${title}`,
    [
      ...members.map((q) => ({ value: q.id, label: questionText(kb, q, answers) })),
      { value: NONE_ITEM, label: 'None of these' },
      { value: NOT_SURE_ITEM, label: 'I am not sure about some of these: ask me one at a time' },
    ],
    checklistAnswered,
  );
  if (ticked.includes(NOT_SURE_ITEM)) {
    const one: Record<string, AnswerValue> = {};
    for (const q of members) one[q.id] = await askOne(kb, q, { ...answers, ...one }, prompter, now);
    return one;
  }
  return Object.fromEntries(members.map((q) => [q.id, ticked.includes(q.id) ? 'yes' : 'no']));
}

/** A warning-sign checklist is never answered by Enter alone: "none" is ticked as deliberately as a sign. */
function checklistAnswered(ticked: readonly string[]): string | true {
  if (ticked.length === 0) return 'Nothing is ticked yet: tick each one that applies, or "None of these", with space, then press Enter.';
  if (ticked.includes(NONE_ITEM) && ticked.length > 1) return '"None of these" cannot go with other ticks: untick one or the other.';
  return true;
}

function yesNoChoices(q: Question): KeyedChoice[] {
  const choices: KeyedChoice[] = [
    { value: 'yes', label: 'Yes', key: 'y' },
    { value: 'no', label: 'No', key: 'n' },
  ];
  if (q.unsure) choices.push({ value: 'unsure', label: 'Not sure', key: 'u' });
  return choices;
}

/** Conditions that other answers already imply (pregnancy, age) are not asked again. */
function manyChoices(kb: KnowledgeBase, q: Question): Choice[] {
  if (q.choicesFrom !== 'conditions') return q.choices ?? [];
  const implied = new Set(kb.rules.conditionRules.filter((r) => !r.stillAsked).map((r) => r.condition));
  return kb.conditions.conditions.filter((c) => !implied.has(c.id)).map((c) => ({ value: c.id, label: c.name, help: c.description }));
}
