// The pain scores as a FHIR R4 Bundle (type "collection") that a clinician's
// system can import: one Observation per score (LOINC 72514-3), the Device
// that assembled them (backcare and its version), and a Provenance naming the
// patient as the source and backcare as the assembler. Pure.
//
// Status: "preliminary". The scores are self-reported, unverified and still
// editable in the person's diary; "final" would claim a verified, complete
// result, which would strengthen what the source data means.
import { isoWithOffset } from './time.js';
import type { ReportModel } from './report.js';
import type { CheckEntry, PainPoint } from './types.js';

export const LOINC_PAIN = {
  system: 'http://loinc.org',
  code: '72514-3',
  display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported',
} as const;

/** The notice the LOINC licence asks products that include LOINC content to carry. */
export const LOINC_NOTICE =
  'This material contains content from LOINC (http://loinc.org). LOINC is copyright © 1995-2025, Regenstrief ' +
  'Institute, Inc. ' +
  'and the Logical Observation Identifiers Names and Codes (LOINC) Committee and is available at no cost ' +
  'under the license at ' +
  'http://loinc.org/license. LOINC® is a registered United States trademark of Regenstrief Institute, Inc.';

export const OBSERVATION_STATUS = 'preliminary';

/**
 * backcare's own code system for its four care levels (emergency, urgent, doctor_soon, self_care): no standard code
 * fits all four.
 */
export const CARE_LEVEL_SYSTEM = 'urn:backcare:care-level';

export type FhirResource = Record<string, unknown> & { resourceType: string; id: string };

export interface FhirBundle {
  resourceType: 'Bundle';
  id: string;
  meta: { lastUpdated: string };
  type: 'collection';
  timestamp: string;
  entry: { fullUrl: string; resource: FhirResource }[];
}

export type FhirEntry = FhirBundle['entry'][number];

/**
 * The Bundle without its entries, and the entries one at a time, so a large
 * diary can be written out without holding every Observation at once. The
 * Provenance's `target` (one reference per score) is left empty in `entries`
 * and given by `targets`, for the same reason.
 */
export interface FhirBundleParts {
  head: Omit<FhirBundle, 'entry'>;
  entries: () => Iterable<FhirEntry>;
  targets: () => Iterable<{ reference: string }>;
}

export function fhirBundle(report: ReportModel): FhirBundle {
  const { head, entries, targets } = fhirBundleParts(report);
  const entry = [...entries()].map((e) =>
    e.resource.resourceType === 'Provenance' ? { ...e, resource: { ...e.resource, target: [...targets()] } } : e,
  );
  return { ...head, entry };
}

export function fhirBundleParts(report: ReportModel): FhirBundleParts {
  const generated = isoWithOffset(report.generatedAt);
  const deviceId = uuidFrom(`device:${report.software.name}:${report.software.version}`);
  const device: FhirResource = {
    resourceType: 'Device',
    id: deviceId,
    deviceName: [{ name: report.software.name, type: 'user-friendly-name' }],
    type: { text: 'Personal pain diary software (command line)' },
    version: [{ value: report.software.version }],
  };
  const points = report.pain.points;
  const ids = observationIds(points);
  const provenanceId = uuidFromParts(provenanceSeed(generated, ids));
  const provenance: FhirResource = {
    resourceType: 'Provenance',
    id: provenanceId,
    text: {
      status: 'generated',
      div:
        '<div xmlns="http://www.w3.org/1999/xhtml"><p>Pain scores self-reported by the patient in a personal ' +
        'diary and ' +
        `assembled by ${escapeXml(report.software.name)} ${escapeXml(report.software.version)}. Not reviewed ` +
        `by a clinician.</p>` +
        `<p>${escapeXml(LOINC_NOTICE)}</p></div>`,
    },
    target: [],
    recorded: generated,
    agent: [
      {
        type: coding('http://terminology.hl7.org/CodeSystem/provenance-participant-type', 'author', 'Author'),
        who: { display: 'The patient (self-reported)' },
      },
      {
        type: coding('http://terminology.hl7.org/CodeSystem/provenance-participant-type', 'assembler', 'Assembler'),
        who: { reference: `urn:uuid:${deviceId}`, display: `${report.software.name} ${report.software.version}` },
      },
    ],
  };
  const entry = (resource: FhirResource): FhirEntry => ({ fullUrl: `urn:uuid:${resource.id}`, resource });
  return {
    head: {
      resourceType: 'Bundle',
      id: uuidFrom(`bundle:${provenanceId}`),
      meta: { lastUpdated: generated },
      type: 'collection',
      timestamp: generated,
    },
    *entries() {
      for (let i = 0; i < points.length; i++) yield entry(observation(points[i] as PainPoint, ids[i] as string));
      for (const c of report.allChecks) yield entry(checkRisk(c));
      yield entry(device);
      if (points.length > 0) yield entry(provenance);
    },
    *targets() {
      for (const id of ids) yield { reference: `urn:uuid:${id}` };
    },
  };
}

