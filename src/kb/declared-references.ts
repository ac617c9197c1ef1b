// The reference check derived from the schemas: every field declared with
// `refTo` (schema-parts.ts) must name an entry of its collection. Walking the
// schema next to the data finds every such field, so a new one is checked
// without a line here.
import { z } from 'zod';
import { KB_FILES, type KnowledgeBase, type KbPart } from './schema.js';
import { REFERENCES, type CollectionName } from './schema-parts.js';
import { COLLECTIONS, idsOf } from './collections.js';
import type { KbProblem, PathSegment } from './problems.js';
import { closestId } from '../core/suggest.js';

/** A reference found in the data: where it is, what it names, and which collection it must be in. */
export interface FoundReference {
  path: PathSegment[];
  id: string;
  to: CollectionName;
}

export function findDeclaredReferenceProblems(kb: KnowledgeBase): KbProblem[] {
  const known = new Map<CollectionName, Set<string>>();
  const ids = (to: CollectionName): Set<string> => known.get(to) ?? known.set(to, idsOf(kb, to)).get(to) ?? new Set();
  return (Object.keys(KB_FILES) as KbPart[]).flatMap((part) =>
    referencesIn(KB_FILES[part].schema, kb[part]).flatMap(({ path, id, to }): KbProblem[] => {
      if (ids(to).has(id)) return [];
      const close = closestId(id, [...ids(to)]);
      const hint = close ? ` (did you mean "${close}"?)` : '';
      const { singular, unknown } = COLLECTIONS[to];
      return [{ part, path, message: unknown?.(id) ?? `unknown ${singular} id "${id}"${hint}` }];
    }),
  );
}

/** Every declared reference in a value that the schema accepted, in the schema's field order. */
export function referencesIn(schema: z.ZodType, value: unknown, path: PathSegment[] = []): FoundReference[] {
  if (value === undefined || value === null || !holdsReferences(schema)) return [];
  const declared = REFERENCES.get(schema);
  if (declared) return typeof value === 'string' ? [{ path, id: value, to: declared.to }] : [];
  if (schema instanceof z.ZodObject && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([key, field]) =>
      referencesIn(field, record[key], [...path, key]),
    );
  }
  if (schema instanceof z.ZodArray && Array.isArray(value)) {
    return value.flatMap((item: unknown, i) => referencesIn(schema.element as z.ZodType, item, [...path, i]));
  }
  if (schema instanceof z.ZodRecord && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).flatMap(([key, item]) =>
      referencesIn(schema.valueType as z.ZodType, item, [...path, key]),
    );
  }
  if (schema instanceof z.ZodUnion) {
    const fits = (schema.options as z.ZodType[]).find((option) => option.safeParse(value).success);
    return fits ? referencesIn(fits, value, path) : [];
  }
  const inner = innerSchema(schema);
  return inner ? referencesIn(inner, value, path) : [];
}

/** The schema a wrapper (optional, default, nullable, lazy, pipe) checks with. */
function innerSchema(schema: z.ZodType): z.ZodType | undefined {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodDefault) {
    return schema.unwrap() as z.ZodType;
  }
  if (schema instanceof z.ZodLazy) return schema.unwrap() as z.ZodType;
  if (schema instanceof z.ZodPipe) return schema.in as z.ZodType;
  return undefined;
}

const holding = new WeakMap<z.ZodType, boolean>();

/** Whether any field under the schema is a declared reference (conditions hold none, so they are skipped). */
function holdsReferences(schema: z.ZodType): boolean {
  const cached = holding.get(schema);
  if (cached !== undefined) return cached;
  holding.set(schema, false); // a lazy schema that comes back to itself adds nothing new
  const result = REFERENCES.has(schema) || childSchemas(schema).some(holdsReferences);
  holding.set(schema, result);
  return result;
}

function childSchemas(schema: z.ZodType): z.ZodType[] {
  if (schema instanceof z.ZodObject) return Object.values(schema.shape as Record<string, z.ZodType>);
  if (schema instanceof z.ZodArray) return [schema.element as z.ZodType];
  if (schema instanceof z.ZodRecord) return [schema.valueType as z.ZodType];
  if (schema instanceof z.ZodUnion) return [...(schema.options as z.ZodType[])];
  const inner = innerSchema(schema);
  return inner ? [inner] : [];
}
