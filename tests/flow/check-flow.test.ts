// The interactive questionnaire through the prompt library's own testing
// screen: real @inquirer prompts, keys typed in, the screen read back.
import { screen } from '@inquirer/testing/vitest';
import { describe, expect, it } from 'vitest';
import { inquirerPrompter } from '../../src/ui/prompter.js';
import { askQuestionnaire } from '../../src/ui/questionnaire.js';
import { loadKnowledgeBase } from '../../src/kb/load.js';
import { MINIMAL_KB } from '../helpers/kb-copy.js';

const kb = loadKnowledgeBase(MINIMAL_KB);
const NOW = new Date('2026-11-21T12:00:00Z');

async function answerSelect(downs: number): Promise<void> {
  for (let i = 0; i < downs; i++) screen.keypress('down');
  screen.keypress('enter');
  await screen.next();
}

/** Yes-no questions have nothing preselected: the person types y, n or u. */
async function answerKey(key: string): Promise<void> {
  screen.type(key);
  screen.keypress('enter');
  await screen.next();
}

/** A warning-sign checklist is answered deliberately: "None of these" is ticked, not just Enter. */
async function tickNoneOfThese(items: number): Promise<void> {
  for (let i = 0; i < items; i++) screen.keypress('down');
  screen.keypress('space');
  screen.keypress('enter');
  await screen.next();
}

async function answerText(text: string): Promise<void> {
  screen.type(text);
  screen.keypress('enter');
  await screen.next();
}

describe('the interactive check', () => {
  it('asks the emergency sign first and stops at once on yes', async () => {
    const flow = askQuestionnaire(kb, {}, await inquirerPrompter(), NOW);
    expect(screen.getScreen()).toContain('[1/7] Is there numbness between your legs?');
    expect(screen.getScreen()).toContain('Not sure');
    screen.type('y');
    screen.keypress('enter');
    await expect(flow).resolves.toEqual({ answers: { 'saddle-numbness': 'yes' }, stoppedForEmergency: true });
  });

  it('chooses nothing on Enter alone at a warning sign, and says what to type', async () => {
    const flow = askQuestionnaire(kb, {}, await inquirerPrompter(), NOW);
    expect(screen.getScreen()).not.toMatch(/❯|›/);
    screen.keypress('enter'); // the same prompt redraws at once, with the hint
    expect(screen.getScreen()).toContain('Nothing is chosen yet: type y for Yes, n for No or u for Not sure, then press Enter.');
    expect(screen.getScreen()).toContain('[1/7] Is there numbness between your legs?');
    screen.type('n');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('Do any of these apply to you now?');
    await tickNoneOfThese(1);
    await answerText('35');
    await answerKey('n');
    await answerText('30h');
    await answerSelect(0);
    screen.keypress('enter');
    await expect(flow).resolves.toMatchObject({ answers: { 'saddle-numbness': 'no' } });
  });

  it('asks a concrete follow-up for "not sure"', async () => {
    const flow = askQuestionnaire(kb, {}, await inquirerPrompter(), NOW);
    await answerKey('u');
    expect(screen.getScreen()).toContain('Is it hard to feel toilet paper when you wipe?');
    screen.type('y');
    screen.keypress('enter');
    await expect(flow).resolves.toMatchObject({ answers: { 'saddle-numbness': 'unsure', 'toilet-paper': 'yes' }, stoppedForEmergency: true });
  });

  it('walks the whole questionnaire, skipping what does not apply', async () => {
    const flow = askQuestionnaire(kb, {}, await inquirerPrompter(), NOW);
    await answerKey('n'); // saddle-numbness: No
    expect(screen.getScreen()).toContain('Do any of these apply to you now?');
    expect(screen.getScreen()).toContain('Do you have a high temperature?');
    expect(screen.getScreen()).toContain('None of these');
    screen.keypress('enter'); // Enter alone answers nothing
    await screen.next(); // the checklist validates asynchronously, then redraws with the hint
    expect(screen.getScreen()).toContain('Nothing is ticked yet: tick each one that applies, or "None of these"');
    await tickNoneOfThese(1);
    await answerText('35'); // age
    expect(screen.getScreen()).toContain('Are you pregnant?');
    await answerKey('n'); // pregnant: No, so pregnancy-weeks is skipped
    expect(screen.getScreen()).toContain('When did the pain start?');
    await answerText('30h');
    await answerSelect(0); // trend: better
    expect(screen.getScreen()).toContain('Do any of these apply to you?');
    screen.keypress('enter'); // conditions: none
    const result = await flow;
    expect(result.stoppedForEmergency).toBe(false);
    expect(result.answers).toEqual({
      'saddle-numbness': 'no',
      fever: 'no',
      age: 35,
      pregnant: 'no',
      onset: '2026-11-20T06:00:00.000Z',
      trend: 'better',
      conditions: [],
    });
  });

  it('turns a ticked checklist item into yes and lets the unsure ask one by one', async () => {
    const flow = askQuestionnaire(kb, { 'saddle-numbness': 'no' }, await inquirerPrompter(), NOW);
    screen.keypress('down');
    screen.keypress('down');
    screen.keypress('space'); // "I am not sure about some of these"
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('Do you have a high temperature?');
    await answerKey('u'); // fever: not sure
    await answerText('70');
    await answerKey('n');
    await answerText('2d');
    await answerSelect(2);
    screen.keypress('enter');
    const { answers } = await flow;
    expect(answers).toMatchObject({ fever: 'unsure', age: 70, trend: 'worse' });
  });

  it('explains a bad time and asks again', async () => {
    const flow = askQuestionnaire(kb, { 'saddle-numbness': 'no', fever: 'no', age: 40, pregnant: 'no' }, await inquirerPrompter(), NOW);
    screen.type('tomorrow');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('is neither a time nor a duration');
    for (let i = 0; i < 'tomorrow'.length; i++) screen.keypress('backspace');
    await answerText('3h');
    await answerSelect(1);
    screen.keypress('enter');
    await expect(flow).resolves.toMatchObject({ answers: { onset: '2026-11-21T09:00:00.000Z', trend: 'same' } });
  });
});
