// Small slices of the knowledge base, for commands that need only a little of a large part: learn
// and history name remedies, learn lists warning signs by urgency, check's safety net lists them,
// and pages cite sources by publisher, title and address. The built-in base has them compiled
// (dist/kb-data/views/), so those commands never parse the whole part; for a --kb folder they are
// worked out from the parts. Each slice is a function of the parts, so the two cannot disagree.
import type { KnowledgeBase } from '../kb/types.js';
import { remembered } from './remembered.js';

export const KB_VIEWS = {
  remedyNames: (kb: KnowledgeBase) => kb.remedies.remedies.map(({ id, name }) => ({ id, name })),
  warningSignsInBrief: (kb: KnowledgeBase) =>
    kb.warningSigns.warningSigns.map(({ id, urgency, sign, short }) => ({ id, urgency, sign, short })),
  sourcesInBrief: (kb: KnowledgeBase) =>
    kb.sources.sources.map(({ id, publisher, title, url }) => ({ id, publisher, title, url })),
} as const;

export type KbViewName = keyof typeof KB_VIEWS;
export type KbView<N extends KbViewName> = ReturnType<(typeof KB_VIEWS)[N]>;
export type WarningSignInBrief = KbView<'warningSignsInBrief'>[number];
export type SourceInBrief = KbView<'sourcesInBrief'>[number];

/**
 * Where a base keeps a reader of its compiled views. Symbol.for, not Symbol: the base is made in one
 * bundle and read in another.
 */
export const COMPILED_VIEWS: unique symbol = Symbol.for('backcare.compiledViews');

export interface CompiledViews {
  [COMPILED_VIEWS]?: (name: KbViewName) => unknown;
}

const worked = new WeakMap<KnowledgeBase, Map<KbViewName, unknown>>();

/** A slice of the base: compiled, where the base has it, else worked out once from its parts. */
export function kbView<N extends KbViewName>(kb: KnowledgeBase, name: N): KbView<N> {
  const views = remembered(worked, kb, () => new Map<KbViewName, unknown>());
  return remembered(
    views,
    name,
    () => (kb as CompiledViews)[COMPILED_VIEWS]?.(name) ?? KB_VIEWS[name](kb),
  ) as KbView<N>;
}
