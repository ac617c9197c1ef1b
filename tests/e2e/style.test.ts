// Colour adds escape codes and nothing else: stripping them gives the plain text.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// eslint-disable-next-line no-control-regex
const strip = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');

describe('colour', () => {
  it.each([[['remedies']], [['warning-signs']], [['remedies', 'ice-pack']]])('changes nothing but escape codes in %j', (args) => {
    const plain = runCli(args).stdout;
    const coloured = runCli(args, { env: { FORCE_COLOR: '1' } }).stdout;
    expect(coloured).not.toBe(plain);
    expect(strip(coloured)).toBe(plain);
  });
});
