// The knowledge base's shape. Each YAML file under data/ has one schema here;
// the loader validates each file on its own so errors point into that file.
import { z } from 'zod';
import {
  CAUTION_ACTIONS,
  CONDITION_GROUPS,
  DIARY_TRIGGERS,
  EVIDENCE_LEVELS,
  KB_SCHEMA_VERSION,
  POPULATION_GROUPS,
  POPULATION_STANCES,
  REMEDY_CATEGORIES,
  ROUTINE_SIDES,
  SOURCE_KINDS,
  STANCES,
  THERMAL_KINDS,
  TIME_UNITS,
  URGENCIES,
  toSeconds,
} from '../core/vocabulary.js';
import { ConditionSchema, QuestionsFile, RulesFile } from './check-schema.js';
import { LearnFile } from './learn-schema.js';
import { ReviewFile } from './review-schema.js';
import { Id, IsoDate, refTo, SourceRefs, Text } from './schema-parts.js';

const Urgency = z.enum(URGENCIES);

const TimeUnit = z.enum(TIME_UNITS);

/** A span such as "15 to 20 minutes"; a single value has min equal to max. */
export const TimeRange = z
  .strictObject({ min: z.number().positive(), max: z.number().positive(), unit: TimeUnit })
  .refine((r) => r.min <= r.max, { message: 'min must not be larger than max', path: ['min'] });

export const CountRange = z
  .strictObject({ min: z.int().positive(), max: z.int().positive() })
  .refine((r) => r.min <= r.max, { message: 'min must not be larger than max', path: ['min'] });

export const TimeAmount = z.strictObject({ value: z.number().positive(), unit: TimeUnit });

const MetaFile = z.strictObject({
  schemaVersion: z.literal(KB_SCHEMA_VERSION, `expected schemaVersion ${KB_SCHEMA_VERSION}`),
  title: Text,
  language: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'expected a language tag such as en or en-GB'),
  lastReviewed: IsoDate,
  nextReview: IsoDate,
  reviewedBy: Text,
  scope: Text,
  disclaimer: Text,
});

export const Source = z.strictObject({
  id: Id,
  publisher: Text,
  title: Text,
  url: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }),
  accessed: IsoDate,
  kind: z.enum(SOURCE_KINDS),
  note: Text.optional(),
});
const SourcesFile = z.strictObject({ sources: z.array(Source).min(1) });

export const Condition = z.strictObject({
  id: Id,
  name: Text,
  description: Text,
  group: z.enum(CONDITION_GROUPS),
  sources: SourceRefs,
});
const ConditionsFile = z.strictObject({ conditions: z.array(Condition).min(1) });

/** Stretches of an episode, measured in hours since the pain started. */
export const Phase = z
  .strictObject({
    id: Id,
    name: Text,
    fromHour: z.number().min(0),
    toHour: z.number().positive().optional(),
    summary: Text,
    sources: SourceRefs,
  })
  .refine((p) => p.toHour === undefined || p.toHour > p.fromHour, {
    message: 'toHour must be after fromHour',
    path: ['toHour'],
  });
const PhasesFile = z.strictObject({ phases: z.array(Phase).min(1) });

const RemedyCategory = z.enum(REMEDY_CATEGORIES);

const EvidenceLevel = z.enum(EVIDENCE_LEVELS);

const Evidence = z.strictObject({
  level: EvidenceLevel,
  gradedBy: refTo('sources'),
  summary: Text,
});

/**
 * A caution with no `when` applies to everyone who uses the remedy. `id` names
 * it for tests and JSON. `stance` changes how the remedy is regarded for the
 * people it applies to (paracetamol is the usual painkiller in pregnancy,
 * though not recommended for back pain alone), so it needs a `when`.
 */
export const Caution = z
  .strictObject({
    id: Id.optional(),
    when: z.array(refTo('conditions')).min(1).optional(),
    action: z.enum(CAUTION_ACTIONS),
    stance: z.enum(STANCES).optional(),
    text: Text,
    sources: SourceRefs,
  })
  .refine((c) => c.stance === undefined || c.when !== undefined, {
    message: 'a caution that changes the stance needs `when` (the conditions it applies to)',
    path: ['stance'],
  });

export const Dose = z
  .strictObject({
    session: TimeRange.optional(),
    hold: TimeRange.optional(),
    repetitions: CountRange.optional(),
    breaths: CountRange.optional(),
    every: TimeRange.optional(),
    perDay: CountRange.optional(),
    forUpTo: TimeRange.optional(),
    note: Text.optional(),
  })
  .refine((d) => Object.keys(d).some((k) => k !== 'note'), { message: 'a dose needs at least one number' });

const Disagreement = z.strictObject({ text: Text, sources: SourceRefs });

