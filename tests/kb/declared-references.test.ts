// References between entries are declared once, on the schema field (`refTo`),
// and the check walks the schemas: a field that holds an id of another entry
// cannot be left out, and one the old hand-written list forgot is checked.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { KB_FILES } from '../../src/kb/schema.js';
import { COLLECTION_NAMES, Id, REFERENCES } from '../../src/kb/schema-parts.js';
import { referencesIn } from '../../src/kb/declared-references.js';
import { copyKb, problemsOf } from '../helpers/kb-copy.js';

/** Fields that hold an id without naming another entry, and why. */
const NOT_REFERENCES: Record<string, string> = {
  '….answer': 'in a condition, a question id or derived fact: the rule language checks it with its operators',
  'questions.questions[].choices[].value': 'defines a possible answer',
  'questions.questions[].group': 'names a checklist; an entry under groups only adds its title',
  'remedies.remedies[].aliases[]': 'defines other words for the remedy',
};

interface IdField {
  path: string;
  declared: boolean;
}

/** Every field in the schemas whose value is an id (the shared Id shape or a declared reference). */
function idFields(schema: z.ZodType, path: string, seen: ReadonlySet<z.ZodType> = new Set()): IdField[] {
  if (seen.has(schema)) return []; // a condition tree comes back to itself
  if (schema instanceof z.ZodLazy) seen = new Set([...seen, schema]);
  if (REFERENCES.has(schema)) return [{ path, declared: true }];
  if (schema === Id) return [{ path, declared: false }];
  if (schema instanceof z.ZodObject) {
    const shape = Object.entries(schema.shape as Record<string, z.ZodType>);
    return shape.flatMap(([key, field]) => idFields(field, `${path}.${key}`, seen));
  }
  if (schema instanceof z.ZodArray) return idFields(schema.element as z.ZodType, `${path}[]`, seen);
  if (schema instanceof z.ZodRecord) return idFields(schema.valueType as z.ZodType, `${path}{}`, seen);
  if (schema instanceof z.ZodUnion) return (schema.options as z.ZodType[]).flatMap((o) => idFields(o, path, seen));
  const wrapped = schema instanceof z.ZodOptional || schema instanceof z.ZodDefault || schema instanceof z.ZodNullable;
  if (wrapped || schema instanceof z.ZodLazy) return idFields(schema.unwrap() as z.ZodType, path, seen);
  if (schema instanceof z.ZodPipe) return idFields(schema.in as z.ZodType, path, seen);
  return [];
}

const fields = Object.entries(KB_FILES).flatMap(([part, { schema }]) => idFields(schema as z.ZodType, part));

describe('references declared on the schema', () => {
  it('cover every field that holds an id of another entry', () => {
    const ownId = (path: string): boolean => /\.id$/.test(path);
    const excused = (path: string): boolean => path in NOT_REFERENCES || path.endsWith('.answer');
    const undeclared = fields.filter((f) => !f.declared && !ownId(f.path) && !excused(f.path)).map((f) => f.path);
    expect(undeclared).toEqual([]);
  });

  it('cover every field named after a collection or one of its entries', () => {
    const singulars = ['source', 'condition', 'phase', 'remedy', 'rule', 'warningSign', 'followUp', 'why', 'gradedBy'];
    const names = new Set<string>([...COLLECTION_NAMES, ...singulars]);
    const named = fields.filter((f) => names.has(f.path.replace(/\[\]$/, '').split('.').at(-1) ?? ''));
    expect(named.filter((f) => !f.declared).map((f) => f.path)).toEqual([]);
    expect(named.length).toBeGreaterThan(20);
  });

  it('finds each reference in the data with its path', () => {
    const sources = KB_FILES.conditions.schema.shape.conditions.element.shape.sources;
    const schema = z.strictObject({ a: z.array(z.strictObject({ sources })) });
    expect(referencesIn(schema, { a: [{ sources: ['x', 'y'] }] })).toEqual([
      { path: ['a', 0, 'sources', 0], id: 'x', to: 'sources' },
      { path: ['a', 0, 'sources', 1], id: 'y', to: 'sources' },
    ]);
  });

  it('check a reference the hand-written list missed: a listening line’s sources', () => {
    const base = copyKb('data');
    base.edit('emergency-numbers.yaml', (text) => text.replace('sources: [samaritans] }', 'sources: [samaritan] }'));
    expect(problemsOf(base.dir)).toEqual([
      'kb/emergency-numbers.yaml:14:92 regions[0].listeningLine.sources[0]: ' +
        'unknown source id "samaritan" (did you mean "samaritans"?)',
    ]);
  });
});
