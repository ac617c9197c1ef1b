// The check as FHIR R4 a clinic can import: a Questionnaire generated from the
// questions (text, type, options, conditions), the person's answers as a
// QuestionnaireResponse to it, the level as a RiskAssessment and the pain
// score as an Observation (LOINC 72514-3), in one Bundle of type "collection".
// Pure: the time is passed in.
//
// The level's code: the four levels are backcare's own (emergency, urgent,
// doctor_soon, self_care) in the code system CARE_LEVEL_SYSTEM below, with
// the level's title as display; there is no standard code for "how urgently
// to seek care" that fits all four.
import { canonicalJson } from '../review/hash.js';
import { isoWithOffset } from '../diary/time.js';
import { CARE_LEVEL_SYSTEM, LOINC_PAIN, OBSERVATION_STATUS, uuidFrom, type FhirResource } from '../diary/fhir.js';
import type { KnowledgeBase, Question, RuleCondition } from '../../kb/types.js';
import type { CareLevel } from '../vocabulary.js';
import type { Answers, AnswerValue } from './answers.js';
import { choiceValues, tickableConditions } from './answers.js';
import { answerWithRole, orderedQuestions } from './questionnaire.js';
import { OPERATORS, operatorsOf } from './operators.js';

export { CARE_LEVEL_SYSTEM };
const ANSWER_SYSTEM = 'urn:backcare:answer';
const ENABLE_WHEN_EXPRESSION = 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression';

type Json = Record<string, unknown>;

export interface CheckForFhir {
  level: CareLevel;
  answers: Answers;
  reasons: { rule: string; reason: string }[];
  complete: boolean;
  at: Date;
  software: { name: string; version: string };
}

export function questionnaireUrl(kb: KnowledgeBase): string {
  return `urn:uuid:${uuidFrom(`questionnaire:${canonicalJson(kb.questions)}`)}`;
}

export function fhirQuestionnaire(kb: KnowledgeBase, version: string): FhirResource {
  const questions = orderedQuestions(kb);
  return {
    resourceType: 'Questionnaire',
    id: uuidFrom(`questionnaire:${canonicalJson(kb.questions)}`),
    url: questionnaireUrl(kb),
    version,
    name: 'BackcareCheck',
    title: 'backcare check: warning signs and symptoms of acute low back pain',
    status: 'draft',
    subjectType: ['Patient'],
    description:
      'Generated from the questions of backcare check. Not reviewed by a clinician unless the knowledge base says so.',
    item: kb.questions.sections
      .map((section) => ({
        linkId: section.id,
        type: 'group',
        text: section.title,
        item: questions.filter((q) => q.section === section.id).map((q) => questionItem(kb, q)),
      }))
      .filter((group) => group.item.length > 0),
  };
}

function questionItem(kb: KnowledgeBase, q: Question): Json {
  const item: Json = { linkId: q.id, text: q.text, type: itemType(q), required: q.askIf === undefined };
  if (q.type === 'many') item.repeats = true;
  if (q.type === 'yes-no' || q.type === 'choice' || q.type === 'many')
    item.answerOption = options(kb, q).map((o) => ({ valueCoding: { system: ANSWER_SYSTEM, ...o } }));
  if (q.type === 'number') item.extension = numberLimits(q);
  if (q.askIf) Object.assign(item, enableWhen(kb, q.askIf));
  if (q.help) item.item = [{ linkId: `${q.id}.help`, type: 'display', text: q.help }];
  return item;
}

function itemType(q: Question): string {
  if (q.type === 'number') return Number.isInteger(q.min) && Number.isInteger(q.max) ? 'integer' : 'decimal';
  if (q.type === 'when') return 'dateTime';
  return 'choice';
}

function options(kb: KnowledgeBase, q: Question): { code: string; display: string }[] {
  if (q.type === 'yes-no')
    return [
      { code: 'yes', display: 'Yes' },
      { code: 'no', display: 'No' },
      ...(q.unsure ? [{ code: 'unsure', display: 'Not sure' }] : []),
    ];
  if (q.choicesFrom === 'conditions') return tickableConditions(kb).map((c) => ({ code: c.id, display: c.name }));
  return choiceValues(q, kb).map((value) => ({
    code: value,
    display: q.choices?.find((c) => c.value === value)?.label ?? value,
  }));
}

function numberLimits(q: Question): Json[] {
  const key = Number.isInteger(q.min) && Number.isInteger(q.max) ? 'valueInteger' : 'valueDecimal';
  return [
    { url: 'http://hl7.org/fhir/StructureDefinition/minValue', [key]: q.min },
    { url: 'http://hl7.org/fhir/StructureDefinition/maxValue', [key]: q.max },
  ];
}

/**
 * enableWhen where the condition is one answer test or a flat all/any of them; else the condition in words, as an
 * expression.
 */
function enableWhen(kb: KnowledgeBase, c: RuleCondition): Json {
  const flat = flatTests(c);
  const conditions = flat?.tests.flatMap((t) => answerConditions(kb, t));
  if (flat && conditions && conditions.length > 0) {
    const behavior =
      conditions.length > 1
        ? { enableBehavior: flat.behavior === 'all' && conditions.length === flat.tests.length ? 'all' : 'any' }
        : {};
    if (flat.behavior === 'all' && conditions.length !== flat.tests.length) return expression(c);
    return { enableWhen: conditions, ...behavior };
  }
  return expression(c);
}

