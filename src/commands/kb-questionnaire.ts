// backcare kb questionnaire [DIR]: the check's questions as a FHIR R4 Questionnaire.
import { fhirQuestionnaire } from '../core/check/fhir-check.js';
import { openKnowledgeBase } from '../kb/source.js';
import { processTerminal, writeOut } from '../ui/term.js';
import type { GlobalOptions } from './context.js';

declare const __BACKCARE_VERSION__: string;

export async function run(args: string[], _options: unknown, globals: GlobalOptions): Promise<void> {
  const term = processTerminal(globals.color);
  const kb = await openKnowledgeBase(args[0] ?? globals.kb);
  writeOut(term, JSON.stringify(fhirQuestionnaire(kb, __BACKCARE_VERSION__), null, 2));
}
