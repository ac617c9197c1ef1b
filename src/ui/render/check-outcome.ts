// The outcome of `backcare check` as data, the same for text and JSON, so
// that both say exactly the same thing.
import { kbView } from '../../core/kb-views.js';
import { offeredAdvice, type CarePlan, type RemedyAdvice, type ThermalAdvice } from '../../core/check/care-plan.js';
import type { TriageResult } from '../../core/check/triage.js';
import type { Answers } from '../../core/check/answers.js';
import type { Caution, KnowledgeBase } from '../../kb/types.js';
import type { ResolvedRegion } from '../../core/region.js';
import { listeningOffer, type ListeningOffer } from '../../core/listening.js';
import { entryKey, remedyKey } from '../../core/review/entries.js';
import { reviewLine } from '../../core/review/review-line.js';
import { formatDose } from '../format.js';
import type { EvidenceLevel } from '../../core/vocabulary.js';

/** Key order is part of the contract: the level and the emergency number come first. */
export interface CheckOutcome {
  level: TriageResult['level'];
  title: string;
  action: string;
  /** `places` says where each number is for when the region is not known ("111 in New Zealand"). */
  emergencyNumber: {
    call: string | null;
    numbers: string[];
    region: string | null;
    regionName: string | null;
    places: string[];
  };
  complete: boolean;
  reasons: { rule: string; level: string; reason: string; sources: string[] }[];
  /** A free line to talk to someone, when the answers say the person is struggling to cope. */
  listening: ListeningOffer | null;
  countedAsYes: string[];
  conditions: string[];
  episode: { hoursSinceOnset: number | null; day: number | null; phase: string | null; phaseName: string | null };
  answers: Answers;
  carePlan: CarePlanJson | null;
  sources: { id: string; publisher: string; title: string; url: string }[];
  disclaimer: string;
  /** Who reviewed the entries behind this result, or how many of them are signed. */
  review: string;
}

interface AdviceJson {
  id: string;
  name: string;
  status: RemedyAdvice['status'];
  evidence: EvidenceLevel;
  dose: string;
  summary: string;
  cautions: { id: string | null; action: Caution['action']; text: string; appliesTo: string[] | null }[];
}

export interface CarePlanJson {
  thermal: {
    options: (AdviceJson & {
      kind: string;
      session: unknown;
      limit: unknown;
      restBetween: unknown;
      afterSession: string;
    })[];
    note: string;
  };
  medicines: AdviceJson[];
  movement: AdviceJson[];
  stretches: AdviceJson[];
  comfort: AdviceJson[];
  professional: AdviceJson[];
  avoid: AdviceJson[];
  notForYou: AdviceJson[];
  safetyNet: {
    emergencySigns: { id: string; sign: string; short: string }[];
    followUps: { id: string; when: string; advice: string; urgency: string; due: string | null }[];
  };
}

export function describeOutcome(
  kb: KnowledgeBase,
  result: TriageResult,
  plan: CarePlan | undefined,
  region: ResolvedRegion,
  answers: Answers,
  complete: boolean,
): CheckOutcome {
  const level = kb.rules.levels[result.level];
  const listening = listeningOffer(kb.emergency, region, result.facts);
  const listeningSources = listening
    ? [...(kb.emergency.listening?.sources ?? []), ...listeningSourceIds(kb, listening)]
    : [];
  const cited = new Set([...result.fired.flatMap((r) => r.sources), ...listeningSources]);
  return {
    level: result.level,
    title: level.title,
    action: level.action,
    emergencyNumber:
      region.kind === 'known'
        ? {
            call: region.region.emergency,
            numbers: region.numbers,
            region: region.region.code,
            regionName: region.region.name,
            places: region.numbers,
          }
        : { call: null, numbers: region.numbers, region: null, regionName: null, places: region.places },
    complete,
    reasons: result.fired.map((r) => ({ rule: r.id, level: r.level, reason: r.reason, sources: r.sources })),
    listening: listening ?? null,
    countedAsYes: result.countedAsYes,
    conditions: result.conditions,
    episode: {
      hoursSinceOnset: result.hoursSinceOnset === undefined ? null : Math.round(result.hoursSinceOnset * 10) / 10,
      day: result.hoursSinceOnset === undefined ? null : Math.floor(result.hoursSinceOnset / 24) + 1,
      phase: plan?.phase?.id ?? null,
      phaseName: plan?.phase?.name ?? null,
    },
    answers,
    carePlan: plan ? carePlanJson(plan) : null,
    // Read when asked, by the JSON: the text names sources by id, and the sources part is large.
    get sources() {
      return citedSources(kb, cited);
    },
    disclaimer: kb.meta.disclaimer,
    review: reviewLine(kb.review, entriesBehind(result, plan, region, answers)),
  };
}

