// backcare kb questionnaire [DIR]: the check's questions as a FHIR R4 Questionnaire.
import { openKnowledgeBase } from '../../kb/source.js';
import { writeOut } from '../../runtime/term.js';
import type { Io } from '../../cli/io.js';
import type { Input } from '../../cli/spec.js';

declare const __BACKCARE_VERSION__: string;

export async function run(options: Input<Record<string, unknown>>, io: Io): Promise<void> {
  const term = io.term;
  // Shared with check --format fhir, as its own bundle.
  const [kb, { fhirQuestionnaire }] = await Promise.all([
    openKnowledgeBase(options.args[0] ?? io.globals.kb, term),
    import('../../core/check/fhir-check.js'),
  ]);
  writeOut(term, JSON.stringify(fhirQuestionnaire(kb, __BACKCARE_VERSION__), null, 2));
}
