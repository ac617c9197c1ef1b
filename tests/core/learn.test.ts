// Finding a learn topic from what was typed, and resolving what it points to.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { findTopic, topicView } from '../../src/core/learn.js';
import { loadKnowledgeBase } from '../../src/kb/load.js';

const kb = loadKnowledgeBase(join(import.meta.dirname, '..', '..', 'data'));
const topics = kb.learn.topics;

function found(words: string[]): string | undefined {
  const lookup = findTopic(topics, words);
  return lookup.ok ? lookup.value.id : undefined;
}

function refused(words: string[]): string {
  const lookup = findTopic(topics, words);
  if (lookup.ok) throw new Error(`expected "${words.join(' ')}" to be refused, got ${lookup.value.id}`);
  return lookup.message;
}

describe('findTopic', () => {
  it.each([
    [['prevention'], 'prevention'],
    [['posture'], 'prevention'],
    [['causes'], 'causes'],
    [['Prevention'], 'prevention'],
    [['how', 'long'], 'duration'],
    [['how-long?'], 'duration'],
    [['standing', 'desk'], 'prevention'],
    [['prev'], 'prevention'],
    [['diag'], 'diagnosis'],
    [['mri'], 'diagnosis'],
  ])('%j leads to %s', (words, id) => {
    expect(found(words)).toBe(id);
  });

  it('suggests the nearest word for a typo', () => {
    expect(refused(['prevnetion'])).toBe(
      'unknown topic "prevnetion"; did you mean "prevention"? run "backcare learn" to list the topics',
    );
    expect(refused(['postrue'])).toContain('did you mean "posture"?');
  });

  it('names every topic a short, shared prefix could mean instead of picking one', () => {
    expect(refused(['rec'])).toContain('did you mean "recurring" or "duration"?');
  });

  it('does not guess from one or two letters', () => {
    expect(refused(['pr'])).toBe('unknown topic "pr"; run "backcare learn" to list the topics');
  });
});

describe('topicView', () => {
  it('resolves remedies, warning signs and timeline entries by id, in the order given', () => {
    const view = topicView(kb, topics.find((t) => t.id === 'duration') ?? topics[0]!);
    const ids = view.sections[0]?.recovery.map((r) => r.id);
    expect(ids?.slice(0, 2)).toEqual(['most-improve-regardless', 'pain-halves-in-first-month']);
    expect(view.sections[0]?.recovery[1]?.statement).toBe(
      kb.timelines.recovery.find((r) => r.id === 'pain-halves-in-first-month')?.statement,
    );
    expect(view.sources).toEqual(expect.arrayContaining(['pengel-2003', 'costa-2012', 'nhs-back']));
  });

  it('flags a topic that names an emergency sign, so the emergency number is shown with it', () => {
    const flagged = topics.filter((t) => topicView(kb, t).hasEmergencySign).map((t) => t.id);
    expect(flagged).toEqual(['spasm', 'causes', 'recurring']);
  });

  it("lists a section's warning signs most urgent first, whatever order the data gives", () => {
    const view = topicView(kb, topics.find((t) => t.id === 'recurring')!);
    const weakness = view.sections.find((s) => s.heading === 'Weakness is not a spasm');
    expect(weakness?.warningSigns.map((w) => w.urgency)).toEqual([
      'emergency',
      'emergency',
      'emergency',
      'emergency',
      'urgent',
    ]);
  });

  it('links prevention advice to the remedies instead of repeating them', () => {
    const view = topicView(kb, topics.find((t) => t.id === 'prevention')!);
    const linked = view.sections.flatMap((s) => s.remedies.map((r) => r.id));
    expect(linked).toEqual(
      expect.arrayContaining(['safe-lifting', 'movement-breaks', 'sleep-positions', 'regular-exercise']),
    );
  });
});
