// The direct reading of the command line (src/cli/direct-parse.ts) against
// commander, the reference: over thousands of lines made from the real option
// tables, every line the direct reading accepts must give what commander gives
// (the same command, options, arguments and global options, or the same help),
// and the everyday lines must be accepted, or the start-up gains nothing.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { Command } from 'commander';
import { parseDirect, type DirectLine } from '../../src/cli/direct-parse.js';
import { VERSION_OPTION } from '../../src/cli/global-options.js';
import { helpPage } from '../../src/cli/help-page.js';
import { buildProgram } from '../../src/cli/program.js';
import { PROGRAM } from '../../src/cli/registry.js';
import type { CommandSpec, OptionSpec } from '../../src/cli/spec.js';
import { versionText } from '../../src/cli/version.js';
// For the constants a build defines: the version, and where the package's files are.
import '../helpers/test-io.js';

interface Received {
  path: string;
  input: Record<string, unknown>;
  globals: Record<string, unknown>;
}

let received: Received | undefined;

/** The real specs, each command's code replaced by a recorder. */
function recording(spec: CommandSpec, path: string[] = []): CommandSpec {
  const here = path.length === 0 ? [] : path;
  return {
    ...spec,
    subcommands: spec.subcommands?.map((s) => recording(s, [...here, s.name])),
    load: spec.load && (async () => ({ run: async (input: Record<string, unknown>) => record(input) })),
    ...(path.length > 0 ? { name: spec.name } : {}),
  };
}

const program = recording(PROGRAM);

function record(input: Record<string, unknown>): void {
  received = { path: '', globals: {}, ...received, input };
}

/** What commander makes of the line: a command run with its input, help or version text, or an error. */
async function viaCommander(tokens: readonly string[]): Promise<unknown> {
  received = undefined;
  let printed = '';
  const built = buildProgram(program, {
    stdout: {
      write: (s: string) => {
        printed += s;
        return true;
      },
    } as unknown as NodeJS.WritableStream,
    io: (globals) => {
      received = { path: '', input: {}, globals: { ...globals } };
      return {} as never;
    },
  });
  const quiet = (cmd: Command): void => {
    cmd.exitOverride();
    cmd.configureOutput({ writeOut: (s) => (printed += s), writeErr: () => undefined, getOutHelpWidth: () => 80 });
    cmd.commands.forEach(quiet);
  };
  quiet(built);
  try {
    await built.parseAsync(tokens, { from: 'user' });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'commander.helpDisplayed' || code === 'commander.help') return { help: printed };
    if (code === 'commander.version') return { version: printed };
    return { error: code };
  }
  const got = received as Received | undefined;
  if (!got) return { ranNothing: true };
  return { run: got.input, globals: got.globals, args: undefined };
}

/** The same shape from the direct reading, for the lines it accepts. */
function asCommanderWould(line: DirectLine): unknown {
  if (line.kind === 'version') return { version: versionText() };
  if (line.kind === 'help') return { help: helpPage(line.path, 80, line.path.length === 1 ? [VERSION_OPTION] : []) };
  const { args: _, ...options } = line.input;
  return { run: { ...options, args: line.input.args }, globals: line.globals, args: undefined };
}