function citedSources(kb: KnowledgeBase, cited: ReadonlySet<string>): CheckOutcome['sources'] {
  if (cited.size === 0) return [];
  return kbView(kb, 'sourcesInBrief').filter((s) => cited.has(s.id));
}

function listeningSourceIds(kb: KnowledgeBase, offer: ListeningOffer): string[] {
  const numbers = new Set(offer.lines.map((l) => l.number));
  return kb.emergency.regions.flatMap((r) =>
    r.listeningLine && numbers.has(r.listeningLine.number) ? r.listeningLine.sources : [],
  );
}

/**
 * The entries that reached this result: the level, the rules that fired and their signs, the answers, the plan, the
 * number.
 */
function entriesBehind(
  result: TriageResult,
  plan: CarePlan | undefined,
  region: ResolvedRegion,
  answers: Answers,
): string[] {
  const advice = plan ? offeredAdvice(plan) : [];
  return [
    entryKey('level', result.level),
    ...result.fired.flatMap((r) => [entryKey('rule', r.id), entryKey('warning-sign', r.warningSign)]),
    ...Object.keys(answers).map((id) => entryKey('question', id)),
    ...advice.map((a) => remedyKey(a.remedy)),
    ...(plan ? plan.thermal.options.map((o) => entryKey('thermal', o.protocol.id)) : []),
    ...(plan ? plan.safetyNet.emergencySigns.map((s) => entryKey('warning-sign', s.id)) : []),
    ...(plan ? plan.safetyNet.followUps.map((f) => entryKey('follow-up', f.followUp.id)) : []),
    ...(plan?.phase ? [entryKey('phase', plan.phase.id)] : []),
    entryKey('emergency-number', region.kind === 'known' ? region.region.code.toLowerCase() : 'fallback'),
    entryKey('meta', 'disclaimer'),
  ];
}

function carePlanJson(plan: CarePlan): CarePlanJson {
  return {
    thermal: {
      options: plan.thermal.options.map((o: ThermalAdvice) => ({
        kind: o.protocol.id,
        ...adviceJson(o),
        session: o.protocol.session,
        limit: o.protocol.limit,
        restBetween: o.protocol.restBetween,
        afterSession: o.protocol.afterSession,
      })),
      note: plan.thermal.convention,
    },
    medicines: plan.medicines.map(adviceJson),
    movement: plan.movement.map(adviceJson),
    stretches: plan.stretches.map(adviceJson),
    comfort: plan.comfort.map(adviceJson),
    professional: plan.professional.map(adviceJson),
    avoid: plan.avoid.map(adviceJson),
    notForYou: plan.notForYou.map(adviceJson),
    safetyNet: {
      emergencySigns: plan.safetyNet.emergencySigns.map((s) => ({ id: s.id, sign: s.sign, short: s.short ?? s.sign })),
      followUps: plan.safetyNet.followUps.map((f) => ({
        id: f.followUp.id,
        when: f.followUp.when,
        advice: f.followUp.advice,
        urgency: f.followUp.urgency,
        due: f.due?.toISOString() ?? null,
      })),
    },
  };
}

function adviceJson(a: RemedyAdvice): AdviceJson {
  return {
    id: a.remedy.id,
    name: a.remedy.name,
    status: a.status,
    evidence: a.remedy.evidence.level,
    dose: formatDose(a.remedy.dose),
    summary: a.summary,
    cautions: [...a.personalCautions, ...a.generalCautions].map((c) => ({
      id: c.id ?? null,
      action: c.action,
      text: c.text,
      appliesTo: c.when ?? null,
    })),
  };
}
