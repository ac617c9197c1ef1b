import { describe, expect, it } from 'vitest';
import { checklistLines, linesFor } from '../../src/ui/prompter.js';

describe('checklist page size', () => {
  const choices = [
    { value: 'a', label: 'x'.repeat(70) },
    { value: 'b', label: 'x'.repeat(100) },
    { value: 'none', label: 'None of these' },
  ];

  it('counts the lines each choice takes once wrapped', () => {
    expect(linesFor(choices, 80)).toBe(1 + 2 + 1);
    expect(linesFor(choices, 40)).toBe(2 + 3 + 1);
  });

  it('shows the whole list when the terminal has the room, or no height is known', () => {
    expect(checklistLines(12, 40, 6)).toBe(12);
    expect(checklistLines(12, undefined, 6)).toBe(12);
  });

  it('keeps the title and keys in sight on a short terminal, with at least a few lines of list', () => {
    expect(checklistLines(30, 24, 6)).toBe(18);
    expect(checklistLines(30, 8, 6)).toBe(4);
  });
});