function flatTests(
  c: RuleCondition,
): { behavior: 'all' | 'any'; tests: Extract<RuleCondition, { answer: string }>[] } | undefined {
  if ('answer' in c) return { behavior: 'any', tests: [c] };
  const list = 'all' in c ? c.all : 'any' in c ? c.any : undefined;
  if (!list?.every((x) => 'answer' in x)) return undefined;
  return { behavior: 'all' in c ? 'all' : 'any', tests: list as Extract<RuleCondition, { answer: string }>[] };
}

function answerConditions(kb: KnowledgeBase, t: Extract<RuleCondition, { answer: string }>): Json[] {
  const asked = kb.questions.questions.find((q) => q.id === t.answer);
  const coded = (code: string, operator: string): Json => ({
    question: t.answer,
    operator,
    answerCoding: { system: ANSWER_SYSTEM, code },
  });
  if (!asked) return [];
  const key =
    asked.type === 'number' && Number.isInteger(asked.min) && Number.isInteger(asked.max)
      ? 'answerInteger'
      : 'answerDecimal';
  return operatorsOf(OPERATORS, t).flatMap(({ operator: op, value }): Json[] => {
    if (op.value === 'number') return [{ question: t.answer, operator: op.fhir, [key]: value }];
    return (Array.isArray(value) ? value : [value]).map((code) => coded(String(code), op.fhir));
  });
}

function expression(c: RuleCondition): Json {
  return {
    extension: [
      {
        url: ENABLE_WHEN_EXPRESSION,
        valueExpression: {
          language: 'application/json',
          expression: canonicalJson(c),
          description: 'asked only when this backcare condition holds',
        },
      },
    ],
  };
}

export function fhirCheckBundle(kb: KnowledgeBase, check: CheckForFhir, version: string): Json {
  const at = isoWithOffset(check.at);
  const seed = `check:${at}:${canonicalJson(check.answers)}`;
  const responseId = uuidFrom(`response:${seed}`);
  const response: FhirResource = {
    resourceType: 'QuestionnaireResponse',
    id: responseId,
    questionnaire: questionnaireUrl(kb),
    status: check.complete ? 'completed' : 'in-progress',
    authored: at,
    author: { display: `${check.software.name} ${check.software.version}, answers self-reported by the patient` },
    source: { display: 'The patient (self-reported)' },
    item: responseItems(kb, check.answers),
  };
  const level = kb.rules.levels[check.level];
  const risk: FhirResource = {
    resourceType: 'RiskAssessment',
    id: uuidFrom(`risk:${seed}`),
    status: OBSERVATION_STATUS,
    subject: { display: 'The patient' },
    occurrenceDateTime: at,
    basis: [{ reference: `urn:uuid:${responseId}` }],
    method: { text: `${check.software.name} ${check.software.version} triage rules (not a diagnosis)` },
    prediction: [
      {
        outcome: {
          coding: [{ system: CARE_LEVEL_SYSTEM, code: check.level, display: level.title }],
          text: level.action,
        },
      },
    ],
    ...(check.reasons.length > 0 ? { note: check.reasons.map((r) => ({ text: `${r.rule}: ${r.reason}` })) } : {}),
  };
  const pain = answerWithRole(kb, check.answers, 'pain-score');
  const observation: FhirResource | undefined =
    typeof pain === 'number'
      ? {
          resourceType: 'Observation',
          id: uuidFrom(`pain:${seed}`),
          status: OBSERVATION_STATUS,
          category: [
            {
              coding: [
                {
                  system: 'http://terminology.hl7.org/CodeSystem/observation-category',
                  code: 'survey',
                  display: 'Survey',
                },
              ],
            },
          ],
          code: { coding: [{ ...LOINC_PAIN }], text: 'Pain severity, 0-10, self-reported' },
          effectiveDateTime: at,
          derivedFrom: [{ reference: `urn:uuid:${responseId}` }],
          valueQuantity: { value: pain, unit: '{score}', system: 'http://unitsofmeasure.org', code: '{score}' },
        }
      : undefined;
  const resources = [fhirQuestionnaire(kb, version), response, risk, ...(observation ? [observation] : [])];
  return {
    resourceType: 'Bundle',
    id: uuidFrom(`bundle:${seed}`),
    meta: { lastUpdated: at },
    type: 'collection',
    timestamp: at,
    entry: resources.map((resource) => ({ fullUrl: `urn:uuid:${resource.id}`, resource })),
  };
}

function responseItems(kb: KnowledgeBase, answers: Answers): Json[] {
  const questions = orderedQuestions(kb);
  return kb.questions.sections
    .map((section) => ({
      linkId: section.id,
      text: section.title,
      item: questions
        .filter((q) => q.section === section.id && answers[q.id] !== undefined)
        .map((q) => ({ linkId: q.id, text: q.text, answer: answerValues(kb, q, answers[q.id] as AnswerValue) })),
    }))
    .filter((group) => group.item.length > 0);
}

function answerValues(kb: KnowledgeBase, q: Question, value: AnswerValue): Json[] {
  if (q.type === 'number') return [{ [Number.isInteger(value) ? 'valueInteger' : 'valueDecimal']: value }];
  if (q.type === 'when') return [{ valueDateTime: isoWithOffset(new Date(String(value))) }];
  const display = new Map(options(kb, q).map((o) => [o.code, o.display]));
  const codes = Array.isArray(value) ? (value as readonly string[]) : [String(value)];
  if (codes.length === 0) return [{ valueCoding: { system: ANSWER_SYSTEM, code: 'none', display: 'None of these' } }];
  return codes.map((code) => ({ valueCoding: { system: ANSWER_SYSTEM, code, display: display.get(code) ?? code } }));
}
