// The FHIR Bundle as pretty-printed JSON, written a piece at a time: the same
// text JSON.stringify(bundle, null, 2) gives, without ever holding the whole
// document (100,000 scores make a Bundle of over 100 MB) or the Provenance's
// list of 100,000 references.
import { fhirBundleParts, type FhirEntry } from '../../core/diary/fhir.js';
import type { ReportModel } from '../../core/diary/report.js';

const TARGETS = '"__backcare_targets__"';

export function* reportFhirChunks(model: ReportModel): Generator<string> {
  const { head, entries, targets } = fhirBundleParts(model);
  const headText = JSON.stringify(head, null, 2);
  yield `${headText.slice(0, headText.lastIndexOf('\n}'))},\n  "entry": [`;
  let first = true;
  for (const entry of entries()) {
    yield first ? '\n    ' : ',\n    ';
    first = false;
    if (entry.resource.resourceType === 'Provenance') yield* provenanceChunks(entry, targets());
    else yield indented(entry, '    ');
  }
  yield first ? ']\n}\n' : '\n  ]\n}\n';
}

/** The Provenance entry with its `target` list streamed in place. */
function* provenanceChunks(entry: FhirEntry, targets: Iterable<{ reference: string }>): Generator<string> {
  const text = indented({ ...entry, resource: { ...entry.resource, target: '__backcare_targets__' } }, '    ');
  const at = text.indexOf(TARGETS);
  yield text.slice(0, at);
  const inner = '          ';
  let first = true;
  let batch = '';
  for (const target of targets) {
    batch += `${first ? '[' : ','}\n${inner}${indented(target, inner)}`;
    first = false;
    if (batch.length > 65_536) {
      yield batch;
      batch = '';
    }
  }
  yield `${batch}${first ? '[]' : `\n${inner.slice(2)}]`}`;
  yield text.slice(at + TARGETS.length);
}

function indented(value: unknown, indent: string): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`);
}
