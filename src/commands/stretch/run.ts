// backcare stretch [--routine NAME] [--plan] [--json] …
import { lookupById } from '../../core/remedies.js';
import { stretchSession } from '../../ui/countdown/stretch.js';
import type { Io } from '../../cli/io.js';
import { runSession } from '../../cli/countdown.js';
import { unwrap } from '../../cli/command-support.js';
import type { Input, OptionsOf } from '../../cli/spec.js';
import type { stretchOptions } from './options.js';

type StretchOptions = OptionsOf<typeof stretchOptions>;

export async function run(options: Input<StretchOptions>, io: Io): Promise<void> {
  const ctx = await io.context({ json: options.json });
  const routines = ctx.kb.routines.routines;
  const hint = `use one of: ${routines.map((r) => r.id).join(', ')}`;
  const routine =
    options.routine === undefined ? routines[0] : unwrap(lookupById(routines, options.routine, 'routine', hint));
  if (!routine) throw new Error('the knowledge base has no stretch routine');
  await runSession(ctx, stretchSession(ctx.kb, routine), options, io);
}
