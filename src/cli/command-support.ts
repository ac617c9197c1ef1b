// Small helpers that several commands use.
import type { KnowledgeBase } from '../kb/types.js';
import { resolveRegion, type ResolvedRegion } from '../core/region.js';
import { UsageError } from '../runtime/errors.js';
import type { Context } from './context.js';
import { writeErr } from '../runtime/term.js';

/** Turns a failed lookup into a usage error (exit 2) with its message. */
export function unwrap<T>(lookup: { ok: true; value: T } | { ok: false; message: string }): T {
  if (!lookup.ok) throw new UsageError(lookup.message);
  return lookup.value;
}

export function kbInfo(kb: KnowledgeBase): Record<string, string> {
  return { lastReviewed: kb.meta.lastReviewed, nextReview: kb.meta.nextReview, disclaimer: kb.meta.disclaimer };
}

/** The region for emergency numbers; an unknown code warns once on stderr and falls back to the common numbers. */
export function regionOf(ctx: Context): ResolvedRegion {
  const lookup = resolveRegion(ctx.kb.emergency, ctx.globals.region, ctx.term.env);
  if (lookup.warning) writeErr(ctx.term, `backcare: ${lookup.warning}\n`);
  return lookup.resolved;
}

/** The command as the person started it: `npx backcare` when npm ran it (npx, npm exec), else `backcare`. */
export function invokedAs(env: NodeJS.ProcessEnv): string {
  return env.npm_command === 'exec' ? 'npx backcare' : 'backcare';
}
