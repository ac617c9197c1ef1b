// backcare check: answers from flags and files first, prompts only for what is
// missing and only when a person is at a terminal, then one core triage.
import { describeAllowed, type Answers } from '../../core/check/answers.js';
import { buildCarePlan, type CarePlan } from '../../core/check/care-plan.js';
import type { Episode } from '../../core/diary/types.js';
import { calendarRequest, writeCalendar, type CalendarRequest } from '../../cli/calendar-output.js';
import { missingQuestions, orderedQuestions, shortForm } from '../../core/check/questionnaire.js';
import { isAtLeast, triage } from '../../core/check/triage.js';
import { CARE_LEVELS, toSeconds, type CareLevel } from '../../core/vocabulary.js';
import { EXIT, UsageError } from '../../runtime/errors.js';
import { describeOutcome, type CheckOutcome } from '../../ui/render/check-outcome.js';
import { emergencyLine, renderSummaryAgain, type NextHints } from '../../ui/render/check.js';
import { toJson } from '../../ui/render/json.js';
import { outputWidth, writeErr, writeOut } from '../../runtime/term.js';
import { wrap } from '../../ui/wrap.js';
import { collectAnswers, conflictMessage } from './answers.js';
import { followUpProblems, mostCautious } from './consistency.js';
import { beforeRefusal, showEmergencyAmong } from './emergency-first.js';
import { diaryJson, printOutcome } from './print-outcome.js';
import { withImpliedParents } from '../../core/check/follow-ups.js';
import {
  episodeOnsetNote,
  offerEpisode,
  openEpisodeForCheck,
  recordCheck,
  withEpisodeOnset,
  type DiaryLink,
} from './diary.js';
import type { Context } from '../../cli/context.js';
import type { Io } from '../../cli/io.js';
import { invokedAs, regionOf } from '../../cli/command-support.js';
import { echoed } from '../../core/echo.js';
import type { Input, OptionsOf } from '../../cli/spec.js';
import { CHECK_FORMATS, checkFormat, type checkOptions } from './options.js';

type CheckOptions = OptionsOf<typeof checkOptions>;

declare const __BACKCARE_VERSION__: string;

export { beforeRefusal };

export async function run(asGiven: Input<CheckOptions>, io: Io): Promise<number> {
  const { options, failOn, calendar } = await readOptions(asGiven, io);
  const ctx = await io.context({ json: options.json });
  if (options.questions) {
    writeOut(ctx.term, options.json ? toJson({ questions: questionList(ctx) }) : renderQuestionList(ctx));
    return EXIT.ok;
  }
  // Everything that could fail is read before the first question: a region, a
  // file or an answer that is wrong must never cost a person their result.
  const region = regionOf(ctx);
  const now = io.now();
  const episode = await openEpisodeForCheck(ctx.term);
  const collected = await collectAnswers(ctx.kb, options.answers ?? [], options.answer ?? [], now, () => io.stdin);
  const problems = [
    ...collected.problems,
    ...collected.conflicts.map(conflictMessage),
    ...followUpProblems(ctx.kb, collected),
  ];
  if (problems.length > 0) {
    showEmergencyAmong(ctx, mostCautious(ctx.kb, collected, now), region, options.json === true, now);
    throw new UsageError(problems.join('; '));
  }
  // A yes to a follow-up whose parent was not given counts: the parent is taken as the answer that asks it.
  const given = withImpliedParents(ctx.kb, collected.answers);
  // Flags and files first; the open episode answers "when did it start" only if they did not.
  const fromEpisode = withEpisodeOnset(ctx.kb, given, episode);
  if (fromEpisode.used && episode && !options.json) ctx.term.stderr.write(episodeOnsetNote(episode, now));
  const { answers, complete } = await completeAnswers(ctx, io, fromEpisode.answers, options, now);
  const result = triage(ctx.kb, answers, now);
  const plan = result.level === 'emergency' ? undefined : buildCarePlan(ctx.kb, result, now);
  const outcome = describeOutcome(ctx.kb, result, plan, region, answers, complete);
  const diary: DiaryLink = {
    episode,
    onsetFromEpisode: fromEpisode.used,
    recorded: episode ? recordCheck(ctx.term, episode, result, answers, complete, now) : false,
  };

  // No episode yet: offer one to a person at a terminal (never in an emergency, never unasked in a script).
  const offer = !episode && result.level !== 'emergency' && !options.json && options.input !== false && io.canPrompt();
  const hints: NextHints = { program: invokedAs(ctx.term.env), scoreSaved: diary.recorded, diaryOffered: offer };
  if (options.format === 'fhir') {
    writeOut(ctx.term, await fhirOf(ctx, result.level, answers, outcome, complete, now));
    // The Bundle carries the level, but the person running the check must see an emergency now.
    if (result.level === 'emergency') writeErr(ctx.term, `${emergencyLine(outcome)}\n`);
  } else if (options.json) writeOut(ctx.term, toJson({ ...outcome, diary: diaryJson(diary) }));
  const lines = options.json
    ? 0
    : printOutcome(ctx, outcome, { quiet: options.quiet === true, full: options.full === true, hints });
  const started = offer
    ? await keepingTheResult(ctx, outcome, hints, async () =>
        offerEpisode(ctx.term, await io.prompter(options), ctx.kb, result, answers, complete, now, hints.program),
      )
    : undefined;
  const after: NextHints = { ...hints, scoreSaved: hints.scoreSaved || started !== undefined, diaryOffered: false };
  if (calendar) calendarFromCheck(ctx, calendar, plan, episode ?? started, now, hints.program);
  // What stays on screen must be the answer: a result taller than the terminal ends with its summary again.
  const rows = ctx.term.stdout.rows ?? Number.POSITIVE_INFINITY;
  if (ctx.term.stdout.isTTY && result.level !== 'emergency' && (lines >= rows - 1 || offer)) {
    writeOut(ctx.term, renderSummaryAgain(outcome, ctx.kb, ctx.style, outputWidth(ctx.term), after));
  }
  return failOn && isAtLeast(result.level, failOn) ? EXIT.failOn : EXIT.ok;
}

