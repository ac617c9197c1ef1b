// The regular-medicines question in a terminal, with the shipped knowledge
// base: one checklist, every choice visible at once, "not sure" tickable.
import { screen } from '@inquirer/testing/vitest';
import { expect, it } from 'vitest';
import { inquirerPrompter } from '../../src/ui/prompter.js';
import { screenStreams } from '../helpers/screen-streams.js';
import { askQuestionnaire } from '../../src/ui/questionnaire.js';
import { answersFor, kb, NOW } from '../helpers/scenario.js';

it('asks about regular medicines on one screen, with every choice and "not sure" in view', async () => {
  const { medicines: _left, ...given } = answersFor({});
  const flow = askQuestionnaire(kb, given, await inquirerPrompter(screenStreams()), NOW);
  const shown = screen.getScreen();
  expect(shown).toContain('Do you take any of these medicines regularly?');
  for (const choice of kb.questions.questions.find((q) => q.id === 'medicines')?.choices ?? [])
    expect(shown).toContain(choice.label);
  for (let i = 0; i < 7; i++) screen.keypress('down');
  screen.keypress('space'); // "not sure", the last choice
  screen.keypress('enter');
  await expect(flow).resolves.toMatchObject({ answers: { medicines: ['not-sure'] }, stoppedForEmergency: false });
});
