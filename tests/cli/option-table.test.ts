// One option added to one table reaches everything made from the tables:
// commander's parsing and the direct reading, --help, the man page, the
// completion script and the options' TypeScript type.
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Command } from 'commander';
import { completionTree } from '../../src/cli/completion-tree.js';
import { manPage } from '../../src/cli/man-page.js';
import { buildProgram } from '../../src/cli/program.js';
import { parseDirect } from '../../src/cli/direct-parse.js';
import { helpPage } from '../../src/cli/help-page.js';
import { COMMANDS, PROGRAM } from '../../src/cli/registry.js';
import type { CommandSpec, OptionSpec, OptionsOf } from '../../src/cli/spec.js';
import { scriptFor } from '../../src/commands/completion/run.js';
import type { remediesOptions } from '../../src/commands/remedies/options.js';
import { knowledgeBaseLists } from '../../src/core/completion-values.js';
import { loadKnowledgeBase } from '../../src/kb/load.js';
import { MINIMAL_KB } from '../helpers/kb-copy.js';

const FAKE = {
  flag: '--fake-shade',
  short: '-F',
  value: 'shade',
  description: 'a fake option that only this test adds',
  complete: ['crimson', 'teal'],
} as const satisfies OptionSpec;

const received: Record<string, unknown>[] = [];
const commands: CommandSpec[] = COMMANDS.map((c) =>
  c.name === 'remedies'
    ? {
        ...c,
        options: [...(c.options ?? []), FAKE],
        load: async () => ({ run: async (input: Record<string, unknown>) => void received.push(input) }),
      }
    : c,
);
const program: CommandSpec = { ...PROGRAM, subcommands: commands };
const kb = loadKnowledgeBase(MINIMAL_KB, 'kb');

function quietProgram(): Command {
  const built = buildProgram(program);
  built.exitOverride();
  return built;
}

describe('an option added to one table', () => {
  it('is parsed by commander, short and long', async () => {
    received.length = 0;
    await quietProgram().parseAsync(['node', 'backcare', 'remedies', '--fake-shade', 'teal']);
    await quietProgram().parseAsync(['node', 'backcare', 'remedies', '-F', 'crimson']);
    expect(received.map((o) => o.fakeShade)).toEqual(['teal', 'crimson']);
  });

  it('is read by the direct reading, short and long', () => {
    const read = (tokens: string[]) => {
      const line = parseDirect(tokens, program, {});
      return line?.kind === 'run' ? line.input.fakeShade : undefined;
    };
    expect([read(['remedies', '--fake-shade', 'teal']), read(['remedies', '-F', 'crimson'])]).toEqual([
      'teal',
      'crimson',
    ]);
    expect(parseDirect(['remedies', '--fake-shade', 'teal'], PROGRAM, {})).toBeUndefined();
  });

  it('is in --help, whichever way the line is read', () => {
    const remedies = quietProgram().commands.find((c) => c.name() === 'remedies')!;
    const line = /-F, --fake-shade <shade>\s+a fake option that only this test adds/;
    expect(remedies.helpInformation()).toMatch(line);
    const spec = commands.find((c) => c.name === 'remedies')!;
    expect(helpPage([program, spec], 80)).toMatch(line);
  });

  it('is in the man page, under its command', () => {
    const page = manPage('0.0.0', program);
    const section = page.slice(page.indexOf('.SS backcare remedies'), page.indexOf('.SS backcare ice'));
    expect(section).toContain('.B \\-F, \\-\\-fake\\-shade <shade>\na fake option that only this test adds');
    expect(manPage('0.0.0')).not.toContain('fake');
  });

  it('is in the completion scripts, with its values', () => {
    expect(scriptFor('bash', program, kb)).toContain(
      '"remedies""|--fake-shade" | "remedies""|-F") echo "crimson teal" ;;',
    );
    expect(scriptFor('fish', program, kb)).toContain(
      '-n "__fish_seen_subcommand_from remedies" -l fake-shade -s F -xa "crimson teal"',
    );
    expect(scriptFor('bash', PROGRAM, kb)).not.toContain('fake');
  });

  it('is in the options type the command receives', () => {
    type WithFake = OptionsOf<readonly [...typeof remediesOptions, typeof FAKE]>;
    expectTypeOf<WithFake>().toHaveProperty('fakeShade').toEqualTypeOf<string | undefined>();
    expectTypeOf<OptionsOf<typeof remediesOptions>>().not.toHaveProperty('fakeShade');
  });
});

describe('the option types', () => {
  it('follow commander: camel case, negations and lists always present, choices and parsers typed', () => {
    const table = [
      { flag: '--fail-on', value: 'level', description: '' },
      { flag: '--no-input', description: '' },
      { flag: '--answer', value: 'a', repeatable: true, description: '' },
      { flag: '--mode', value: 'm', choices: ['ice', 'heat'], description: '' },
      { flag: '--days', value: 'n', parse: (v: string) => Number(v), description: '' },
      { flag: '--helped', value: 'ids', variadic: true, description: '' },
    ] as const satisfies readonly OptionSpec[];
    expectTypeOf<OptionsOf<typeof table>>().toEqualTypeOf<
      { input: boolean; answer: string[] } & {
        failOn?: string;
        mode?: 'ice' | 'heat';
        days?: number;
        helped?: string[];
      }
    >();
  });
});

describe('completion sources', () => {
  it('name lists the knowledge base has', () => {
    const lists = knowledgeBaseLists(kb);
    const named: string[] = [];
    const walk = (spec: CommandSpec): void => {
      for (const source of [...(spec.options ?? []), ...(spec.arguments ?? [])].map((o) => o.complete)) {
        if (typeof source === 'object' && 'list' in source) named.push(source.list);
      }
      spec.subcommands?.forEach(walk);
    };
    walk(PROGRAM);
    expect(named.length).toBeGreaterThan(5);
    expect(named.filter((name) => !lists[name])).toEqual([]);
    expect(completionTree(PROGRAM, lists).subcommands.find((c) => c.name === 'learn')?.args.values).toEqual(
      lists.topics ?? [],
    );
  });
});
