// Building blocks shared by every knowledge-base schema.
import { z } from 'zod';

export const Id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected an id of lowercase words joined by hyphens, e.g. ice-pack');
export const Text = z.string().trim().min(1, 'expected some text');
export const IsoDate = z.iso.date('expected a date written YYYY-MM-DD');

/**
 * The lists of entries an id can refer to (their ids are unique, see
 * collections.ts). A field that names an entry of one is declared with
 * `refTo`, and the reference check walks the schemas to find every such field.
 */
export const COLLECTION_NAMES = [
  'sources',
  'conditions',
  'phases',
  'remedies',
  'populationReasons',
  'warningSigns',
  'rules',
  'questions',
  'recovery',
  'followUps',
  'topics',
] as const;
export type CollectionName = (typeof COLLECTION_NAMES)[number];
export const REFERENCES = z.registry<{ to: CollectionName }>();

/** An id that must name an entry of a collection. */
export function refTo(to: CollectionName): typeof Id {
  const ref = Id.clone();
  REFERENCES.add(ref, { to });
  return ref;
}

export const SourceRefs = z.array(refTo('sources')).min(1, 'expected at least one source id');
