// Building blocks shared by every knowledge-base schema.
import { z } from 'zod';

export const Id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected an id of lowercase words joined by hyphens, e.g. ice-pack');
export const Text = z.string().trim().min(1, 'expected some text');
export const IsoDate = z.iso.date('expected a date written YYYY-MM-DD');
export const SourceRefs = z.array(Id).min(1, 'expected at least one source id');
