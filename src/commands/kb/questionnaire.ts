// backcare kb questionnaire [DIR]: the check's questions as a FHIR R4 Questionnaire.
import { openKnowledgeBase } from '../../kb/source.js';
import { processTerminal, writeOut } from '../../runtime/term.js';
import type { GlobalOptions } from '../../cli/context.js';

declare const __BACKCARE_VERSION__: string;

export async function run(args: string[], _options: unknown, globals: GlobalOptions): Promise<void> {
  const term = processTerminal(globals.color);
  // Shared with check --format fhir, as its own bundle.
  const [kb, { fhirQuestionnaire }] = await Promise.all([openKnowledgeBase(args[0] ?? globals.kb), import('../../core/check/fhir-check.js')]);
  writeOut(term, JSON.stringify(fhirQuestionnaire(kb, __BACKCARE_VERSION__), null, 2));
}
