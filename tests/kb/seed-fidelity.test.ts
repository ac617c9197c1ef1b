// What the knowledge base attributes to the seed articles must be what they
// say, and the facts a blind check found unplaced must now be placed.
import { describe, expect, it } from 'vitest';
import { expectAcceptable, kb } from '../helpers/scenario.js';

const omitted = (id: string) => kb.omitted.omitted.find((o) => o.id === id);

describe('seed fidelity', () => {
  it('names meditation and mindfulness as relaxation options', () => {
    const relax = kb.remedies.remedies.find((r) => r.id === 'relaxation-breathing');
    expect(relax?.summary).toMatch(/meditation or mindfulness/);
    expect(relax?.steps.join(' ')).toMatch(/meditation or a guided mindfulness exercise/);
  });

  it('leaves out "hold the stretch until the spasm stops" with a reason', () => {
    expect(omitted('hold-stretch-until-spasm-stops')?.seeds).toEqual(['003']);
    expect(omitted('hold-stretch-until-spasm-stops')?.reason).toMatch(/convention/);
  });

  it('sends new tummy pain to a doctor the same day, and only when there is some', () => {
    expectAcceptable({ 'new-tummy-pain': 'yes' }, ['urgent']);
    expectAcceptable({ 'new-tummy-pain': 'no' }, ['self_care']);
  });

  it('attributes to the seeds only what they say', () => {
    expect(omitted('rest-dont-use-the-muscle')?.claim).not.toMatch(/healed/);
    expect(omitted('hydration-cures-spasms')?.reason).toMatch(/name low water as a cause/);
    expect(omitted('magnesium-potassium-calcium')?.reason).toMatch(/one anecdote in one article/);
    expect(omitted('fish-oil')?.claim).toMatch(/chronic conditions/);
    expect(omitted('motor-skills-training')?.reason).toMatch(/significant gain that an outside expert/);
    expect(omitted('standing-desk-reduces-pain')?.reason).not.toMatch(/keeps only/);
  });

  it('cites Alberta only for what seed 000 says, and labels the bent-forward figure as unconfirmed', () => {
    const muscle = kb.learn.topics
      .flatMap((t) => t.sections)
      .find((s) => s.heading === 'What you may notice in the muscle');
    expect(muscle?.sources).not.toContain('alberta-back-spasm');
    const flexion = kb.sources.sources.find((s) => s.id === 'static-flexion-lab');
    expect(flexion?.note).toMatch(/Unconfirmed/);
    expect(kb.learn.topics.flatMap((t) => t.sections).find((s) => s.heading === 'Staying bent forward')?.text).toMatch(
      /without naming its source/,
    );
  });
});
