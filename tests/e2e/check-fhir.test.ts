// check --format fhir and kb questionnaire through the built binary: the resource alone on stdout,
// and check's emergency on stderr.
// That the resources validate is tested in this process, in tests/commands/check-fhir.test.ts.
import { describe, expect, it } from 'vitest';
import { calmAnswersFile } from '../helpers/calm-answers.js';
import { fhirErrors } from '../helpers/fhir-schema.js';
import { runCli } from '../helpers/run-cli.js';

describe('backcare check --format fhir', { timeout: 60_000 }, () => {
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
});

describe('backcare kb questionnaire', () => {
  it('prints the Questionnaire alone on stdout, with exit 0', () => {
    const r = runCli(['kb', 'questionnaire']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(r.stdout)).toMatchObject({ resourceType: 'Questionnaire' });
  });
});
