import { describe, expect, it } from 'vitest';
import { checklistLines, checklistPage, linesFor } from '../../src/ui/prompter.js';

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

describe('a checklist with descriptions on a small terminal', () => {
  const many = Array.from({ length: 20 }, (_, i) => ({
    value: `c${i}`,
    label: `Condition ${i}`,
    help: 'A description long enough to take a few lines on a narrow terminal, like a real one.',
  }));

  it('keeps room for the highlighted description where the terminal has it', () => {
    const page = checklistPage('[18/19] Do any of these apply to you?', many, 80, 24);
    expect(page.descriptions).toBe(true);
    // Title 1 + blank 1 + keys 1 + message and spare 2 + description 2 = 7 lines kept.
    expect(page.pageSize).toBe(24 - 7);
    expect(page.scrolls).toBe(true);
  });

  it('leaves the descriptions out rather than push the title off a 40×15 screen', () => {
    const long = many.map((c) => ({ ...c, help: `${c.help} ${c.help} ${c.help}` }));
    const page = checklistPage('[18/19] Do any of these apply to you?', long, 40, 15);
    expect(page.descriptions).toBe(false);
    expect(page.pageSize).toBeGreaterThanOrEqual(4);
  });
});
