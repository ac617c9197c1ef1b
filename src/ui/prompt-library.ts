// The prompts backcare uses, and only those: the build bundles this file on
// its own, and naming the prompts lets it leave out the rest of
// @inquirer/prompts (the editor prompt alone brings about 450 kB of text
// encodings). Add a prompt here before using it in prompter.ts.
export { checkbox, select } from '@inquirer/prompts';
export { typedPrompt } from './typed-prompt.js';