/** A small deterministic generator, so a failure names a line that fails again. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const WORDS = ['5', 'ice-pack', 'prevention', 'how', 'long', 'help', 'check', 'start', '-', '', 'x y', '-5'];
const VALUES = ['GB', '30h', '08:00', 'json', 'text', 'ice', 'heat', 'a.yaml', '', '-', '-x', '--json', 'urgent'];
const ODD = ['--', '-h', '--help', '-V', '--bogus', '-qz', '--json=1', '--no-json', '-'];

function leaves(spec: CommandSpec, path: string[] = []): { path: string[]; spec: CommandSpec }[] {
  const subs = spec.subcommands ?? [];
  return [...(spec.load ? [{ path, spec }] : []), ...subs.flatMap((s) => leaves(s, [...path, s.name]))];
}

function optionTokens(option: OptionSpec, pick: <T>(xs: readonly T[]) => T): string[] {
  const name = pick([option.flag, option.short ?? option.flag]);
  if (option.value === undefined) return [name];
  const value = pick([...(option.choices ?? []), ...VALUES]);
  return pick([0, 1]) === 0 && name.startsWith('--') ? [`${name}=${value}`] : [name, value];
}

function lines(count: number): string[][] {
  const next = random(19);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const all = leaves(program).filter((l) => l.path.length > 0);
  return Array.from({ length: count }, () => {
    const leaf = pick(all);
    const globals = PROGRAM.options ?? [];
    const tokens = [...leaf.path];
    for (let n = Math.floor(next() * 5); n > 0; n--) {
      const kind = next();
      const local = leaf.spec.options ?? [];
      if (kind < 0.45 && local.length > 0) tokens.push(...optionTokens(pick(local), pick));
      else if (kind < 0.6) tokens.push(...optionTokens(pick(globals), pick));
      else if (kind < 0.9) tokens.push(pick(WORDS));
      else tokens.push(pick(ODD));
    }
    if (next() < 0.15) tokens.unshift(...optionTokens(pick(globals), pick));
    return tokens;
  });
}

/** Environments, each with how many of the lines the direct reading must take at least. */
const ENVIRONMENTS: [Record<string, string | undefined>, number][] = [
  [{}, 100],
  [{ BACKCARE_REGION: 'US' }, 100],
  // Commander refuses an empty --kb from the environment, whatever the line: so does the direct reading.
  [{ BACKCARE_KB: '' }, 0],
  [{ BACKCARE_KB: '/kb', BACKCARE_REGION: '' }, 100],
];
const saved = { kb: process.env.BACKCARE_KB, region: process.env.BACKCARE_REGION };

function setEnv(env: Record<string, string | undefined>): void {
  for (const key of ['BACKCARE_KB', 'BACKCARE_REGION']) {
    if (env[key] === undefined) delete process.env[key];
    else process.env[key] = env[key];
  }
}

beforeEach(() => setEnv({}));
afterAll(() => setEnv({ BACKCARE_KB: saved.kb, BACKCARE_REGION: saved.region }));

describe('the direct reading of the command line', () => {
  it.each(ENVIRONMENTS.map(([env, least], i) => [i, env, least] as const))(
    'agrees with commander on every line it accepts (environment %i)',
    async (_, env, least) => {
      setEnv(env);
      let accepted = 0;
      for (const tokens of lines(700)) {
        const direct = parseDirect(tokens, program, env);
        if (direct === undefined) continue;
        accepted++;
        const expected = await viaCommander(tokens);
        expect({ tokens, got: asCommanderWould(direct) }).toEqual({ tokens, got: expected });
      }
      // Enough of the lines are read directly for the comparison to mean something.
      expect(accepted).toBeGreaterThanOrEqual(least);
    },
    60_000,
  );

  it.each([
    [['remedies']],
    [['remedies', 'ice-pack', '--json']],
    [['warning-signs', '--region', 'GB']],
    [['--region', 'GB', 'warning-signs']],
    [['learn', 'how', 'long']],
    [['check', '--no-input', '--answers', 'calm.json']],
    [['check', '--answers', '-', '--json']],
    [['log', '5', '--helped', 'ice', 'walking', '--note', 'after a walk']],
    [['history', '--days', '7']],
    [['episode', 'status']],
    [['--help']],
    [['remedies', '--help']],
    [['help', 'check']],
    [['--version']],
  ])('reads the everyday line %j itself, as commander would', async (tokens) => {
    const direct = parseDirect(tokens, program, {});
    expect(direct).toBeDefined();
    const expected = await viaCommander(tokens);
    expect(asCommanderWould(direct!)).toEqual(expected);
  });

  it.each([
    [[]],
    [['remedies', '--bogus']],
    [['remedies', '--phase']],
    [['remedies', '--', '--json']],
    [['check', '-qz']],
    [['check', '--answer', '--json']],
    [['ice-heat-timer', '--mode', 'lukewarm']],
    [['log', '-5']],
    [['episode']],
    [['kb']],
    [['nonsense']],
    [['remedies', 'a', 'b']],
    [['completion']],
    [['--region', 'GB']],
    [['help', 'episode', 'start']],
    [['--json', 'remedies']],
  ])('leaves %j to commander', (tokens) => {
    expect(parseDirect(tokens, program, {})).toBeUndefined();
  });

  it('leaves a line to commander when an environment variable holds a value commander refuses', () => {
    expect(parseDirect(['remedies'], program, { BACKCARE_KB: '' })).toBeUndefined();
    expect(parseDirect(['remedies'], program, { BACKCARE_KB: '/kb' })).toMatchObject({ globals: { kb: '/kb' } });
  });
});
