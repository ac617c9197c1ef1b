// Fixed vocabularies of the knowledge base. Kept free of zod so that commands
// reading the prebuilt base at run time never load the validator.

export const KB_SCHEMA_VERSION = 1;

/** The parts of a knowledge base: one YAML file each in data/, one JSON file each in dist/kb-data/. */
export const KB_PARTS = [
  'meta',
  'sources',
  'conditions',
  'phases',
  'remedies',
  'warningSigns',
  'thermal',
  'timelines',
  'emergency',
  'omitted',
  'questions',
  'rules',
  'routines',
  'learn',
  'review',
] as const;

export const URGENCIES = ['emergency', 'urgent', 'doctor_soon'] as const;
export const TIME_UNITS = ['seconds', 'minutes', 'hours', 'days', 'weeks'] as const;
export const SOURCE_KINDS = [
  'guideline',
  'consumer',
  'review',
  'trial',
  'cohort',
  'label',
  'regulator',
  'textbook',
  'handout',
  'laboratory',
] as const;
export const CONDITION_GROUPS = ['medical', 'medicine', 'pregnancy', 'skin-and-circulation', 'age', 'episode'] as const;
/**
 * The groups of people every remedy must be thought through for: each remedy
 * states its stance for each one (remedies.yaml `populations`), and
 * rules.yaml `conditionRules` derives each from the answers. 16 and 17 year
 * olds follow the adult advice with the under-18 medicine limits, so they are
 * derived (`age-16-17`) but need no column of their own.
 */
export const POPULATION_GROUPS = [
  'under-5',
  'age-5-11',
  'age-12-15',
  'pregnancy',
  'after-birth',
  'breastfeeding',
  'older-frail',
  'weak-immunity',
  'numb-skin',
] as const;
export type PopulationGroup = (typeof POPULATION_GROUPS)[number];
/** Derived from the answers in one place (conditionRules), whether or not they have a column. */
export const DERIVED_GROUPS = [...POPULATION_GROUPS, 'age-16-17'] as const;
/**
 * How a remedy suits a group: as for anyone, with a change, only after asking a pharmacist or doctor, or not at all.
 */
export const POPULATION_STANCES = ['suggested', 'adapt', 'ask-first', 'avoid'] as const;
export type PopulationStance = (typeof POPULATION_STANCES)[number];
export const REMEDY_CATEGORIES = [
  'cold',
  'heat',
  'medicine',
  'movement',
  'stretch',
  'massage',
  'rest',
  'relaxation',
  'hydration-and-nutrition',
  'posture-and-ergonomics',
  'professional-care',
] as const;
/** How the sources regard a remedy, independent of how strong the evidence is. */
export const STANCES = ['recommended', 'option', 'not-recommended', 'prescription-only'] as const;
export const EVIDENCE_LEVELS = ['high', 'moderate', 'low', 'very-low', 'insufficient', 'convention'] as const;
export const CAUTION_ACTIONS = ['avoid', 'ask-first', 'adapt', 'stop'] as const;
export const THERMAL_KINDS = ['ice', 'heat'] as const;
export const ROUTINE_SIDES = ['each', 'alternate'] as const;
/**
 * How a pain diary can tell that a follow-up applies: `worse` when the logged
 * pain is getting worse, `not-better` when it is not getting better (the same
 * or worse), `ongoing` while the episode is still open with pain. Follow-ups
 * without one depend on symptoms the diary does not record.
 */
export const DIARY_TRIGGERS = ['worse', 'not-better', 'ongoing'] as const;
/** Places elsewhere in backcare that point to a learn topic (learn.yaml `offeredFrom`). */
export const LEARN_PLACES = ['episode-end', 'care-plan-movement', 'care-plan-comfort'] as const;
export type LearnPlace = (typeof LEARN_PLACES)[number];

export type Urgency = (typeof URGENCIES)[number];
export type TimeUnit = (typeof TIME_UNITS)[number];
export type RemedyCategory = (typeof REMEDY_CATEGORIES)[number];
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];
export type CautionAction = (typeof CAUTION_ACTIONS)[number];

const SECONDS_PER_UNIT: Record<TimeUnit, number> = {
  seconds: 1,
  minutes: 60,
  hours: 3600,
  days: 86400,
  weeks: 604800,
};

export function toSeconds(value: number, unit: TimeUnit): number {
  return value * SECONDS_PER_UNIT[unit];
}

/** The four levels of care `backcare check` can give, least urgent last. */
export const CARE_LEVELS = ['emergency', 'urgent', 'doctor_soon', 'self_care'] as const;
export type CareLevel = (typeof CARE_LEVELS)[number];

/** yes-no: yes / no / unsure; when: a time the pain started (duration ago or date). */
export const ANSWER_TYPES = ['yes-no', 'number', 'choice', 'many', 'when'] as const;
export type AnswerType = (typeof ANSWER_TYPES)[number];

/**
 * What the code reads a question's answer for, named by `role:` in questions.yaml
 * rather than by id or position, with the answer type each needs: the onset the
 * derived facts count from, the 0-10 pain score the diary records, and the week
 * of pregnancy that population cells with `fromWeek` compare with.
 */
export const QUESTION_ROLES = {
  onset: 'when',
  'pain-score': 'number',
  'pregnancy-weeks': 'number',
} as const satisfies Record<string, AnswerType>;
export type QuestionRole = keyof typeof QUESTION_ROLES;
export const QUESTION_ROLE_NAMES = Object.keys(QUESTION_ROLES) as [QuestionRole, ...QuestionRole[]];

export const QUESTION_SECTIONS = [
  'emergency-signs',
  'urgent-signs',
  'doctor-signs',
  'about-you',
  'about-the-pain',
  'health',
] as const;

/** Facts computed from the answers (not asked), which rules may test like answers. */
export const DERIVED_FACTS = ['hours-since-onset', 'days-since-onset'] as const;
export const YES_NO_VALUES = ['yes', 'no', 'unsure'] as const;

/** Kinds of entry a clinician reviews and signs, one signature per kind and id. */
export const ENTRY_KINDS = [
  'level',
  'rule',
  'warning-sign',
  'question',
  'emergency-number',
  'medicine',
  'condition-rule',
  'thermal',
  'follow-up',
  'remedy',
  'recovery-fact',
  'phase',
  'routine',
  'condition',
  'learn-topic',
  'learn-section',
  'omitted-claim',
  'meta',
] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export const REVIEW_DECISIONS = ['approved', 'approved-with-note', 'rejected'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];
