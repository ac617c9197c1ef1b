// The population stance matrix is enforced when a knowledge base is loaded
// (and so by `backcare kb validate`): every remedy decides every group, for a
// reason with sources, never more loosely than its own cautions. The groups
// themselves are worked out from the answers in one place (conditionRules).
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { DERIVED_GROUPS, POPULATION_GROUPS } from '../../src/core/vocabulary.js';
import { copyKb, problemsOf } from '../helpers/kb-copy.js';
import { ROOT, runCli } from '../helpers/run-cli.js';
import { kb } from '../helpers/scenario.js';

const SHIPPED = join(ROOT, 'data');

/** Changes the text of one remedy's block only. */
function editRemedy(text: string, id: string, change: (block: string) => string): string {
  const start = text.indexOf(`  - id: ${id}\n`);
  const end = text.indexOf('\n  - id: ', start + 1);
  return text.slice(0, start) + change(text.slice(start, end)) + text.slice(end);
}

describe('kb validate enforces the population stance matrix', () => {
  it('the shipped base has a stance for every remedy and group', () => {
    for (const remedy of kb.remedies.remedies)
      expect(Object.keys(remedy.populations).sort(), remedy.id).toEqual([...POPULATION_GROUPS].sort());
  });

  it('fails on a missing cell, naming the remedy and the group', () => {
    const copy = copyKb(SHIPPED);
    copy.edit('remedies.yaml', (t) => editRemedy(t, 'heat-pack', (b) => b.replace(/\n {6}under-5: \{[^}]*\}/, '')));
    const problems = problemsOf(copy.dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/remedies\.yaml:\d+:\d+ .*remedy "heat-pack" has no stance for "under-5"/);
  });

  it('fails on a remedy with no populations at all, listing every group', () => {
    const copy = copyKb(SHIPPED);
    copy.edit('remedies.yaml', (t) =>
      editRemedy(t, 'massage', (b) => b.replace(/\n {4}populations:(\n {6}[^\n]*)+/, '')),
    );
    const [problem = ''] = problemsOf(copy.dir);
    for (const group of POPULATION_GROUPS) expect(problem).toContain(`"${group}"`);
    expect(problem).toContain('remedy "massage"');
  });

  it('fails on an unknown reason, a week outside pregnancy, and a stance looser than a caution', () => {
    const copy = copyKb(SHIPPED);
    copy.edit('remedies.yaml', (t) =>
      editRemedy(
        editRemedy(t, 'nsaid-tablets', (b) =>
          b.replace(
            'pregnancy: { stance: avoid, why: pregnancy-no-nsaids }',
            'pregnancy: { stance: suggested, why: as-for-everyone }',
          ),
        ),
        'cat-cow',
        (b) =>
          b.replace(
            'age-12-15: { stance: adapt, why: teen-stretch-gently }',
            'age-12-15: { stance: adapt, fromWeek: 12, why: no-such-reason }',
          ),
      ),
    );
    const problems = problemsOf(copy.dir).join('\n');
    expect(problems).toContain(
      'remedy "nsaid-tablets" is suggested for "pregnancy" but its caution "nsaid-pregnancy" says avoid',
    );
    expect(problems).toContain('unknown population reason "no-such-reason"');
    expect(problems).toContain('fromWeek only applies to the pregnancy group');
  });

  it('backcare kb validate reports the broken copy on stderr and fails', () => {
    const copy = copyKb(SHIPPED);
    copy.edit('remedies.yaml', (t) =>
      editRemedy(t, 'back-extension', (b) => b.replace(/\n {6}pregnancy: \{[^}]*\}/, '')),
    );
    const result = runCli(['kb', 'validate', copy.dir], { timeoutMs: 30_000 });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('remedy "back-extension" has no stance for "pregnancy"');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(runCli(['kb', 'validate'], { timeoutMs: 30_000 }).code).toBe(0);
  }, 90_000);
});

describe('the groups are worked out from the answers in one place', () => {
  it('every group is derived by exactly one conditionRule, except breastfeeding, which is ticked', () => {
    for (const group of DERIVED_GROUPS) {
      const rules = kb.rules.conditionRules.filter((r) => r.condition === group);
      if (group === 'breastfeeding') expect(rules).toHaveLength(0);
      else expect(rules, group).toHaveLength(1);
      expect(kb.conditions.conditions.map((c) => c.id)).toContain(group);
    }
  });

  it('the conditions list offers breastfeeding, frail and numb skin to tick, and not what the answers already say', () => {
    const implied = new Set(kb.rules.conditionRules.filter((r) => !r.stillAsked).map((r) => r.condition));
    const offered = kb.conditions.conditions.map((c) => c.id).filter((id) => !implied.has(id));
    expect(offered).toEqual(expect.arrayContaining(['breastfeeding', 'frail', 'numb-skin']));
    for (const id of [
      'under-5',
      'age-5-11',
      'age-12-15',
      'age-16-17',
      'after-birth',
      'older-frail',
      'weak-immunity',
      'pregnancy',
    ])
      expect(offered).not.toContain(id);
  });
});

describe('backcare remedies shows the groups a remedy is not for', () => {
  it('in the page for one remedy, strictest first, with the week where it matters, and in JSON', () => {
    const page = runCli(['remedies', 'knee-to-chest'], { timeoutMs: 30_000 }).stdout.replace(/\s+/g, ' ');
    expect(page).toContain('Who it is not for, or needs care');
    expect(page).toMatch(/Not for \(under 5\):.*Not for \(pregnancy from week 16\): From about 16 weeks/);
    const json = JSON.parse(runCli(['remedies', 'knee-to-chest', '--json'], { timeoutMs: 30_000 }).stdout) as {
      notFor: { group: string; stance: string; fromWeek: number | null }[];
    };
    expect(json.notFor).toContainEqual(expect.objectContaining({ group: 'pregnancy', stance: 'avoid', fromWeek: 16 }));
    expect(json.notFor.map((g) => g.group)).not.toContain('breastfeeding');
  }, 90_000);

  it('in the list filtered by a group, with the reason', () => {
    const list = runCli(['remedies', '--condition', 'breastfeeding'], { timeoutMs: 30_000 }).stdout.replace(
      /\s+/g,
      ' ',
    );
    expect(list).toContain('nsaid-tablets');
    expect(list).toContain('Ibuprofen is usually fine while breastfeeding');
    expect(list).not.toContain('back-extension');
  }, 90_000);
});