/**
 * Whatever ends the diary offer early (Ctrl-C, a diary that cannot be written), the result is shown again
 * before the message: on a small terminal it has scrolled away behind the offer.
 */
async function keepingTheResult<T>(
  ctx: Context,
  outcome: CheckOutcome,
  hints: NextHints,
  offer: () => Promise<T>,
): Promise<T> {
  try {
    return await offer();
  } catch (error) {
    const again = { ...hints, diaryOffered: false };
    writeOut(ctx.term, renderSummaryAgain(outcome, ctx.kb, ctx.style, outputWidth(ctx.term), again));
    throw error;
  }
}

/** The options that are wrong whatever the answers say; before one is refused, an emergency among them is shown. */
async function readOptions(asGiven: Input<CheckOptions>, io: Io) {
  try {
    const options = withFormat(asGiven);
    const failOn = parseFailOn(options.failOn);
    const calendar = options.questions
      ? undefined
      : calendarRequest(options.ics, options.remind, options.force === true);
    return { options, failOn, calendar };
  } catch (error) {
    await beforeRefusal(asGiven, io);
    throw error;
  }
}

/** The check's follow-up dates as a calendar file: the diary's episode names the events, else the onset does. */
function calendarFromCheck(
  ctx: Context,
  request: CalendarRequest,
  plan: CarePlan | undefined,
  episode: Episode | undefined,
  now: Date,
  program: string,
): void {
  const schedule = (plan?.safetyNet.followUps ?? []).flatMap((f) =>
    f.due ? [{ followUp: f.followUp, due: f.due }] : [],
  );
  const first = plan?.safetyNet.followUps.find((f) => f.due);
  if (!plan || !first?.due) {
    writeErr(
      ctx.term,
      `backcare: no calendar file: ${
        plan ? 'the follow-up dates need to know when the pain started' : 'an emergency has no follow-up dates'
      }\n`,
    );
    return;
  }
  const start =
    episode?.start ??
    new Date(first.due.getTime() - toSeconds(first.followUp.after.min, first.followUp.after.unit) * 1000);
  writeCalendar(ctx.term, request, { id: episode?.id ?? `onset-${start.getTime()}`, start }, schedule, now, program);
}

