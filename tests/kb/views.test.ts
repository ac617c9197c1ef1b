// The views compiled with the built-in base are the views its parts give: a command that reads a view
// instead of a whole part shows the same names and urgencies.
import { describe, expect, it } from 'vitest';
import { COMPILED_VIEWS, KB_VIEWS, kbView, type CompiledViews, type KbViewName } from '../../src/core/kb-views.js';
import { openKnowledgeBase } from '../../src/kb/source.js';
import { loadKnowledgeBase } from '../../src/kb/load.js';
// Says where the package's own files are, as the build does: the compiled base is read from dist/kb-data/.
import '../helpers/test-io.js';

const NAMES = Object.keys(KB_VIEWS) as KbViewName[];
const term = { stderr: { write: () => true }, env: {} };

describe('knowledge-base views', () => {
  it.each(NAMES)('%s, as compiled into dist/, is what the parts in data/ give', async (name) => {
    const compiled = (await openKnowledgeBase(undefined, term)) as CompiledViews;
    const reader = compiled[COMPILED_VIEWS];
    expect(reader, 'the built-in base reads its compiled views').toBeTypeOf('function');
    expect(reader?.(name)).toEqual(KB_VIEWS[name](loadKnowledgeBase('data')));
  });

  it.each(NAMES)('%s is worked out from the parts for a base without compiled views', (name) => {
    const kb = loadKnowledgeBase('data');
    expect(kbView(kb, name)).toEqual(KB_VIEWS[name](kb));
    expect(kbView(kb, name).length).toBeGreaterThan(10);
  });
});
