// The interactive questionnaire through the prompt library's own testing
// screen: real @inquirer prompts, keys typed in, the screen read back.
import { screen } from '@inquirer/testing/vitest';
import { describe, expect, it, vi } from 'vitest';
import { inquirerPrompter } from '../../src/ui/prompter.js';
import { screenStreams } from '../helpers/screen-streams.js';
import { askQuestionnaire } from '../../src/ui/questionnaire.js';
import { loadKnowledgeBase } from '../../src/kb/load.js';
import { MINIMAL_KB } from '../helpers/kb-copy.js';

// backcare's own typed prompt, on the testing screen like the library's prompts.
vi.mock('../../src/ui/typed-prompt.js', async (importOriginal) => {
  const [actual, { wrapPrompt }] = await Promise.all([
    importOriginal<typeof import('../../src/ui/typed-prompt.js')>(),
    import('@inquirer/testing/vitest'),
  ]);
  return { ...actual, typedPrompt: wrapPrompt(actual.typedPrompt) };
});

const kb = loadKnowledgeBase(MINIMAL_KB);
const NOW = new Date('2026-11-21T12:00:00Z');

/** The last item of a checklist that does not wrap round: "None of these" on the conditions list, the last question. */
function tickLast(): void {
  for (let i = 0; i < 30; i++) screen.keypress('down');
  screen.keypress('space');
  screen.keypress('enter');
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
    const flow = askQuestionnaire(kb, {}, await inquirerPrompter(screenStreams()), NOW);
    expect(screen.getScreen()).toContain('[1/7] Numbness between your legs?');
    expect(screen.getScreen()).toContain('Not sure');
    screen.type('y');
    screen.keypress('enter');
    await expect(flow).resolves.toEqual({ answers: { 'saddle-numbness': 'yes' }, stoppedForEmergency: true });
  });

  it('chooses nothing on Enter alone at a warning sign, and says what to type', async () => {
    const flow = askQuestionnaire(kb, {}, await inquirerPrompter(screenStreams()), NOW);
    expect(screen.getScreen()).not.toMatch(/❯|›/);
    screen.keypress('enter'); // the same prompt redraws at once, with the hint
    expect(screen.getScreen()).toContain(
      'Nothing is chosen yet: type y for Yes, n for No or u for Not sure, then press Enter.',
    );
    expect(screen.getScreen()).toContain('[1/7] Numbness between your legs?');
    screen.type('n');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('Do any of these apply to you now?');
    await tickNoneOfThese(1);
    await answerText('35');
    await answerKey('n');
    await answerText('30h');
    await answerKey('1');
    tickLast();
    await expect(flow).resolves.toMatchObject({ answers: { 'saddle-numbness': 'no' } });
  });

  it('asks a concrete follow-up for "not sure"', async () => {
    const flow = askQuestionnaire(kb, {}, await inquirerPrompter(screenStreams()), NOW);
    await answerKey('u');
    expect(screen.getScreen()).toContain('Hard to feel the toilet paper?');
    screen.type('y');
    screen.keypress('enter');
    await expect(flow).resolves.toMatchObject({
      answers: { 'saddle-numbness': 'unsure', 'toilet-paper': 'yes' },
      stoppedForEmergency: true,
    });
  });

  it('walks the whole questionnaire, skipping what does not apply', async () => {
    const flow = askQuestionnaire(kb, {}, await inquirerPrompter(screenStreams()), NOW);
    await answerKey('n'); // saddle-numbness: No
    expect(screen.getScreen()).toContain('Do any of these apply to you now?');
    expect(screen.getScreen()).toContain('A high temperature');
    expect(screen.getScreen()).toContain('None of these');
    screen.keypress('enter'); // Enter alone answers nothing
    await screen.next(); // the checklist validates asynchronously, then redraws with the hint
    expect(screen.getScreen()).toContain('Nothing is ticked yet: tick what applies or "None of these" (space).');
    await tickNoneOfThese(1);
    await answerText('35'); // age
    expect(screen.getScreen()).toContain('Are you pregnant?');
    await answerKey('n'); // pregnant: No, so pregnancy-weeks is skipped
    expect(screen.getScreen()).toContain('When did it start?');
    await answerText('30h');
    screen.keypress('enter'); // Enter alone at a pick-one question chooses nothing, and says so at once
    expect(screen.getScreen()).toContain('Nothing is chosen yet: type a number from 1 to 3, then press Enter.');
    await answerKey('better'); // trend, by its word
    expect(screen.getScreen()).toContain('Any of these?');
    screen.keypress('enter'); // Enter alone with nothing ticked is not "none"
    await screen.next();
    expect(screen.getScreen()).toContain('Nothing is ticked yet');
    tickLast(); // conditions: None of these
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
    const flow = askQuestionnaire(kb, { 'saddle-numbness': 'no' }, await inquirerPrompter(screenStreams()), NOW);
    screen.keypress('down');
    screen.keypress('down');
    screen.keypress('space'); // "Not sure: ask one by one"
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('A high temperature');
    await answerKey('u'); // fever: not sure
    await answerText('70');
    await answerKey('n');
    await answerText('2d');
    await answerKey('3');
    tickLast();
    const { answers } = await flow;
    expect(answers).toMatchObject({ fever: 'unsure', age: 70, trend: 'worse' });
  });

  it('explains a bad time and asks again', async () => {
    const flow = askQuestionnaire(
      kb,
      { 'saddle-numbness': 'no', fever: 'no', age: 40, pregnant: 'no' },
      await inquirerPrompter(screenStreams()),
      NOW,
    );
    screen.type('tomorrow');
    screen.keypress('enter'); // the same prompt redraws at once, with the reason
    expect(screen.getScreen()).toContain('"tomorrow" is in the future: a future time is not allowed');
    await answerText('3h');
    await answerKey('2');
    tickLast();
    await expect(flow).resolves.toMatchObject({ answers: { onset: '2026-11-21T09:00:00.000Z', trend: 'same' } });
  });

  it('takes whole words at a yes/no question, and shows the full question with ?', async () => {
    const flow = askQuestionnaire(kb, {}, await inquirerPrompter(screenStreams()), NOW);
    expect(screen.getScreen()).not.toContain('Is there numbness between your legs?');
    screen.type('?'); // at once, no Enter needed
    expect(screen.getScreen()).toContain('Is there numbness between your legs?');
    expect(screen.getScreen()).toContain('[1/7] Numbness between your legs?');
    await answerKey('not sure');
    expect(screen.getScreen()).toContain('Hard to feel the toilet paper?');
    screen.type('yes');
    screen.keypress('enter');
    await expect(flow).resolves.toEqual({
      answers: { 'saddle-numbness': 'unsure', 'toilet-paper': 'yes' },
      stoppedForEmergency: true,
    });
  });

  it('echoes "None of these" once the conditions are answered', async () => {
    const flow = askQuestionnaire(
      kb,
      {
        'saddle-numbness': 'no',
        fever: 'no',
        age: 40,
        pregnant: 'no',
        onset: '2026-11-21T09:00:00.000Z',
        trend: 'same',
      },
      await inquirerPrompter(screenStreams()),
      NOW,
    );
    tickLast();
    await expect(flow).resolves.toMatchObject({ answers: { conditions: [] } });
    expect(screen.getScreen()).toMatch(/Any of these\? None of these/);
  });
});
