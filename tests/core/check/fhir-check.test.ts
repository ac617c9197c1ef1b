// The check as FHIR R4: the generated Questionnaire, the QuestionnaireResponse
// answering it, the level as a RiskAssessment and the pain score (LOINC
// 72514-3), all checked against the official R4 JSON schema.
import { describe, expect, it } from 'vitest';
import {
  CARE_LEVEL_SYSTEM,
  fhirCheckBundle,
  fhirQuestionnaire,
  questionnaireUrl,
} from '../../../src/core/check/fhir-check.js';
import { triage } from '../../../src/core/check/triage.js';
import { fhirErrors } from '../../helpers/fhir-schema.js';
import { answersFor, kb, NOW } from '../../helpers/scenario.js';

type Item = {
  linkId: string;
  type: string;
  text?: string;
  item?: Item[];
  answerOption?: unknown[];
  enableWhen?: { question: string; operator: string }[];
  enableBehavior?: string;
  answer?: unknown[];
};
type Resource = { resourceType: string; id: string; [key: string]: unknown };

const SOFTWARE = { name: 'backcare', version: '0.0.0-test' };

function bundleFor(changes: Record<string, string>) {
  const answers = answersFor(changes);
  const result = triage(kb, answers, NOW);
  const reasons = result.fired.map((r) => ({ rule: r.id, reason: r.reason }));
  return fhirCheckBundle(
    kb,
    { level: result.level, answers, reasons, complete: true, at: NOW, software: SOFTWARE },
    SOFTWARE.version,
  ) as { entry: { resource: Resource }[] };
}

const flat = (items: Item[]): Item[] => items.flatMap((i) => [i, ...flat(i.item ?? [])]);

// The first validation compiles the whole FHIR R4 schema: slow on a loaded machine.
describe('the generated Questionnaire', { timeout: 180_000 }, () => {
  const questionnaire = fhirQuestionnaire(kb, SOFTWARE.version) as Resource & { item: Item[] };
  const items = flat(questionnaire.item);

  it('validates against the FHIR R4 schema', () => {
    expect(fhirErrors('Questionnaire', questionnaire)).toEqual([]);
  });

  it('has every question with its text, and options for yes/no and choice questions', () => {
    for (const q of kb.questions.questions) {
      const item = items.find((i) => i.linkId === q.id);
      expect(item?.text, q.id).toBe(q.text);
      if (q.type === 'yes-no' || q.type === 'choice')
        expect(item?.answerOption?.length, q.id).toBeGreaterThanOrEqual(2);
    }
    expect(items.find((i) => i.linkId === 'pain-now')?.type).toBe('integer');
  });

  it('turns askIf into enableWhen: "cancer history yes or not sure" enables the follow-up on either', () => {
    const follow = items.find((i) => i.enableWhen?.some((w) => w.question === 'cancer-history'));
    expect(follow?.enableWhen?.map((w) => w.operator)).toEqual(['=', '=']);
    expect(follow?.enableBehavior).toBe('any');
    expect(
      kb.questions.questions
        .filter((q) => q.askIf)
        .every((q) => items.find((i) => i.linkId === q.id)?.enableWhen !== undefined),
    ).toBe(true);
  });

  it('the schema check can fail: an unknown item type is refused', () => {
    expect(fhirErrors('Questionnaire', { ...questionnaire, item: [{ linkId: 'x', type: 'yes-or-no' }] })).not.toEqual(
      [],
    );
  });
});

describe('the check as a FHIR Bundle', { timeout: 180_000 }, () => {
  const bundle = bundleFor({ 'saddle-numbness': 'yes', 'pain-now': '7' });
  const resources = bundle.entry.map((e) => e.resource);
  const byType = (type: string) => resources.find((r) => r.resourceType === type) as Resource;

  it('validates against the FHIR R4 schema, the Bundle and each resource', () => {
    expect(fhirErrors('Bundle', bundle)).toEqual([]);
    for (const r of resources) expect(fhirErrors(r.resourceType, r), r.resourceType).toEqual([]);
    expect(resources.map((r) => r.resourceType)).toEqual([
      'Questionnaire',
      'QuestionnaireResponse',
      'RiskAssessment',
      'Observation',
    ]);
  });

  it('answers the Questionnaire it carries, item by item', () => {
    const response = byType('QuestionnaireResponse') as Resource & { item: Item[] };
    expect(response.questionnaire).toBe(questionnaireUrl(kb));
    const asked = new Set(flat((byType('Questionnaire') as Resource & { item: Item[] }).item).map((i) => i.linkId));
    const answered = flat(response.item).filter((i) => i.answer);
    expect(answered.length).toBeGreaterThan(10);
    for (const i of answered) expect(asked.has(i.linkId), i.linkId).toBe(true);
    expect(answered.find((i) => i.linkId === 'saddle-numbness')?.answer).toEqual([
      { valueCoding: expect.objectContaining({ code: 'yes' }) },
    ]);
  });

  it('gives the level as a RiskAssessment with its documented code, and the reasons', () => {
    const risk = byType('RiskAssessment') as Resource & {
      prediction: { outcome: { coding: { system: string; code: string }[] } }[];
      note: { text: string }[];
    };
    expect(risk.prediction[0]?.outcome.coding[0]).toMatchObject({ system: CARE_LEVEL_SYSTEM, code: 'emergency' });
    expect(risk.note.map((n) => n.text).join(' ')).toContain('ces-saddle-numbness');
  });

  it('gives the pain score as an Observation with LOINC 72514-3', () => {
    expect(byType('Observation')).toMatchObject({
      code: { coding: [{ system: 'http://loinc.org', code: '72514-3' }] },
      valueQuantity: { value: 7 },
    });
  });

  it('says self_care for a calm check', () => {
    const calm = bundleFor({})
      .entry.map((e) => e.resource)
      .find((r) => r.resourceType === 'RiskAssessment') as Resource & {
      prediction: { outcome: { coding: { code: string }[] } }[];
    };
    expect(calm.prediction[0]?.outcome.coding[0]?.code).toBe('self_care');
  });
});
