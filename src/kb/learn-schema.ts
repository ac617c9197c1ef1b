// The learn topics (data/learn.yaml): plain-words background on back spasms.
// A section either says something itself (text, with its evidence level and
// sources) or shows recovery facts and follow-ups from timelines.yaml by id,
// so the numbers live in one place.
import { z } from 'zod';
import { EVIDENCE_LEVELS, LEARN_PLACES } from '../core/vocabulary.js';
import { Id, refTo, SourceRefs, Text } from './schema-parts.js';

export const LearnSection = z
  .strictObject({
    heading: Text,
    text: Text.optional(),
    evidence: z.enum(EVIDENCE_LEVELS).optional(),
    sources: SourceRefs.optional(),
    /** Remedies this section points to ("see backcare remedies <id>") instead of repeating them. */
    remedies: z.array(refTo('remedies')).default([]),
    warningSigns: z.array(refTo('warningSigns')).default([]),
    /** Recovery facts (timelines.yaml `recovery`) shown here by reference. */
    recovery: z.array(refTo('recovery')).default([]),
    /** Follow-ups (timelines.yaml `followUp`) shown here by reference. */
    followUps: z.array(refTo('followUps')).default([]),
  })
  .refine((s) => s.text !== undefined || s.recovery.length + s.followUps.length > 0, {
    message: 'a section needs text, or recovery or followUps ids from timelines.yaml',
    path: ['text'],
  })
  .refine((s) => s.text === undefined || s.evidence !== undefined, {
    message: 'a section with text needs an evidence level (high, moderate, low, very-low, insufficient or convention)',
    path: ['evidence'],
  })
  .refine((s) => s.text === undefined || s.sources !== undefined, {
    message: 'a section with text needs sources (ids from sources.yaml)',
    path: ['sources'],
  });

const Keyword = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a lowercase word or words joined by hyphens, e.g. how-long');

export const LearnTopic = z.strictObject({
  id: Id,
  title: Text,
  /** One line for the topic list. */
  summary: Text,
  /** Other words people may type for this topic: `backcare learn posture`. */
  keywords: z.array(Keyword).default([]),
  sections: z.array(LearnSection).min(1),
  related: z.array(refTo('topics')).default([]),
  /** Where else backcare points to this topic: after `episode end`, in the care plan's sections. */
  offeredFrom: z.array(z.enum(LEARN_PLACES)).default([]),
});

export const LearnFile = z.strictObject({ topics: z.array(LearnTopic).min(1) });
