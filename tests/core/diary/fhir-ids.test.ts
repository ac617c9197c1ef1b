// A copied diary line repeats a record's id. Each score still becomes its own
// Observation, with a fullUrl no other entry has (FHIR's bdl-7), the
// Provenance points at every one of them, and the report says what it did.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fhirBundle, repeatedIds } from '../../../src/core/diary/fhir.js';
import { buildReport } from '../../../src/core/diary/report.js';
import type { PainPoint } from '../../../src/core/diary/types.js';
import { loadKnowledgeBase } from '../../../src/kb/load.js';
import { tempDir } from '../../helpers/hostile.js';
import { ROOT, runCli } from '../../helpers/run-cli.js';

const kb = loadKnowledgeBase(join(ROOT, 'data'));
const day = (h: number) => new Date(2026, 10, 14, h, 0);
const ID = '00000000-0000-4000-8000-000000000001';
const pain = (id: string, h: number, score: number): PainPoint => ({
  id,
  at: day(h),
  recordedAt: day(h),
  score,
  source: 'log',
  helped: [],
  note: undefined,
});
const points = [pain(ID, 8, 5), pain(ID, 9, 6), pain('hand-made', 10, 4), pain('hand-made', 11, 3), pain(ID, 12, 2)];
const model = buildReport(kb, {
  diary: { episodes: [], pain: points, checks: [], timers: [] },
  from: day(0),
  to: day(23),
  now: day(23),
  software: { name: 'b', version: '1' },
});

describe('repeated record ids in a FHIR Bundle', () => {
  const bundle = fhirBundle(model);
  const urls = bundle.entry.map((e) => e.fullUrl);

  it('gives every entry its own fullUrl and id', () => {
    expect(new Set(urls).size).toBe(urls.length);
    expect(new Set(bundle.entry.map((e) => e.resource.id)).size).toBe(urls.length);
    expect(bundle.entry.filter((e) => e.resource.resourceType === 'Observation')).toHaveLength(5);
  });

  it('keeps the first occurrence of an id as it is', () => {
    expect(urls).toContain(`urn:uuid:${ID}`);
  });

  it('has the Provenance point at every Observation', () => {
    const provenance = bundle.entry.find((e) => e.resource.resourceType === 'Provenance')?.resource as unknown as {
      target: { reference: string }[];
    };
    const observations = bundle.entry.filter((e) => e.resource.resourceType === 'Observation').map((e) => e.fullUrl);
    expect(provenance.target.map((t) => t.reference)).toEqual(observations);
  });

  it('counts the repeats, for the warning', () => {
    expect(repeatedIds(points)).toBe(3);
    expect(repeatedIds(points.slice(2, 3))).toBe(0);
  });
});

describe('backcare report --format fhir', () => {
  it('says on stderr that repeated ids were given new ones', () => {
    const home = tempDir();
    const at = new Date(Date.now() - 3_600_000).toISOString();
    const line = JSON.stringify({ schemaVersion: 1, type: 'pain', id: ID, at, recordedAt: at, score: 5 });
    writeFileSync(join(home, 'diary.jsonl'), `${line}\n${line}\n`);
    const r = runCli(['report', '--format', 'fhir', '--from', '1d'], { env: { BACKCARE_HOME: home } });
    expect(r.code).toBe(0);
    const entries = (JSON.parse(r.stdout) as { entry: { fullUrl: string }[] }).entry;
    expect(new Set(entries.map((e) => e.fullUrl)).size).toBe(entries.length);
    expect(r.stderr).toMatch(/^backcare: warning: 1 pain score has the same id as an earlier one/m);
  });
});
