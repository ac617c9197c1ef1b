// The clinician report in each format, from one model; the FHIR Bundle is
// validated against the official FHIR R4 JSON schema.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fhirBundle, LOINC_NOTICE, OBSERVATION_STATUS, uuidFrom } from '../../../src/core/diary/fhir.js';
import { buildReport, MAX_ROWS } from '../../../src/core/diary/report.js';
import type { Diary, PainPoint } from '../../../src/core/diary/types.js';
import { loadKnowledgeBase } from '../../../src/kb/load.js';
import { CSV_COLUMNS, reportCsv } from '../../../src/ui/render/report-csv.js';
import { reportHtml } from '../../../src/ui/render/report-html.js';
import { reportFhirChunks } from '../../../src/ui/render/report-fhir.js';
import { reportMarkdown } from '../../../src/ui/render/report-markdown.js';
import { fhirErrors } from '../../helpers/fhir-schema.js';
import { ROOT } from '../../helpers/run-cli.js';

const kb = loadKnowledgeBase(join(ROOT, 'data'));
const day = (d: number, h = 9, m = 0) => new Date(2026, 10, 14 + d, h, m);
const NOW = day(7, 12);
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
let n = 1;
const pain = (at: Date, score: number, extra: Partial<PainPoint> = {}): PainPoint => ({
  id: uuid(n++),
  at,
  recordedAt: at,
  score,
  source: 'log',
  helped: [],
  note: undefined,
  ...extra,
});

const diary: Diary = {
  episodes: [{ id: uuid(900), start: day(0, 7), end: undefined }],
  pain: [
    pain(day(0), 8, { note: 'Lifted a box, <b>sharp</b> | pain' }),
    pain(day(0, 20), 7, { helped: ['ice-pack'] }),
    pain(day(1), 7),
    pain(day(2), 6, { helped: ['heat-pack', 'nsaid-tablets'], note: '=HYPERLINK("http://x") , "quoted"' }),
    pain(day(3), 5, { helped: ['heat-pack'] }),
    pain(day(5), 4, { helped: ['gentle-walking', 'heat-pack'] }),
    pain(day(6), 3),
    pain(day(7, 8), 3, { source: 'check', id: uuid(700) }),
  ],
  checks: [
    {
      id: uuid(700),
      at: day(7, 8),
      level: 'self_care',
      complete: true,
      painScore: 3,
      conditions: ['blood-thinners', 'kidney-disease', 'pain-over-10-days'],
      rules: [],
    },
    {
      id: uuid(701),
      at: day(0, 10),
      level: 'doctor_soon',
      complete: true,
      painScore: undefined,
      conditions: ['kidney-disease'],
      rules: ['x'],
    },
  ],
  timers: [{ id: uuid(800), at: day(1, 12), protocol: 'ice', remedy: 'ice-pack', seconds: 1200, completed: true }],
};
diary.checks.sort((a, b) => a.at.getTime() - b.at.getTime());
const model = buildReport(kb, {
  diary,
  from: day(0, 0),
  to: NOW,
  now: NOW,
  software: { name: 'backcare', version: '9.9.9' },
});

describe('the report model', () => {
  it('gathers the episode, pain, trend, checks, what was tried, conditions and medicines', () => {
    expect(model.episodes).toHaveLength(1);
    expect(model.pain.summary).toMatchObject({ count: 8, min: 3, max: 8 });
    expect(model.pain.trend?.direction).toBe('better');
    expect(model.pain.rowDays).toBe(1);
    expect(model.checks.map((c) => c.level)).toEqual(['doctor_soon', 'self_care']);
    expect(model.tried.find((t) => t.id === 'heat-pack')).toMatchObject({ helped: 3, timerSessions: 0 });
    expect(model.tried.find((t) => t.id === 'ice-pack')).toMatchObject({
      helped: 1,
      timerSessions: 1,
      timerMinutes: 20,
    });
    expect(model.conditions.map((c) => c.id)).toEqual(['kidney-disease']);
    expect(model.medicines.map((m) => m.id)).toEqual(['blood-thinners', 'nsaid-tablets']);
  });

  it('keeps a long period on one page by grouping rows', () => {
    const long = buildReport(kb, { diary, from: day(-80), to: NOW, now: NOW, software: { name: 'b', version: '1' } });
    expect(long.pain.rowDays).toBeGreaterThan(1);
    expect(long.pain.rows.length).toBeLessThanOrEqual(MAX_ROWS);
  });
});

describe('Markdown', () => {
  const md = reportMarkdown(model);
  it('is a one-page summary with the facts a clinician asks for', () => {
    for (const text of [
      '# Back pain diary: summary for a clinician',
      '## Episode',
      '## Pain',
      '| Day | Scores |',
      '## Checks run',
      'See a doctor soon (doctor_soon)',
      '## Tried, and what helped',
      'Kidney disease',
      'Blood-thinning medicines (noted in a check)',
      'self-reported',
    ]) {
      expect(md).toContain(text);
    }
    expect(md.split('\n').length).toBeLessThan(80);
  });
  it('escapes what the person typed', () => {
    expect(md).toContain('&lt;b&gt;sharp&lt;/b&gt; \\| pain');
    expect(md).not.toContain('<b>');
  });
});

