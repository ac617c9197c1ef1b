// The home-care plan for one person today: built from the knowledge base by
// the phase of the episode and the conditions that change advice. Nothing
// clinical is decided here beyond picking and filtering what the data says.
import { signsThatCanApply } from './signs-that-can-apply.js';
import { cautionsFor, generalCautions, sortCautions } from '../remedies.js';
import { populationCautions } from '../populations.js';
import { answerWithRole } from './questionnaire.js';
import type { Caution, FollowUp, KnowledgeBase, Phase, Remedy, ThermalProtocol } from '../../kb/types.js';
import type { RemedyCategory } from '../vocabulary.js';
import { followUpSchedule, phaseAt } from '../timeline.js';
import { evaluate } from './conditions.js';
import type { TriageResult } from './triage.js';
import { kbView, type WarningSignInBrief } from '../kb-views.js';
import { remembered } from '../remembered.js';

export type AdviceStatus = 'suggested' | 'adapt' | 'ask-first' | 'avoid' | 'not-recommended' | 'prescription-only';

export interface RemedyAdvice {
  remedy: Remedy;
  status: AdviceStatus;
  /** Cautions tied to this person's conditions, strictest first. */
  personalCautions: Caution[];
  /** Cautions for everyone, including stop rules. */
  generalCautions: Caution[];
  /** What the remedy is, for this person: a group's own reason when the adult finding does not apply to them. */
  summary: string;
}

export interface ThermalAdvice extends RemedyAdvice {
  protocol: ThermalProtocol;
}

export interface FollowUpDate {
  followUp: FollowUp;
  /** When it becomes due, counted from the start of the episode; undefined when the start is unknown. */
  due: Date | undefined;
}

export interface CarePlan {
  phase: Phase | undefined;
  thermal: { options: ThermalAdvice[]; switchToHeatAfterHours: number; convention: string };
  medicines: RemedyAdvice[];
  movement: RemedyAdvice[];
  stretches: RemedyAdvice[];
  comfort: RemedyAdvice[];
  professional: RemedyAdvice[];
  avoid: RemedyAdvice[];
  /** Remedies left out of the plan because the person is in a group they are not for (the stance matrix). */
  notForYou: RemedyAdvice[];
  safetyNet: { emergencySigns: WarningSignInBrief[]; followUps: FollowUpDate[] };
}

/** Every remedy the plan offers (not those left out as not for the person), ice and heat last. */
export function offeredAdvice(plan: CarePlan): RemedyAdvice[] {
  const { medicines, movement, stretches, comfort, professional, avoid, thermal } = plan;
  return [...medicines, ...movement, ...stretches, ...comfort, ...professional, ...avoid, ...thermal.options];
}

const THERMAL: ReadonlySet<RemedyCategory> = new Set(['cold', 'heat']);
const COMFORT: ReadonlySet<RemedyCategory> = new Set([
  'rest',
  'relaxation',
  'posture-and-ergonomics',
  'massage',
  'hydration-and-nutrition',
]);

export function buildCarePlan(kb: KnowledgeBase, result: TriageResult, now: Date): CarePlan {
  const phase = phaseAt(kb.phases.phases, result.hoursSinceOnset);
  const suits = (r: Remedy): boolean => phase === undefined || r.phases.includes(phase.id);
  const weeks = answerWithRole(kb, result.facts, 'pregnancy-weeks');
  // Each remedy is advised once, however many of the lists below look at it.
  const advised = new Map<Remedy, RemedyAdvice>();
  const advise = (r: Remedy): RemedyAdvice =>
    remembered(advised, r, () => adviceFor(kb, r, result.conditions, typeof weeks === 'number' ? weeks : undefined));
  const all = (test: (r: Remedy) => boolean): RemedyAdvice[] =>
    kb.remedies.remedies.filter((r) => suits(r) && test(r)).map(advise);
  const pick = (test: (r: Remedy) => boolean): RemedyAdvice[] => all(test).filter((a) => a.status !== 'avoid');
  const usable = (r: Remedy): boolean => r.stance === 'recommended' || r.stance === 'option';

  return {
    phase,
    thermal: {
      options: kb.thermal.protocols
        .filter((p) => phase === undefined || p.suits.includes(phase.id))
        .flatMap((protocol) => {
          const remedy = kb.remedies.remedies.find((r) => r.id === protocol.remedy);
          return remedy ? [{ ...advise(remedy), protocol }] : [];
        }),
      switchToHeatAfterHours: kb.thermal.switchToHeatAfter.hours,
      convention: kb.thermal.switchToHeatAfter.convention,
    },
    medicines: all((r) => r.category === 'medicine'),
    movement: pick((r) => r.category === 'movement' && usable(r)),
    stretches: pick((r) => r.category === 'stretch' && usable(r)),
    comfort: pick((r) => COMFORT.has(r.category) && usable(r)),
    professional: pick((r) => r.category === 'professional-care' && usable(r)),
    avoid: pick((r) => r.stance === 'not-recommended' && r.category !== 'medicine'),
    notForYou: all((r) => !THERMAL.has(r.category) && r.category !== 'medicine').filter((a) => a.status === 'avoid'),
    safetyNet: {
      emergencySigns: signsThatCanApply(
        kb,
        kbView(kb, 'warningSignsInBrief').filter((w) => w.urgency === 'emergency'),
        Object.fromEntries(result.facts),
      ),
      followUps: followUpDates(kb, result, now),
    },
  };
}

function adviceFor(
  kb: KnowledgeBase,
  remedy: Remedy,
  conditions: readonly string[],
  pregnancyWeeks: number | undefined,
): RemedyAdvice {
  const fromMatrix = populationCautions(kb, remedy, conditions, pregnancyWeeks);
  const personal = sortCautions([...cautionsFor(remedy, conditions), ...fromMatrix]);
  // A caution that changes how the remedy is regarded replaces a summary written for everyone else
  // (paracetamol's adult trials are not a finding in children, nor the advice in pregnancy).
  const summary = personal.find((c) => c.stance !== undefined)?.text ?? remedy.summary;
  return {
    remedy,
    status: statusOf(remedy, personal),
    personalCautions: personal,
    generalCautions: generalCautions(remedy),
    summary,
  };
}

function statusOf(remedy: Remedy, personal: Caution[]): AdviceStatus {
  const stance = personal.find((c) => c.stance !== undefined)?.stance ?? remedy.stance;
  // Not for this person at all says more than how the remedy is regarded for others.
  if (personal.some((c) => c.action === 'avoid')) return 'avoid';
  if (stance === 'not-recommended') return 'not-recommended';
  if (stance === 'prescription-only') return 'prescription-only';
  if (personal.some((c) => c.action === 'ask-first')) return 'ask-first';
  if (personal.some((c) => c.action === 'adapt' || c.action === 'stop')) return 'adapt';
  return 'suggested';
}

/** The follow-ups the answers do not rule out (an unknown answer keeps one in), with their dates. */
function followUpDates(kb: KnowledgeBase, result: TriageResult, now: Date): FollowUpDate[] {
  const hours = result.hoursSinceOnset;
  if (hours !== undefined)
    return followUpSchedule(kb.timelines.followUp, new Date(now.getTime() - hours * 3_600_000), result.facts);
  return kb.timelines.followUp
    .filter((followUp) => !followUp.appliesIf || evaluate(followUp.appliesIf, result.facts) !== false)
    .map((followUp) => ({ followUp, due: undefined }));
}
