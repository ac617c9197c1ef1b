import { describe, expect, it } from 'vitest';
import { parseFlatJsonObject } from '../../src/core/flat-json.js';

describe('parseFlatJsonObject', () => {
  it('reads an answers file of scalars and lists', () => {
    const text = '{ "fever": "no", "age": 35, "where": ["back", "leg"], "note": "a \\"quoted\\" : word" }\n';
    expect(parseFlatJsonObject(text)).toEqual({
      fever: 'no',
      age: 35,
      where: ['back', 'leg'],
      note: 'a "quoted" : word',
    });
  });

  it('leaves a repeated key to the YAML reader, which refuses it', () => {
    expect(parseFlatJsonObject('{"fever": "no", "age": 3, "fever": "yes"}')).toBeUndefined();
    expect(parseFlatJsonObject('{"fever": "no", "f\\u0065ver"  \n : "yes"}')).toBeUndefined();
  });

  it('leaves YAML, invalid JSON, non-objects, deep nesting and __proto__ to the YAML reader', () => {
    for (const text of [
      'fever: no\n',
      '{"fever": no}',
      '["fever"]',
      '{"a": {"b": {"c": 1}}}',
      '{"__proto__": 1}',
      '\uFEFF{"a": 1}',
    ]) {
      expect(parseFlatJsonObject(text), text).toBeUndefined();
    }
  });
});