describe('HTML', () => {
  const html = reportHtml(model);
  it('is one self-contained page sized for A4, with a chart', () => {
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('@page { size: A4;');
    expect(html).toContain('<svg');
    expect(html).not.toMatch(/<script|<link|<img|src=|@import|url\(/i);
  });
  it('escapes what the person typed', () => {
    expect(html).toContain('&lt;b&gt;sharp&lt;/b&gt;');
    expect(html).not.toContain('<b>sharp');
  });
});

describe('CSV', () => {
  const csv = reportCsv(model);
  const rows = parseCsv(csv);
  it('has every raw entry once, oldest first, with a header', () => {
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const types = rows.slice(1).map((r) => r[3]);
    expect(types.filter((t) => t === 'pain')).toHaveLength(7);
    expect(types.filter((t) => t === 'check')).toHaveLength(2);
    expect(types.filter((t) => t === 'timer-session')).toHaveLength(1);
    expect(types.filter((t) => t === 'episode-start')).toHaveLength(1);
    const stamps = rows.slice(1).map((r) => `${r[0]}T${r[1]}`);
    expect([...stamps].sort()).toEqual(stamps);
  });
  it('quotes commas and quotes, and defuses formulas', () => {
    const note = rows.find((r) => r[7]?.includes('HYPERLINK'))?.[7];
    expect(note).toBe('\'=HYPERLINK("http://x") , "quoted"');
    // Numbers and offsets the program wrote are left alone.
    expect(rows[1]?.[2]).toMatch(/^[+-]\d\d:\d\d$/);
  });
});

describe('FHIR R4 Bundle', () => {
  const bundle = fhirBundle(model);
  const resources = bundle.entry.map((e) => e.resource);
  const observations = resources.filter((r) => r.resourceType === 'Observation');

  it('is written a piece at a time as exactly the text of the whole Bundle', () => {
    expect([...reportFhirChunks(model)].join('')).toBe(`${JSON.stringify(bundle, null, 2)}\n`);
    const empty = buildReport(kb, {
      diary: { ...diary, pain: [] },
      from: day(0, 0),
      to: NOW,
      now: NOW,
      software: { name: 'backcare', version: '9.9.9' },
    });
    expect([...reportFhirChunks(empty)].join('')).toBe(`${JSON.stringify(fhirBundle(empty), null, 2)}\n`);
  });

  it('gives each check in the period as a RiskAssessment with its level and the rules that fired', () => {
    const risks = resources.filter((r) => r.resourceType === 'RiskAssessment') as unknown as {
      prediction: { outcome: { coding: { system: string; code: string }[] } }[];
    }[];
    expect(risks).toHaveLength(model.allChecks.length);
    expect(risks.length).toBeGreaterThan(0);
    expect(risks.map((r) => r.prediction[0]?.outcome.coding[0])).toEqual(
      model.allChecks.map((c) => ({ system: 'urn:backcare:care-level', code: c.level })),
    );
  });

  it('validates against the FHIR R4 JSON schema', () => {
    expect(fhirErrors('Bundle', bundle)).toEqual([]);
    for (const r of resources) expect(fhirErrors(r.resourceType, r)).toEqual([]);
  });

  it('the schema check can fail: a bad status, a missing code or an unknown field is refused', () => {
    const first: Record<string, unknown> = observations[0] ?? {};
    expect(fhirErrors('Observation', { ...first, status: 'final-ish' })).not.toEqual([]);
    const { code: _code, ...noCode } = first;
    expect(fhirErrors('Observation', noCode)).not.toEqual([]);
    expect(
      fhirErrors('Bundle', { ...bundle, entry: [{ ...bundle.entry[0], resource: { ...first, painLevel: 3 } }] }),
    ).not.toEqual([]);
  });

  it('has one Observation per score: LOINC 72514-3, {score}, preliminary, the local time', () => {
    expect(observations).toHaveLength(8);
    for (const o of observations) {
      expect(o.status).toBe(OBSERVATION_STATUS);
      expect(o.status).not.toBe('final');
      expect(o.code).toMatchObject({ coding: [{ system: 'http://loinc.org', code: '72514-3' }] });
      expect(o.valueQuantity).toMatchObject({ system: 'http://unitsofmeasure.org', code: '{score}' });
    }
    expect(observations[0]?.effectiveDateTime).toMatch(/^2026-11-14T09:00:00[+-]\d\d:\d\d$/);
  });

  it('names backcare and its version, the patient as the source, and carries the LOINC notice', () => {
    const device = resources.find((r) => r.resourceType === 'Device');
    expect(device).toMatchObject({ deviceName: [{ name: 'backcare' }], version: [{ value: '9.9.9' }] });
    const provenance = resources.find((r) => r.resourceType === 'Provenance') as
      | { target: { reference: string }[]; text: { div: string } }
      | undefined;
    expect(provenance?.target.map((t) => t.reference).sort()).toEqual(
      observations.map((o) => `urn:uuid:${o.id}`).sort(),
    );
    expect(provenance?.text.div).toContain('LOINC is copyright');
    expect(LOINC_NOTICE).toContain('http://loinc.org/license');
    expect(bundle.type).toBe('collection');
    expect(new Set(bundle.entry.map((e) => e.fullUrl)).size).toBe(bundle.entry.length);
  });

  it('makes stable UUIDs for ids that are not UUIDs', () => {
    expect(uuidFrom('abc')).toBe(uuidFrom('abc'));
    expect(uuidFrom('abc')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(uuidFrom('abc')).not.toBe(uuidFrom('abd'));
  });
});

/** RFC 4180, enough for the test. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}
