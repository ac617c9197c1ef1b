import type { CommandSpec } from '../../cli/spec.js';
import { DIARY_NOTE } from '../../cli/help-texts.js';
import { reportOptions } from './options.js';

export const report: CommandSpec = {
  name: 'report',
  description: 'a summary for a clinician (Markdown or one-page HTML), the raw entries (CSV) or a FHIR R4 Bundle',
  options: reportOptions,
  examples: [
    'backcare report',
    'backcare report --format html --output back-pain.html',
    'backcare report --format pdf      # back-pain-report-DATE.pdf, if Chrome or Chromium is installed',
    'backcare report --from 2026-11-01 --to 2026-11-21 --format csv > entries.csv',
    'backcare report --format fhir --output pain.fhir.json',
  ],
  notes: [DIARY_NOTE],
  load: () => import('./run.js'),
};
