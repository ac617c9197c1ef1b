// data/learn.yaml: the schema and the cross-references `kb validate` checks.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadKnowledgeBase } from '../../src/kb/load.js';
import { copyKb, problemsOf } from '../helpers/kb-copy.js';

const SHIPPED = join(import.meta.dirname, '..', '..', 'data');

describe('learn.yaml', () => {
  it('ships the topics the issue asks for, each with a summary and sourced sections', () => {
    const { learn } = loadKnowledgeBase(SHIPPED);
    expect(learn.topics.map((t) => t.id)).toEqual([
      'spasm',
      'cycle',
      'causes',
      'risk-factors',
      'diagnosis',
      'duration',
      'prevention',
      'recurring',
      'pregnancy',
      'children',
    ]);
    for (const section of learn.topics.flatMap((t) => t.sections)) {
      if (section.text !== undefined)
        expect([section.heading, section.evidence, section.sources?.length]).not.toContain(undefined);
    }
  });

  it('takes how long it lasts from timelines.yaml by reference, not as copied text', () => {
    const { learn } = loadKnowledgeBase(SHIPPED);
    const duration = learn.topics.find((t) => t.id === 'duration');
    expect(duration?.sections.flatMap((s) => s.recovery)).toContain('pain-halves-in-first-month');
    expect(JSON.stringify(duration)).not.toMatch(/58|73%|82%/);
  });

  it('needs an evidence level and sources on a section that makes a claim', () => {
    const kb = copyKb();
    kb.edit('learn.yaml', (t) => t.replace('        evidence: low\n        sources: [test-guideline]\n', ''));
    expect(problemsOf(kb.dir)).toEqual([
      'kb/learn.yaml:7:9 topics[0].sections[0].evidence: a section with text needs an evidence level (high, ' +
        'moderate, low, very-low, insufficient or convention)',
      'kb/learn.yaml:7:9 topics[0].sections[0].sources: a section with text needs sources (ids from sources.yaml)',
    ]);
  });

  it('rejects an evidence level the rest of the base does not use', () => {
    const kb = copyKb();
    kb.edit('learn.yaml', (t) => t.replace('evidence: low', 'evidence: strong'));
    expect(problemsOf(kb.dir)[0]).toMatch(
      /^kb\/learn\.yaml:9:19 topics\[0\]\.sections\[0\]\.evidence: expected one of high, moderate, low/,
    );
  });

  it('reports unknown sources, remedies, warning signs, timeline entries and topics with a suggestion', () => {
    const kb = copyKb();
    kb.edit('learn.yaml', (t) =>
      t
        .replace('sources: [test-guideline]', 'sources: [test-guidline]')
        .replace('warningSigns: [saddle-numbness]', 'warningSigns: [sadle-numbness]')
        .replace('remedies: [heat-pack]', 'remedies: [heat-pak]')
        .replace('recovery: [most-improve]', 'recovery: [most-improved]')
        .replace('followUps: [not-improving]', 'followUps: [not-improvin]')
        .replace('related: [prevention]', 'related: [prevent-it]'),
    );
    expect(problemsOf(kb.dir)).toEqual([
      'kb/learn.yaml:10:19 topics[0].sections[0].sources[0]: unknown source id "test-guidline" (did you mean ' +
        '"test-guideline"?)',
      'kb/learn.yaml:11:24 topics[0].sections[0].warningSigns[0]: unknown warning sign id "sadle-numbness" ' +
        '(did you mean "saddle-numbness"?)',
      'kb/learn.yaml:12:15 topics[0].related[0]: unknown topic id "prevent-it" (did you mean "prevention"?)',
      'kb/learn.yaml:22:20 topics[1].sections[0].remedies[0]: unknown remedy id "heat-pak" (did you mean "heat-pack"?)',
      'kb/learn.yaml:24:20 topics[1].sections[1].recovery[0]: unknown recovery fact id "most-improved" (did ' +
        'you mean "most-improve"?)',
      'kb/learn.yaml:25:21 topics[1].sections[1].followUps[0]: unknown follow-up id "not-improvin" (did you ' +
        'mean "not-improving"?)',
    ]);
  });

  it('lets a typed word lead to one topic only', () => {
    const kb = copyKb();
    kb.edit('learn.yaml', (t) =>
      t
        .replace('keywords: [what]', 'keywords: [what, posture]')
        .replace('keywords: [posture, prevent]', 'keywords: [posture, prevent, spasm]'),
    );
    expect(problemsOf(kb.dir)).toEqual([
      'kb/learn.yaml:16:16 topics[1].keywords[0]: "posture" already leads to topic "spasm"; a word can lead ' +
        'to one topic only',
      'kb/learn.yaml:16:34 topics[1].keywords[2]: "spasm" already leads to topic "spasm"; a word can lead to ' +
        'one topic only',
    ]);
  });

  it('needs text or timeline entries in a section', () => {
    const kb = copyKb();
    kb.edit('learn.yaml', (t) =>
      t.replace('        recovery: [most-improve]\n        followUps: [not-improving]\n', ''),
    );
    expect(problemsOf(kb.dir)).toEqual([
      'kb/learn.yaml:23:9 topics[1].sections[1].text: a section needs text, or recovery or followUps ids from ' +
        'timelines.yaml',
    ]);
  });

  it('lets one place point to one topic only', () => {
    const kb = copyKb();
    kb.edit('learn.yaml', (t) =>
      t
        .replace('    related: [prevention]\n', '    related: [prevention]\n    offeredFrom: [episode-end]\n')
        .replace('  - id: prevention\n', '  - id: prevention\n    offeredFrom: [episode-end]\n'),
    );
    expect(problemsOf(kb.dir)).toEqual([
      'kb/learn.yaml:15:19 topics[1].offeredFrom[0]: episode-end already offers topic "spasm"; one topic per place',
    ]);
  });
});