/**
 * How a remedy suits one group of people. `why` names an entry of
 * `populationReasons` (the reason and its sources, written once and shared).
 * `fromWeek` (pregnancy only): the stance holds from this week on, and before
 * it the remedy is suggested as for anyone; an unknown week counts as later.
 * `regard` replaces the remedy's adult stance for the group, when the adult
 * finding does not apply to them (evidence in adults is not a finding in children).
 */
export const PopulationCell = z.strictObject({
  stance: z.enum(POPULATION_STANCES),
  why: refTo('populationReasons'),
  fromWeek: z.int().min(1).max(45).optional(),
  regard: z.enum(STANCES).optional(),
});

export const PopulationReason = z.strictObject({ id: Id, text: Text, sources: SourceRefs });

export const Remedy = z.strictObject({
  id: Id,
  /** Everyday words people type for it (ice, ibuprofen, walking); each names one remedy only. */
  aliases: z.array(Id).optional(),
  name: Text,
  category: RemedyCategory,
  stance: z.enum(STANCES),
  summary: Text,
  phases: z.array(refTo('phases')).min(1),
  steps: z.array(Text).min(1),
  dose: Dose.optional(),
  cautions: z.array(Caution).default([]),
  evidence: Evidence,
  disagreement: Disagreement.optional(),
  /** The stance for each group in POPULATION_GROUPS; a missing one is reported by kb validate. */
  populations: z.partialRecord(z.enum(POPULATION_GROUPS), PopulationCell).default({}),
  sources: SourceRefs,
});
const RemediesFile = z
  .strictObject({ remedies: z.array(Remedy).min(1), populationReasons: z.array(PopulationReason).default([]) })
  .superRefine((file, ctx) => {
    const owner = new Map(file.remedies.map((r) => [r.id, r.id]));
    file.remedies.forEach((r, i) =>
      (r.aliases ?? []).forEach((alias, j) => {
        const taken = owner.get(alias);
        if (taken !== undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['remedies', i, 'aliases', j],
            message: `alias "${alias}" already names "${taken}"`,
          });
        owner.set(alias, r.id);
      }),
    );
  });

export const WarningSign = z.strictObject({
  id: Id,
  urgency: Urgency,
  sign: Text,
  /** The sign in a few words, for the short list at the end of a check's result. */
  short: Text.optional(),
  concern: Text,
  note: Text.optional(),
  /** The rules in rules.yaml that implement this sign; each names it back and gives its urgency. */
  rules: z.array(refTo('rules')).min(1),
  /** Why a level chosen against (or beyond) the guideline was chosen: a recorded judgement, not a default. */
  judgement: Text.optional(),
  sources: SourceRefs,
});
const WarningSignsFile = z.strictObject({
  levels: z.strictObject({
    emergency: Text,
    urgent: Text,
    doctor_soon: Text,
  }),
  warningSigns: z.array(WarningSign).min(1),
});

export const ThermalProtocol = z
  .strictObject({
    id: z.enum(THERMAL_KINDS),
    remedy: refTo('remedies'),
    session: TimeRange,
    limit: TimeAmount,
    restBetween: TimeRange,
    repeatEvery: TimeRange.optional(),
    suits: z.array(refTo('phases')).min(1),
    beforeStart: z.array(Text).min(1),
    afterSession: Text,
    sources: SourceRefs,
  })
  .refine((p) => toSeconds(p.session.max, p.session.unit) <= toSeconds(p.limit.value, p.limit.unit), {
    message: 'the session maximum must not exceed the safety limit',
    path: ['session', 'max'],
  });

const ThermalFile = z.strictObject({
  protocols: z.array(ThermalProtocol).min(1),
  switchToHeatAfter: z.strictObject({ hours: z.number().positive(), convention: Text, sources: SourceRefs }),
  /** `kinds` limits an item to ice or heat sessions; without it the item is for both. */
  checklist: z
    .array(z.strictObject({ text: Text, kinds: z.array(z.enum(THERMAL_KINDS)).min(1).optional(), sources: SourceRefs }))
    .min(1),
});

/**
 * One step of a guided stretch routine. A step either holds a position
 * (`hold`, counted down for each repetition, with `relax` between) or repeats
 * a slow movement (`pace`: about how long one repetition takes). `sides`:
 * `each` does every repetition on the left and then the right; `alternate`
 * switches side with each repetition.
 */
export const RoutineStep = z
  .strictObject({
    remedy: refTo('remedies'),
    hold: TimeAmount.optional(),
    pace: TimeAmount.optional(),
    repetitions: z.int().positive().default(1),
    breaths: z.int().positive().optional(),
    sides: z.enum(ROUTINE_SIDES).optional(),
    relax: TimeAmount.optional(),
    note: Text.optional(),
  })
  .refine((s) => (s.hold === undefined) !== (s.pace === undefined), {
    message: 'a step needs either hold (a position held) or pace (a movement repeated), not both',
    path: ['hold'],
  });

