// check --format fhir and kb questionnaire, run in this process (tests/helpers/test-io.ts): the
// resources validate against FHIR R4. The emergency on stderr beside the bundle on stdout is a
// matter of the process's streams and stays in tests/e2e/check-fhir.test.ts.
import { describe, expect, it } from 'vitest';
import { calmAnswersFileOf } from '../helpers/calm-answers.js';
import { fhirErrors } from '../helpers/fhir-schema.js';
import { listedQuestions, runInProcess } from '../helpers/test-io.js';

describe('backcare check --format fhir', () => {
  it('prints a FHIR R4 Bundle that validates, with the level and the pain score', async () => {
    const answers = calmAnswersFileOf(await listedQuestions());
    const r = await runInProcess(['check', '--answers', answers, '--format', 'fhir']);
    expect(r.code, r.stderr).toBe(0);
    const bundle = JSON.parse(r.stdout) as { entry: { resource: { resourceType: string } }[] };
    expect(fhirErrors('Bundle', bundle)).toEqual([]);
    expect(bundle.entry.map((e) => e.resource.resourceType)).toEqual([
      'Questionnaire',
      'QuestionnaireResponse',
      'RiskAssessment',
      'Observation',
    ]);
  });

  it('refuses an unknown format with one line and exit 2', async () => {
    const r = await runInProcess(['check', '--answer', 'fever=no', '--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^backcare: --format "xml" is not a format; use one of: text, json, fhir\n$/);
  });
});

describe('backcare kb questionnaire', () => {
  it('prints the Questionnaire as JSON that validates against FHIR R4', async () => {
    const r = await runInProcess(['kb', 'questionnaire']);
    expect(r.code, r.stderr).toBe(0);
    const questionnaire = JSON.parse(r.stdout) as { resourceType: string };
    expect(questionnaire.resourceType).toBe('Questionnaire');
    expect(fhirErrors('Questionnaire', questionnaire)).toEqual([]);
  });
});
