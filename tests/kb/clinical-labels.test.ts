// Labels a blind clinical review found wrong: each fact must say what its
// source says, and name the kind of source it is.
import { describe, expect, it } from 'vitest';
import { kb } from '../helpers/scenario.js';

const rule = (id: string) => kb.rules.rules.find((r) => r.id === id);
const source = (id: string) => kb.sources.sources.find((s) => s.id === id);
const question = (id: string) => kb.questions.questions.find((q) => q.id === id);

describe('clinical labels', () => {
  it('sends cancer with spinal pain but no nerve signs to the cancer team today, not "within 24 hours" (QS56)', () => {
    const cancerRules = [
      'cancer-upper-back',
      'cancer-night-pain',
      'cancer-worsening-pain',
      'cancer-straining-pain',
      'cancer-tender-or-neck',
    ];
    for (const id of cancerRules) {
      expect(rule(id)?.level, id).toBe('urgent');
      expect(rule(id)?.reason, id).not.toMatch(/24 hours/);
      expect(rule(id)?.reason, id).toMatch(/cancer team or GP today/);
      expect(rule(id)?.sources, id).toContain('nice-qs56');
    }
  });

  it('asks about inflammatory back pain with NICE NG65 features, not morning stiffness', () => {
    expect(question('inflammatory-pattern')?.text).not.toMatch(/stiff/);
    expect(question('inflammatory-pattern')?.text).toMatch(/second half of the night/);
    expect(rule('inflammatory-pattern')?.sources).toEqual(['nice-ng65']);
  });

  it('cites a source that says so: numbness over a week, under 20, and both legs', () => {
    expect(rule('leg-numbness-over-a-week')?.sources).not.toContain('nhs-sci');
    expect(rule('leg-numbness-over-a-week')?.judgement).toMatch(/backcare's reading/);
    expect(rule('under-20')?.sources).not.toContain('nice-ng59');
    expect(question('legs-weakness-worsening')?.text).toMatch(/both legs/);
    expect(rule('legs-weakness-worsening')?.reason).toMatch(/both legs/);
  });

  it('names people who used to smoke among those at aneurysm risk', () => {
    expect(kb.conditions.conditions.find((c) => c.id === 'aneurysm-risk')?.description).toMatch(/use to smoke/);
  });

  it('does not claim NSAIDs are a first medicine for sciatica', () => {
    const nsaid = kb.remedies.remedies.find((r) => r.id === 'nsaid-tablets');
    expect(nsaid?.summary).toMatch(/sciatica\), the NHS says it\s+is not clear how much they help/);
    expect(nsaid?.sources).toContain('nhs-sci');
  });

  it('calls an animal study a laboratory study, and a hospital trust a trust', () => {
    expect(source('static-flexion-lab')?.kind).toBe('laboratory');
    expect(source('nhs-mat')?.publisher).toMatch(/Trust/);
    expect(source('nhs-mat')?.publisher).toMatch(/not the NHS website/);
  });
});
