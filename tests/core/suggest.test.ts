import { describe, expect, it } from 'vitest';
import { closestId } from '../../src/core/suggest.js';

const ids = ['ice-pack', 'heat-pack', 'knee-to-chest', 'childs-pose'];

describe('closestId', () => {
  it.each([
    ['ice-pak', 'ice-pack'],
    ['heatpack', 'heat-pack'],
    ['knee-to-chets', 'knee-to-chest'],
    ['child-pose', 'childs-pose'],
    ['massage', undefined],
    ['x', undefined],
  ])('%s -> %s', (typed, expected) => {
    expect(closestId(typed, ids)).toBe(expected);
  });

  it('counts two swapped neighbouring letters as one typo', () => {
    expect(closestId('iec', ['ice', 'heat'])).toBe('ice');
    expect(closestId('ibuprofne', ['ibuprofen'])).toBe('ibuprofen');
  });

  it('does not guess between short codes that differ in two letters', () => {
    expect(closestId('xx', ['gb', 'nz'])).toBeUndefined();
    expect(closestId('nx', ['gb', 'nz'])).toBe('nz');
  });
});