export const Routine = z.strictObject({
  id: Id,
  name: Text,
  summary: Text,
  /** Time to get into position before each step. */
  getReady: TimeAmount,
  steps: z.array(RoutineStep).min(1),
  stopRule: z.strictObject({ text: Text, sources: SourceRefs }),
  sources: SourceRefs,
});
const RoutinesFile = z.strictObject({ routines: z.array(Routine).min(1) });

export const RecoveryFact = z.strictObject({
  id: Id,
  statement: Text,
  evidence: EvidenceLevel,
  sources: SourceRefs,
});

/**
 * `after` counts from the start of the episode; `diary` says how a pain diary can tell it applies;
 * `appliesIf` (over check answers) leaves it out of a check whose answers rule it out.
 */
export const FollowUp = z.strictObject({
  id: Id,
  after: TimeRange,
  when: Text,
  urgency: Urgency,
  advice: Text,
  diary: z.enum(DIARY_TRIGGERS).optional(),
  appliesIf: ConditionSchema.optional(),
  /**
   * Rules whose time-since-onset threshold is this follow-up's `after.min` (checked, so the number lives here only).
   */
  rules: z.array(refTo('rules')).default([]),
  sources: SourceRefs,
});

const TimelinesFile = z.strictObject({
  recovery: z.array(RecoveryFact).min(1),
  followUp: z.array(FollowUp).min(1),
});

/** Short emergency numbers: 15 (France's SAMU) up to 10177 (South Africa's landline ambulance). */
const PhoneNumber = z.string().regex(/^[0-9]{2,5}$/, 'expected a phone number of 2 to 5 digits');

export const Region = z.strictObject({
  code: z.string().regex(/^[A-Z]{2}$/, 'expected a two-letter ISO 3166 country code such as GB'),
  aliases: z.array(z.string().regex(/^[A-Z]{2,3}$/)).default([]),
  name: Text,
  emergency: PhoneNumber,
  alsoWorks: z.array(PhoneNumber).default([]),
  medicalAdvice: z.strictObject({ number: Text, name: Text }).optional(),
  /** A free line to talk to someone, offered when the answers say the person is struggling to cope. */
  listeningLine: z.strictObject({ name: Text, number: Text, sources: SourceRefs }).optional(),
  note: Text.optional(),
  sources: SourceRefs,
});

const EmergencyNumbersFile = z.strictObject({
  regions: z.array(Region).min(1),
  fallback: z.strictObject({
    numbers: z.array(PhoneNumber).min(1),
    text: Text,
    /**
     * Where each number is the emergency number, so a list of them is never ambiguous (111 is not an ambulance in the
     * UK).
     */
    where: z.record(z.string(), Text).optional(),
  }),
  /** When to offer the region's listening line, and the words that introduce it. */
  listening: z.strictObject({ offerWhen: ConditionSchema, text: Text, sources: SourceRefs }).optional(),
});

export const OmittedClaim = z.strictObject({
  id: Id,
  claim: Text,
  seeds: z.array(z.string().regex(/^[0-9]{3}$/, 'expected a seed number such as 003')).min(1),
  reason: Text,
  sources: SourceRefs,
});
const OmittedFile = z.strictObject({ omitted: z.array(OmittedClaim).min(1) });

/** Which file holds which part of the base; the loader walks this table. */
export const KB_FILES = {
  meta: { file: 'meta.yaml', schema: MetaFile },
  sources: { file: 'sources.yaml', schema: SourcesFile },
  conditions: { file: 'conditions.yaml', schema: ConditionsFile },
  phases: { file: 'phases.yaml', schema: PhasesFile },
  remedies: { file: 'remedies.yaml', schema: RemediesFile },
  warningSigns: { file: 'warning-signs.yaml', schema: WarningSignsFile },
  thermal: { file: 'thermal.yaml', schema: ThermalFile },
  timelines: { file: 'timelines.yaml', schema: TimelinesFile },
  emergency: { file: 'emergency-numbers.yaml', schema: EmergencyNumbersFile },
  omitted: { file: 'omitted.yaml', schema: OmittedFile },
  questions: { file: 'questions.yaml', schema: QuestionsFile },
  rules: { file: 'rules.yaml', schema: RulesFile },
  routines: { file: 'routines.yaml', schema: RoutinesFile },
  learn: { file: 'learn.yaml', schema: LearnFile },
  /** Optional: a base without it has an empty ledger. */
  review: { file: 'review.yaml', schema: ReviewFile, optional: true },
} as const;

export type KbPart = keyof typeof KB_FILES;
export type KnowledgeBase = { [K in KbPart]: z.infer<(typeof KB_FILES)[K]['schema']> };
