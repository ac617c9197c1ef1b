// Unknown commands and options are suggested by the same closestId as ids in
// files and answers, not by commander's own thresholds.
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import { PROGRAM } from '../../src/cli/registry.js';
import { withSuggestion } from '../../src/cli/suggest-usage.js';

const program = buildProgram(PROGRAM);
const sub = (name: string) => program.commands.find((c) => c.name() === name)!;

describe('did you mean, after a usage error', () => {
  it('suggests the nearest command, or nothing when none is near', () => {
    expect(withSuggestion("unknown command 'chek'", program)).toBe("unknown command 'chek' (Did you mean check?)");
    expect(withSuggestion("unknown command 'valdate'", sub('kb'))).toContain('(Did you mean validate?)');
    expect(withSuggestion("unknown command 'xyzzy'", program)).toBe("unknown command 'xyzzy'");
  });

  it("suggests the nearest of the command's options and the global ones", () => {
    expect(withSuggestion("unknown option '--answr'", sub('check'))).toContain('(Did you mean --answer?)');
    expect(withSuggestion("unknown option '--regon'", sub('warning-signs'))).toContain('(Did you mean --region?)');
    expect(withSuggestion("unknown option '--bogus'", sub('check'))).toBe("unknown option '--bogus'");
  });

  it('leaves every other message alone', () => {
    expect(withSuggestion("option '--days <n>' argument missing", sub('history'))).toBe(
      "option '--days <n>' argument missing",
    );
  });
});
