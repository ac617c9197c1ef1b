// How hard the words a person reads first are to read: every question's short
// form and every emergency text, by the Flesch–Kincaid grade (grade 6 is a
// reading age of about 11). A text above its limit fails unless it is listed
// below as an exception, with the reason it needs its harder words.
import { describe, expect, it } from 'vitest';
import { readingLevel, syllablesIn } from '../../src/core/reading-level.js';
import { kb } from '../helpers/scenario.js';

/** All short forms read one after another, as a person meets them. */
const SHORT_FORMS_TOGETHER_MAX = 6;
/** One short form: a fragment of a few words swings the grade, so a little headroom. */
const SHORT_FORM_MAX = 8;
/** The emergency texts read together (each sign as it is listed, and the action). */
const EMERGENCY_TOGETHER_MAX = 9;
/** One emergency text. */
const EMERGENCY_TEXT_MAX = 10;

/** Texts allowed above their limit, and why. */
const EXCEPTIONS: Record<string, string> = {
  'sexual-function-change':
    'erections, ejaculating and vagina are the exact words for a cauda equina sign; a vaguer word could hide it',
  'takes-medicines':
    '"regularly" and "aspirin" are the words for the medicines it stands for; "every day" would leave out ' +
    'those taken weekly, such as methotrexate',
  'weak-immunity':
    "immune, transplant and biologic are the words on the person's own treatment, and what they will recognise",
  'sign:sexual-function-change': 'as for the question: the exact words for the sign',
  'sign:fever-with-nerve-signs':
    'one long list of the infection risks (drugs, weak immunity, steroids, recent spine treatment) together ' +
    'with nerve signs; to be split into shorter sentences',
  'sign:cancer-with-nerve-signs':
    'lists every nerve sign that makes a past cancer an emergency; to be split into shorter sentences',
  'sign:spine-procedure-with-nerve-signs':
    'lists every nerve sign after spine treatment; to be split into shorter sentences',
  'levels.emergency':
    '"emergency" (4 syllables) twice: the words people must hear are "emergency number" and "emergency department"',
};

const shortForms = kb.questions.questions.map((q) => ({ id: q.id, text: q.short ?? '' }));
const groupTitles = (kb.questions.groups ?? []).map((g) => ({ id: g.id, text: g.short ?? g.title }));
const emergencyTexts = [
  ...kb.warningSigns.warningSigns
    .filter((w) => w.urgency === 'emergency')
    .map((w) => ({ id: `sign:${w.id}`, text: w.sign })),
  { id: 'levels.emergency', text: kb.warningSigns.levels.emergency },
  { id: 'rules.emergency.action', text: kb.rules.levels.emergency.action },
];

/** Read together: each text its own sentence. */
function together(texts: readonly { text: string }[]): string {
  return texts.map((t) => t.text.replace(/[^.?!]$/, (end) => `${end}.`)).join(' ');
}

function overLimit(texts: readonly { id: string; text: string }[], max: number): string[] {
  return texts
    .filter((t) => readingLevel(t.text).grade > max && !(t.id in EXCEPTIONS))
    .map((t) => `${t.id} (grade ${readingLevel(t.text).grade}): ${t.text}`);
}

describe('reading level', () => {
  it('counts syllables the way a reader says them, near enough', () => {
    expect(
      [
        ['take', 1],
        ['pain', 1],
        ['numbness', 2],
        ['tingling', 2],
        ['emergency', 4],
        ['bottom', 2],
        ['38', 1],
      ].map(([w]) => syllablesIn(String(w))),
    ).toEqual([1, 1, 2, 2, 4, 2, 1]);
    expect(readingLevel('The cat sat on the mat.').grade).toBeLessThan(1);
    expect(
      readingLevel('Contemporaneous documentation necessitates comprehensive interdisciplinary consideration.').grade,
    ).toBeGreaterThan(20);
  });

  it(`keeps the short forms and group titles together at grade ${SHORT_FORMS_TOGETHER_MAX} or below`, () => {
    expect(readingLevel(together([...shortForms, ...groupTitles])).grade).toBeLessThanOrEqual(SHORT_FORMS_TOGETHER_MAX);
  });

  it(`keeps each short form at grade ${SHORT_FORM_MAX} or below, but for the listed exceptions`, () => {
    expect(overLimit([...shortForms, ...groupTitles], SHORT_FORM_MAX)).toEqual([]);
  });

  it(`keeps the emergency texts together at grade ${EMERGENCY_TOGETHER_MAX} or below`, () => {
    expect(readingLevel(together(emergencyTexts)).grade).toBeLessThanOrEqual(EMERGENCY_TOGETHER_MAX);
  });

  it(`keeps each emergency text at grade ${EMERGENCY_TEXT_MAX} or below, but for the listed exceptions`, () => {
    expect(overLimit(emergencyTexts, EMERGENCY_TEXT_MAX)).toEqual([]);
  });

  it('lists only exceptions that are still needed', () => {
    const all = [...shortForms, ...groupTitles, ...emergencyTexts];
    const limitOf = (id: string): number =>
      emergencyTexts.some((t) => t.id === id) ? EMERGENCY_TEXT_MAX : SHORT_FORM_MAX;
    const unneeded = Object.keys(EXCEPTIONS).filter((id) => {
      const found = all.find((t) => t.id === id);
      return !found || readingLevel(found.text).grade <= limitOf(id);
    });
    expect(unneeded).toEqual([]);
  });
});
