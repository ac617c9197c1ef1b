// Types of the validated knowledge base, inferred from the zod schemas.
// Type-only imports: nothing here loads zod at run time.
import type { z } from 'zod';
import type * as S from './schema.js';
import type * as C from './check-schema.js';
import type * as L from './learn-schema.js';
import type * as R from './review-schema.js';

export type { KnowledgeBase, KbPart } from './schema.js';
export type Source = z.infer<typeof S.Source>;
export type Condition = z.infer<typeof S.Condition>;
export type Phase = z.infer<typeof S.Phase>;
export type Remedy = z.infer<typeof S.Remedy>;
export type Caution = z.infer<typeof S.Caution>;
export type PopulationCell = z.infer<typeof S.PopulationCell>;
export type PopulationReason = z.infer<typeof S.PopulationReason>;
export type Dose = z.infer<typeof S.Dose>;
export type TimeRange = z.infer<typeof S.TimeRange>;
export type CountRange = z.infer<typeof S.CountRange>;
export type TimeAmount = z.infer<typeof S.TimeAmount>;
export type WarningSign = z.infer<typeof S.WarningSign>;
export type ThermalProtocol = z.infer<typeof S.ThermalProtocol>;
export type FollowUp = z.infer<typeof S.FollowUp>;
export type RecoveryFact = z.infer<typeof S.RecoveryFact>;
export type Region = z.infer<typeof S.Region>;
export type OmittedClaim = z.infer<typeof S.OmittedClaim>;
export type Question = z.infer<typeof C.Question>;
export type Rule = z.infer<typeof C.Rule>;
export type ConditionRule = z.infer<typeof C.ConditionRule>;
export type { Condition as RuleCondition, AnswerTest } from '../core/check/operators.js';
export type Routine = z.infer<typeof S.Routine>;
export type RoutineStep = z.infer<typeof S.RoutineStep>;
export type LearnTopic = z.infer<typeof L.LearnTopic>;
export type LearnSection = z.infer<typeof L.LearnSection>;
export type Signature = z.infer<typeof R.Signature>;
