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

  it('finds every key, and every repeat, however keys and values are written', () => {
    let seed = 11;
    const next = (): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const pieces = ['a', 'b', '"', '\\', ':', '{', '}', '[', ']', ',', ' ', '\n', 'é', '\u0001', '\u2028'];
    const word = (): string => {
      let out = '';
      for (let n = 1 + Math.floor(next() * 6); n > 0; n--) out += pieces[Math.floor(next() * pieces.length)];
      return out;
    };
    const value = (): unknown => [word(), 3, true, null, [word(), 1], []][Math.floor(next() * 6)];
    for (let n = 0; n < 2_000; n++) {
      const entries = new Map<string, unknown>();
      for (let k = Math.floor(next() * 6); k > 0; k--) entries.set(word(), value());
      entries.delete('__proto__');
      const object = Object.fromEntries(entries);
      const text = JSON.stringify(object, null, Math.floor(next() * 3));
      expect(parseFlatJsonObject(text), text).toEqual(object);
      const [first] = entries.keys();
      if (first === undefined) continue;
      const repeated = `${text.slice(0, -1).trimEnd()}${entries.size > 0 ? ',' : ''} ${JSON.stringify(first)} : 1}`;
      expect(parseFlatJsonObject(repeated), repeated).toBeUndefined();
    }
  });
});
