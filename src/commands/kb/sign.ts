// backcare kb sign [DIR] --reviewer NAME --role ROLE (--all | --entry KIND:ID ...) [--decision D] [--note TEXT]
import { reviewEntries } from '../../core/review/entries.js';
import { reviewStatuses } from '../../core/review/ledger.js';
import { planSignatures, type Selection, type Signer } from '../../core/review/sign.js';
import { REVIEW_DECISIONS, type ReviewDecision } from '../../core/vocabulary.js';
import { UsageError } from '../../runtime/errors.js';
import { writeOut } from '../../runtime/term.js';
import type { Io } from '../../cli/io.js';
import { kbDirOf, loadKbDir } from './dir.js';
import type { Input, OptionsOf } from '../../cli/spec.js';
import type { kbSignOptions } from './options.js';

type SignOptions = OptionsOf<typeof kbSignOptions>;

export async function run(options: Input<SignOptions>, io: Io): Promise<void> {
  const term = io.term;
  const signer = signerOf(options);
  const selection = selectionOf(options);
  // Never the installed package's own data/ by default: signing is a deliberate act on a named folder.
  if (options.args[0] === undefined && !io.globals.kb)
    throw new UsageError(
      'say which knowledge base to sign: backcare kb sign DIR (the folder with review.yaml, e.g. data)',
    );
  const where = kbDirOf(options.args, io.globals);
  const kb = await loadKbDir(where, term.env);
  const before = kb.review.signatures;
  const plan = planSignatures(reviewStatuses(reviewEntries(kb), before), selection, signer, io.now());
  if (plan.unknown.length > 0) {
    throw new UsageError(
      `no entry ${plan.unknown.join(', ')} in ${where.shown}; backcare kb review lists every entry as KIND:ID`,
    );
  }
  // From the loader's bundle, which already holds yaml and zod: a bundle of its own would carry a second copy.
  const { appendToLedger } = await import('../../kb/load.js');
  if (plan.added.length > 0) appendToLedger(where.dir, before, plan.added);
  const already =
    plan.alreadySigned.length > 0
      ? `; ${plan.alreadySigned.length} already carried this signature and were left as they were`
      : '';
  writeOut(
    term,
    `Added ${plan.added.length} signature${plan.added.length === 1 ? '' : 's'} (${signer.decision}) ` +
      `by ${signer.reviewer} (${signer.role}) to ${where.shown}/review.yaml${already}.`,
  );
}

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

function text(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (trimmed === '') throw new UsageError(`${flag} is empty; give the text, e.g. ${flag} "…"`);
  if (CONTROL.test(trimmed)) throw new UsageError(`${flag} holds a control character; write it as plain text`);
  return trimmed;
}

function signerOf(options: SignOptions): Signer {
  const reviewer = text(options.reviewer, '--reviewer');
  const role = text(options.role, '--role');
  if (reviewer === undefined || role === undefined)
    throw new UsageError('kb sign needs --reviewer NAME and --role ROLE, e.g. --reviewer "Dr A Patel" --role GP');
  const decision = (options.decision ?? 'approved') as ReviewDecision;
  if (!REVIEW_DECISIONS.includes(decision))
    throw new UsageError(`--decision "${options.decision}" is not one of: ${REVIEW_DECISIONS.join(', ')}`);
  const note = text(options.note, '--note');
  if (decision !== 'approved' && note === undefined)
    throw new UsageError(`--decision ${decision} needs --note saying why`);
  const registration = text(options.registration, '--registration');
  return {
    reviewer,
    role,
    decision,
    ...(registration !== undefined ? { registration } : {}),
    ...(note !== undefined ? { note } : {}),
  };
}

function selectionOf(options: SignOptions): Selection {
  const entries = options.entry ?? [];
  if (options.all && entries.length > 0) throw new UsageError('give either --all or --entry KIND:ID, not both');
  if (options.all) return { all: true };
  if (entries.length === 0)
    throw new UsageError('say what to sign: --all, or --entry KIND:ID (repeatable; backcare kb review lists them)');
  const keys = entries
    .flatMap((e) => e.split(','))
    .map((e) => e.trim())
    .filter((e) => e !== '');
  const bad = keys.find((k) => !/^[a-z-]+:[^\s:]+$/.test(k));
  if (bad !== undefined) throw new UsageError(`--entry "${bad}" is not KIND:ID, e.g. rule:ces-saddle-numbness`);
  return { keys };
}
