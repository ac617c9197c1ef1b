// The FHIR Bundle as pretty-printed JSON, written one entry at a time: the
// same text JSON.stringify(bundle, null, 2) gives, without ever holding the
// whole document (100,000 scores make a Bundle of well over 100 MB).
import { fhirBundleParts } from '../../core/diary/fhir.js';
import type { ReportModel } from '../../core/diary/report.js';

export function* reportFhirChunks(model: ReportModel): Generator<string> {
  const { head, entries } = fhirBundleParts(model);
  const headText = JSON.stringify(head, null, 2);
  yield `${headText.slice(0, headText.lastIndexOf('\n}'))},\n  "entry": [`;
  let first = true;
  for (const entry of entries()) {
    yield `${first ? '' : ','}\n    ${JSON.stringify(entry, null, 2).replace(/\n/g, '\n    ')}`;
    first = false;
  }
  yield first ? ']\n}\n' : '\n  ]\n}\n';
}
