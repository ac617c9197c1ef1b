import { it } from 'vitest';
import { loadKnowledgeBase } from '../../src/kb/load.js';
it('loads', () => {
  try { loadKnowledgeBase('/work/wt/populations/data'); console.log('VALID'); }
  catch (e) { console.log((e as {problems?: unknown[]}).problems ? JSON.stringify((e as {problems: unknown[]}).problems, null, 1).slice(0, 4000) : e); }
});