async function completeAnswers(
  ctx: Context,
  io: Io,
  given: Answers,
  options: CheckOptions,
  now: Date,
): Promise<{ answers: Answers; complete: boolean }> {
  const missing = missingQuestions(ctx.kb, given);
  if (missing.length === 0) return { answers: given, complete: true };
  // An emergency in the answers given is final, whatever else is missing.
  if (triage(ctx.kb, given, now).level === 'emergency') return { answers: given, complete: false };
  if (options.json || options.input === false || !io.canPrompt()) {
    const ids = missing.map((q) => q.id);
    throw new UsageError(
      `missing ${ids.length} answer${ids.length === 1 ? '' : 's'} (${ids.join(', ')}); give them with ` +
        `--answer ID=VALUE or --answers FILE, ` +
        'or run in a terminal to be asked (backcare check --questions lists ids and values)',
    );
  }
  const { askQuestionnaire } = await import('../../ui/questionnaire.js');
  const asked = await askQuestionnaire(ctx.kb, given, await io.prompter(options), now);
  return { answers: asked.answers, complete: !asked.stoppedForEmergency };
}

/** --format json is --json; --format fhir is machine output too (never prompts) but a FHIR Bundle. */
function withFormat(options: CheckOptions): CheckOptions {
  if (options.format === undefined) return options;
  const format = checkFormat(options.format);
  if (format === undefined)
    throw new UsageError(`--format "${options.format}" is not a format; use one of: ${CHECK_FORMATS.join(', ')}`);
  if (format === 'text') return { ...options, format };
  return { ...options, format, json: true };
}

async function fhirOf(
  ctx: Context,
  level: CareLevel,
  answers: Answers,
  outcome: CheckOutcome,
  complete: boolean,
  now: Date,
): Promise<string> {
  const { fhirCheckBundle } = await import('../../core/check/fhir-check.js');
  const software = { name: 'backcare', version: __BACKCARE_VERSION__ };
  const reasons = outcome.reasons.map((r) => ({ rule: r.rule, reason: r.reason }));
  const bundle = fhirCheckBundle(ctx.kb, { level, answers, reasons, complete, at: now, software }, software.version);
  return `${JSON.stringify(bundle, null, 2)}\n`;
}

function parseFailOn(value: string | undefined): CareLevel | undefined {
  if (value === undefined) return undefined;
  const level = value.trim().toLowerCase().replace('-', '_');
  if ((CARE_LEVELS as readonly string[]).includes(level)) return level as CareLevel;
  throw new UsageError(`--fail-on "${echoed(value)}" is not a level; use one of: ${CARE_LEVELS.join(', ')}`);
}

function questionList(ctx: Context) {
  return orderedQuestions(ctx.kb).map((q) => ({
    id: q.id,
    section: q.section,
    type: q.type,
    short: shortForm(q),
    text: q.text,
    help: q.help ?? null,
    forChild: q.forChild ?? null,
    allowed: describeAllowed(q, ctx.kb),
    askedOnlyIf: q.askIf ?? null,
    unsure: q.unsure ?? null,
  }));
}

function renderQuestionList(ctx: Context): string {
  const width = outputWidth(ctx.term);
  const lines: string[] = [ctx.style.strong('Questions of backcare check, in the order they are asked'), ''];
  for (const section of ctx.kb.questions.sections) {
    const questions = orderedQuestions(ctx.kb).filter((q) => q.section === section.id);
    if (questions.length === 0) continue;
    lines.push(ctx.style.heading(section.title));
    for (const q of questions) {
      lines.push(`  ${ctx.style.id(q.id)}${q.askIf ? ctx.style.dim(' (only asked when it applies)') : ''}`);
      lines.push(...wrap(shortForm(q), width, '    '));
      lines.push(...wrap(`in full: ${q.text}`, width, '    ').map((l) => ctx.style.dim(l)));
      lines.push(...wrap(`answer: ${describeAllowed(q, ctx.kb)}`, width, '    ').map((l) => ctx.style.dim(l)));
    }
    lines.push('');
  }
  lines.push('Give answers with --answer ID=VALUE (repeatable) or --answers FILE (YAML or JSON: "id: value").');
  return lines.join('\n');
}
