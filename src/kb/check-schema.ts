// Schemas of the questionnaire (questions.yaml) and the triage rules
// (rules.yaml) behind `backcare check`.
import { z } from 'zod';
import { ANSWER_TYPES, CARE_LEVELS, QUESTION_SECTIONS } from '../core/vocabulary.js';
import { QUESTION_ROLE_NAMES, QUESTION_ROLES } from '../core/vocabulary.js';
import { Id, refTo, SourceRefs, Text } from './schema-parts.js';
import { OPERATORS } from '../core/check/operators.js';
import type { AnswerTestOf, Condition, Operator, OperatorTable, ValueKind } from '../core/check/operators.js';

const Choice = z.strictObject({ value: Id, label: Text });

/** How a "not sure" answer to a yes/no question counts: as yes, or by asking a concrete follow-up. */
const UnsurePolicy = z.union([
  z.strictObject({ countsAs: z.literal('yes', 'expected countsAs: yes (a "not sure" must never count as no)') }),
  z.strictObject({ followUp: refTo('questions') }),
]);

/** What each kind of operator value looks like in YAML. */
const VALUE_SCHEMAS = {
  value: z.string(),
  values: z.array(z.string()).min(1),
  number: z.number(),
} as const satisfies Record<ValueKind, z.ZodType>;

type OperatorShape<T extends OperatorTable> = {
  [N in keyof T]: T[N] extends Operator<infer K> ? z.ZodOptional<(typeof VALUE_SCHEMAS)[K]> : never;
};

/** The schema of an answer test under an operator table: the answer's id and at least one operator. */
export function answerTestSchema<T extends OperatorTable>(table: T): z.ZodType<AnswerTestOf<T>> {
  const names = Object.keys(table);
  const shape = Object.fromEntries(
    Object.entries(table).map(([name, op]) => [name, VALUE_SCHEMAS[op.value].optional()]),
  ) as OperatorShape<T>;
  const needsOne = { message: `an answer test needs one of ${names.join(', ')}` };
  const schema = z.strictObject({ answer: Id, ...shape }).refine((t) => Object.keys(t).length > 1, needsOne);
  return schema as z.ZodType<AnswerTestOf<T>>;
}

const AnswerTestSchema = answerTestSchema(OPERATORS);

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(ConditionSchema).min(1) }),
    z.strictObject({ any: z.array(ConditionSchema).min(1) }),
    z.strictObject({ not: ConditionSchema }),
    AnswerTestSchema,
  ]),
);

export const Question = z
  .strictObject({
    id: Id,
    section: z.enum(QUESTION_SECTIONS),
    type: z.enum(ANSWER_TYPES),
    /** What the code reads this answer for (at most one question per role): onset, pain-score, pregnancy-weeks. */
    role: z.enum(QUESTION_ROLE_NAMES).optional(),
    /** What a person reads first: plain, about 15 words at most, still naming the sign precisely. */
    // Optional here so the refinement below can name the question that lacks it.
    short: Text.optional(),
    /** With `help`, the explanation shown on request. */
    text: Text,
    /** The question in words for a parent answering for a child, used when the file's `childWording` holds. */
    forChild: Text.optional(),
    help: Text.optional(),
    /** Only asked (and only required) when this holds. */
    askIf: ConditionSchema.optional(),
    unsure: UnsurePolicy.optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    unit: Text.optional(),
    choices: z.array(Choice).min(2).optional(),
    /** For `many`: the choices are the knowledge base's conditions. */
    choicesFrom: z.literal('conditions').optional(),
    /** Yes/no questions shown together as one checklist in a terminal. */
    group: Id.optional(),
    /**
     * Why a cautious or clinical choice in how it is asked was made (a gate, who is not asked): a recorded judgement.
     */
    judgement: Text.optional(),
    sources: SourceRefs,
  })
  .superRefine((q, ctx) => {
    const need = (ok: boolean, message: string, path: string): void => {
      if (!ok) ctx.addIssue({ code: 'custom', message, path: [path] });
    };
    need(
      q.short !== undefined,
      `question "${q.id}" has no short form: add short: with it in about 15 plain words`,
      'short',
    );
    need(
      q.type !== 'number' || (q.min !== undefined && q.max !== undefined),
      'number questions need min and max',
      'type',
    );
    need(q.type !== 'choice' || q.choices !== undefined, 'choice questions need choices', 'choices');
    need(
      q.type !== 'many' || q.choices !== undefined || q.choicesFrom !== undefined,
      'many questions need choices or choicesFrom',
      'choices',
    );
    need(q.unsure === undefined || q.type === 'yes-no', 'only yes-no questions can have an unsure policy', 'unsure');
    const roleType = q.role === undefined ? q.type : QUESTION_ROLES[q.role];
    const roleMessage = `role ${q.role ?? ''} needs a ${roleType} question, and "${q.id}" is a ${q.type} question`;
    need(roleType === q.type, roleMessage, 'role');
  });

const QuestionSection = z.strictObject({ id: z.enum(QUESTION_SECTIONS), title: Text });

/** Questions with the same `group` are asked on one screen, under this title. */
const QuestionGroup = z.strictObject({ id: Id, title: Text, short: Text.optional() });

export const QuestionsFile = z.strictObject({
  sections: z.array(QuestionSection).min(1),
  groups: z.array(QuestionGroup).optional(),
  /** When this holds over the answers so far, questions are asked in their `forChild` words. */
  childWording: ConditionSchema.optional(),
  questions: z.array(Question).min(1),
});

export const Rule = z.strictObject({
  id: Id,
  level: z.enum(CARE_LEVELS),
  when: ConditionSchema,
  reason: Text,
  /** The warning sign (warning-signs.yaml) this rule implements. */
  warningSign: refTo('warningSigns'),
  /** Why a level chosen against (or beyond) the guideline was chosen: a recorded judgement, not a default. */
  judgement: Text.optional(),
  sources: SourceRefs,
});

/** Conditions that answers imply, e.g. age 65 or over -> age-65-plus, for medicine cautions. */
export const ConditionRule = z.strictObject({
  condition: refTo('conditions'),
  /** The answers imply it only in some cases, so the conditions list still offers it to tick. */
  stillAsked: z.boolean().optional(),
  when: ConditionSchema,
  sources: SourceRefs,
});

const LevelAdvice = z.strictObject({ title: Text, action: Text });

export const RulesFile = z.strictObject({
  levels: z.strictObject({
    emergency: LevelAdvice,
    urgent: LevelAdvice,
    doctor_soon: LevelAdvice,
    self_care: LevelAdvice,
  }),
  rules: z.array(Rule).min(1),
  conditionRules: z.array(ConditionRule).default([]),
});
