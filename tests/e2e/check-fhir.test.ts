// check --format fhir and kb questionnaire through the built binary.
import { describe, expect, it } from 'vitest';
import { calmAnswersFile } from '../helpers/calm-answers.js';
import { fhirErrors } from '../helpers/fhir-schema.js';
import { runCli } from '../helpers/run-cli.js';

describe('backcare check --format fhir', { timeout: 60_000 }, () => {
  const answers = calmAnswersFile();

  it('prints a FHIR R4 Bundle that validates, with the level and the pain score', () => {
    const r = runCli(['check', '--answers', answers, '--format', 'fhir']);
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

  it('still tells the person about an emergency on stderr', () => {
    const r = runCli([
      'check',
      '--answers',
      calmAnswersFile(['saddle-numbness']),
      '--answer',
      'saddle-numbness=yes',
      '--format',
      'fhir',
      '--region',
      'GB',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/999/);
    expect(fhirErrors('Bundle', JSON.parse(r.stdout))).toEqual([]);
  });

  it('refuses an unknown format with one line and exit 2', () => {
    const r = runCli(['check', '--answers', answers, '--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^backcare: --format "xml" is not a format; use one of: text, json, fhir\n$/);
  });
});

describe('backcare kb questionnaire', { timeout: 60_000 }, () => {
  it('prints the Questionnaire as JSON that validates against FHIR R4', () => {
    const r = runCli(['kb', 'questionnaire']);
    expect(r.code, r.stderr).toBe(0);
    const questionnaire = JSON.parse(r.stdout) as { resourceType: string };
    expect(questionnaire.resourceType).toBe('Questionnaire');
    expect(fhirErrors('Questionnaire', questionnaire)).toEqual([]);
  });
});