/** `provenance:<time>:<id>,<id>,…` in pieces, as uuidFrom once hashed it joined. */
function* provenanceSeed(generated: string, ids: readonly string[]): Generator<string> {
  yield `provenance:${generated}:`;
  for (let i = 0; i < ids.length; i++) yield i === 0 ? (ids[0] as string) : `,${ids[i] as string}`;
}

function observationId(p: PainPoint): string {
  return UUID.test(p.id) ? p.id.toLowerCase() : uuidFrom(`pain:${p.id}`);
}

/**
 * One id per score, none used twice: a copied diary line repeats its record's id, and two
 * entries with one fullUrl break the Bundle (bdl-7). The first keeps its id; each repeat
 * gets a stable one made from it and its place among the repeats.
 */
function observationIds(points: readonly PainPoint[]): string[] {
  const used = new Set<string>();
  return points.map((p) => {
    let id = observationId(p);
    for (let copy = 1; used.has(id); copy++) id = uuidFrom(`pain:${p.id}:repeat-${copy}`);
    used.add(id);
    return id;
  });
}

/** How many scores repeat the id of an earlier one (each was given a new id in the Bundle). */
export function repeatedIds(points: readonly PainPoint[]): number {
  const seen = new Set<string>();
  let repeats = 0;
  for (const p of points) {
    const id = observationId(p);
    if (seen.has(id)) repeats++;
    else seen.add(id);
  }
  return repeats;
}

function observation(p: PainPoint, id: string): FhirResource {
  const notes = [
    p.source === 'check' ? 'Answered during a backcare check.' : undefined,
    p.helped.length > 0 ? `Logged as helping: ${p.helped.join(', ')}.` : undefined,
    p.note,
  ].filter((n): n is string => n !== undefined && n !== '');
  return {
    resourceType: 'Observation',
    id,
    status: OBSERVATION_STATUS,
    category: [coding('http://terminology.hl7.org/CodeSystem/observation-category', 'survey', 'Survey')],
    code: { coding: [{ ...LOINC_PAIN }], text: 'Pain severity, 0-10, self-reported' },
    effectiveDateTime: isoWithOffset(p.at),
    ...(p.recordedAt ? { issued: p.recordedAt.toISOString() } : {}),
    valueQuantity: { value: p.score, unit: '{score}', system: 'http://unitsofmeasure.org', code: '{score}' },
    ...(notes.length > 0 ? { note: notes.map((text) => ({ text })) } : {}),
  };
}

/** A check from the diary: its level as a RiskAssessment, the rules that fired as notes (the answers are not kept). */
function checkRisk(c: CheckEntry): FhirResource {
  return {
    resourceType: 'RiskAssessment',
    // Not the check's own id: the pain score it recorded is an Observation with that id.
    id: uuidFrom(`risk:${c.id}`),
    status: OBSERVATION_STATUS,
    subject: { display: 'The patient' },
    occurrenceDateTime: isoWithOffset(c.at),
    method: {
      text: `backcare check triage rules (not a diagnosis)${c.complete ? '' : '; not every question was answered'}`,
    },
    prediction: [{ outcome: { coding: [{ system: CARE_LEVEL_SYSTEM, code: c.level }], text: c.level } }],
    ...(c.rules.length > 0 ? { note: [{ text: `Rules that fired: ${c.rules.join(', ')}.` }] } : {}),
  };
}

function coding(system: string, code: string, display: string) {
  return { coding: [{ system, code, display }] };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A stable UUID-shaped id from any text (FNV-1a, four seeds): the same input gives the same id. */
export function uuidFrom(text: string): string {
  return uuidFromParts([text]);
}

/** uuidFrom of the pieces joined, without building the joined string. */
function uuidFromParts(parts: Iterable<string>): string {
  const hashes = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b].map((seed) => seed >>> 0);
  for (const text of parts) {
    for (let w = 0; w < hashes.length; w++) {
      let h = hashes[w] as number;
      for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193) >>> 0;
      }
      hashes[w] = h;
    }
  }
  const hex = hashes.map((h) => h.toString(16).padStart(8, '0')).join('');
  // Shaped as a version-4 / RFC 4122 variant UUID.
  const variant = ((parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return (
    `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-` +
    `${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
  );
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
