// Asking the questionnaire in a terminal: red flags first, emergency first;
// an emergency answer ends it at once. Grouped yes/no questions are asked as
// one checklist, with a way out for anyone who is not sure.
import { parseAnswer, tickableConditions, type Answers, type AnswerValue } from '../core/check/answers.js';
import {
  applicability,
  groupTitle,
  nextQuestion,
  progress,
  questionText,
  shortForm,
} from '../core/check/questionnaire.js';
import { triage } from '../core/check/triage.js';
import type { KnowledgeBase, Question } from '../kb/types.js';
import type { Choice, KeyedChoice, Prompter, Words } from './prompter.js';
import { numberKeys } from './typed-answer.js';

const NOT_SURE_ITEM = '__not-sure__';
const NONE_ITEM = '__none__';

export interface AskResult {
  answers: Answers;
  /** True when an emergency answer ended the questionnaire early. */
  stoppedForEmergency: boolean;
}

export async function askQuestionnaire(
  kb: KnowledgeBase,
  given: Answers,
  prompter: Prompter,
  now: Date,
): Promise<AskResult> {
  const answers: Record<string, AnswerValue> = { ...given };
  for (let q = nextQuestion(kb, answers); q; q = nextQuestion(kb, answers)) {
    if (q.group) Object.assign(answers, await askGroup(kb, q, answers, prompter, now));
    else answers[q.id] = await askOne(kb, q, answers, prompter, now);
    if (isEmergencyNow(kb, answers, now)) return { answers, stoppedForEmergency: true };
  }
  return { answers, stoppedForEmergency: false };
}

/** Follow-ups still to be asked stay unknown here, so "not sure" leads to the follow-up rather than ending it. */
function isEmergencyNow(kb: KnowledgeBase, answers: Answers, now: Date): boolean {
  return triage(kb, answers, now, 'unknown').level === 'emergency';
}

function counter(kb: KnowledgeBase, answers: Answers): string {
  const { answered, total } = progress(kb, answers);
  return `[${answered + 1}/${total}]`;
}

async function askOne(
  kb: KnowledgeBase,
  q: Question,
  answers: Answers,
  prompter: Prompter,
  now: Date,
): Promise<AnswerValue> {
  const message = `${counter(kb, answers)} ${asQuestion(questionText(kb, q, answers))}`;
  const words: Words = { more: explanation(q) };
  switch (q.type) {
    case 'yes-no':
      return prompter.answer(message, yesNoChoices(q), words);
    case 'number':
      return prompter.number(message, { min: q.min ?? 0, max: q.max ?? Number.MAX_SAFE_INTEGER }, words);
    case 'choice':
      return prompter.answer(message, numberKeys(q.choices ?? []), words);
    case 'many':
      return prompter
        .checklist(message, [...manyChoices(kb, q), { value: NONE_ITEM, label: 'None of these' }], checklistAnswered)
        .then(withoutNone);
    case 'when': {
      const validate = (value: string): string | true => {
        const parsed = parseAnswer(q, value, kb, now);
        return parsed.ok ? true : parsed.message;
      };
      const text = await prompter.text(message, validate, { help: WHEN_HINT, ...words });
      const parsed = parseAnswer(q, text, kb, now);
      return parsed.ok ? parsed.value : text;
    }
  }
}

/** Shown under "when did it start" every time: what can be typed. */
const WHEN_HINT = 'For example: 8am, this morning, last night, yesterday or 3d (3 days ago).';

/** The full wording and its help: what `?` shows. Undefined when it would only repeat the short form. */
function explanation(q: Question): string | undefined {
  const full = [q.text === shortForm(q) ? undefined : q.text, q.help].filter((t): t is string => t !== undefined);
  return full.length === 0 ? undefined : full.join('\n');
}

/** A checklist item asked on its own reads as a question. */
function asQuestion(text: string): string {
  return /[?:.]$/.test(text) ? text : `${text}?`;
}

function withoutNone(ticked: string[]): string[] {
  return ticked.filter((t) => t !== NONE_ITEM);
}

async function askGroup(
  kb: KnowledgeBase,
  first: Question,
  answers: Answers,
  prompter: Prompter,
  now: Date,
): Promise<Record<string, AnswerValue>> {
  const members = kb.questions.questions.filter(
    (q) => q.group === first.group && answers[q.id] === undefined && applicability(q, answers) === 'applies',
  );
  const title = (first.group && groupTitle(kb, first.group)) ?? 'Do any of these apply to you now?';
  const ticked = await prompter.checklist(
    `${counter(kb, answers)} ${title}`,
    [
      ...members.map((q) => ({ value: q.id, label: questionText(kb, q, answers), more: explanation(q) ?? q.text })),
      { value: NONE_ITEM, label: 'None of these' },
      { value: NOT_SURE_ITEM, label: 'Not sure: ask one by one' },
    ],
    checklistAnswered,
  );
  if (ticked.includes(NOT_SURE_ITEM)) {
    // Asked one by one, an emergency answer ends the group at once, as it ends the questionnaire.
    const one: Record<string, AnswerValue> = {};
    for (const q of members) {
      one[q.id] = await askOne(kb, q, { ...answers, ...one }, prompter, now);
      if (isEmergencyNow(kb, { ...answers, ...one }, now)) break;
    }
    return one;
  }
  return Object.fromEntries(members.map((q) => [q.id, ticked.includes(q.id) ? 'yes' : 'no']));
}

/** Short, so that on a small terminal it does not push the list's title off the top. */
const NOTHING_TICKED = 'Nothing is ticked yet: tick what applies or "None of these" (space).';

/** A checklist is never answered by Enter alone: "none" is ticked as deliberately as anything else. */
function checklistAnswered(ticked: readonly string[]): string | true {
  if (ticked.length === 0) return NOTHING_TICKED;
  if (ticked.includes(NONE_ITEM) && ticked.length > 1)
    return '"None of these" cannot go with other ticks: untick one or the other.';
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
  return tickableConditions(kb).map((c) => ({ value: c.id, label: c.name, help: c.description }));
}
