// The review book's shape: every entry, in chapters ordered by risk
// (emergencies first), each chapter headed by the hazards of the hazard log
// its entries control, with the tests that name each entry. Pure.
import type { KnowledgeBase } from '../../kb/types.js';
import type { EntryKind } from '../vocabulary.js';
import type { ReviewEntry } from './entries.js';
import { countStatuses, type EntryReview, type StatusCounts } from './ledger.js';

/** Built from docs/safety/hazard-log.md and the scenario tests when backcare is built. */
export interface TestIndex {
  builtAt: string;
  hazards: Hazard[];
  /** Test titles (file › title › case), each once. */
  tests: string[];
  /** Entry id -> the tests that name it, as positions in `tests`. */
  namedIn: Record<string, number[]>;
  /** Tests generated over every entry of a kind, as a title template ({sign}, {rule}, {urgency}). */
  generated: { kind: EntryKind; file: string; title: string }[];
}

export interface Hazard {
  id: string;
  title: string;
  controls: { control: string; proofs: string[] }[];
}

export interface Chapter {
  title: string;
  why: string;
  hazards: Hazard[];
  entries: BookEntry[];
}

export interface BookEntry extends EntryReview {
  tests: string[];
}

export interface Book {
  chapters: Chapter[];
  /** Entries edited since they were signed, then entries rejected: what a reviewer sees first. */
  attention: BookEntry[];
  summary: StatusCounts & { byKind: Record<string, number> };
}

interface ChapterPlan {
  title: string;
  why: string;
  hazards: string[];
  takes: (e: ReviewEntry) => boolean;
  kindOrder?: EntryKind[];
}

const TRIAGE_KINDS: ReadonlySet<EntryKind> = new Set(['level', 'warning-sign', 'rule']);

const CHAPTERS: ChapterPlan[] = [
  {
    title: 'Emergencies',
    why: 'What sends a person to emergency care now, and the words that tell them so.',
    hazards: ['H1', 'H7', 'H16', 'H17'],
    takes: (e) => e.level === 'emergency' && TRIAGE_KINDS.has(e.kind),
  },
  {
    title: 'Emergency numbers',
    why: 'The number each region is told to call.',
    hazards: ['H6'],
    takes: (e) => e.kind === 'emergency-number',
  },
  {
    title: 'Same-day help and seeing a doctor soon',
    why: 'The signs and rules that send a person to a doctor today or within days.',
    hazards: ['H1', 'H3'],
    takes: (e) => (e.level === 'urgent' || e.level === 'doctor_soon') && TRIAGE_KINDS.has(e.kind),
  },
  {
    title: 'The questions',
    why: 'Every question of backcare check, in the order it is asked.',
    hazards: ['H2', 'H15'],
    takes: (e) => e.kind === 'question',
  },
  {
    title: 'Medicines and their cautions',
    why: 'Medicines, the cautions that apply to each group, and the conditions that select them.',
    hazards: ['H4', 'H19', 'H21'],
    takes: (e) => e.kind === 'medicine' || e.kind === 'condition-rule' || e.kind === 'condition',
    kindOrder: ['medicine', 'condition-rule', 'condition'],
  },
  {
    title: 'Ice and heat',
    why: 'Session lengths, limits and the checks before each session.',
    hazards: ['H5', 'H21'],
    takes: (e) => e.kind === 'thermal' || (e.kind === 'remedy' && ['cold', 'heat'].includes(categoryOf(e))),
  },
  {
    title: 'When to get help if it is not getting better',
    why: 'Follow-up thresholds, what recovery usually looks like, and the home-care result.',
    hazards: ['H9'],
    takes: (e) => ['follow-up', 'recovery-fact', 'phase', 'level'].includes(e.kind),
  },
  {
    title: 'Home care, stretches and background',
    why: 'Remedies other than medicines, ice and heat; stretch routines; the learn topics; the disclaimer.',
    hazards: ['H12', 'H19', 'H20'],
    takes: (e) => ['remedy', 'routine', 'learn-topic', 'learn-section', 'meta'].includes(e.kind),
  },
  {
    title: 'Claims left out',
    why: 'What the source articles say that backcare deliberately does not, and why.',
    hazards: ['H11', 'H12'],
    takes: (e) => e.kind === 'omitted-claim',
  },
];

function categoryOf(e: ReviewEntry): string {
  return (e.content as { category?: string }).category ?? '';
}

export function reviewBook(kb: KnowledgeBase, reviews: readonly EntryReview[], index: TestIndex | undefined): Book {
  const entries = reviews.map((r): BookEntry => ({ ...r, tests: testsFor(kb, r.entry, index) }));
  const left = new Set(entries);
  const chapters: Chapter[] = [];
  for (const plan of [
    ...CHAPTERS,
    { title: 'Other entries', why: 'Entries no chapter above takes.', hazards: [], takes: () => true },
  ]) {
    const taken = [...left].filter((e) => plan.takes(e.entry));
    taken.forEach((e) => left.delete(e));
    if (taken.length === 0) continue;
    const hazards = plan.hazards.map(
      (id) =>
        index?.hazards.find((h) => h.id === id) ?? {
          id,
          title: '(not in the hazard log this build was made from)',
          controls: [],
        },
    );
    chapters.push({ title: plan.title, why: plan.why, hazards, entries: sortByKind(taken, plan.kindOrder) });
  }
  const byKind: Record<string, number> = {};
  for (const r of reviews) byKind[r.entry.kind] = (byKind[r.entry.kind] ?? 0) + 1;
  const attention = [
    ...entries.filter((e) => e.status === 'changed'),
    ...entries.filter((e) => e.status === 'rejected'),
  ];
  return { chapters, attention, summary: { ...countStatuses(reviews), byKind } };
}

const DEFAULT_ORDER: EntryKind[] = ['level', 'warning-sign', 'rule'];

function sortByKind(entries: BookEntry[], order: EntryKind[] = DEFAULT_ORDER): BookEntry[] {
  const rank = (e: BookEntry): number => {
    const i = order.indexOf(e.entry.kind);
    return i === -1 ? order.length : i;
  };
  return entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => rank(a.e) - rank(b.e) || a.i - b.i)
    .map(({ e }) => e);
}

function testsFor(kb: KnowledgeBase, entry: ReviewEntry, index: TestIndex | undefined): string[] {
  if (!index) return [];
  const generated = index.generated.filter((g) => g.kind === entry.kind).flatMap((g) => generatedTitles(kb, entry, g));
  const named = (index.namedIn[entry.id] ?? []).map((i) => index.tests[i]).filter((t): t is string => t !== undefined);
  return [...generated, ...named];
}

/** A generated test's title for this entry, filled in as the test runner names it. */
function generatedTitles(kb: KnowledgeBase, entry: ReviewEntry, g: TestIndex['generated'][number]): string[] {
  const pairs =
    entry.kind === 'rule'
      ? kb.warningSigns.warningSigns
          .filter((w) => w.rules.includes(entry.id))
          .map((w) => ({ sign: w.id, rule: entry.id, urgency: w.urgency }))
      : entry.kind === 'warning-sign'
        ? kb.warningSigns.warningSigns
            .filter((w) => w.id === entry.id)
            .flatMap((w) => w.rules.map((rule) => ({ sign: w.id, rule, urgency: w.urgency })))
        : [];
  return pairs.map(
    (p) => `${g.file} › ${g.title.replace('{sign}', p.sign).replace('{rule}', p.rule).replace('{urgency}', p.urgency)}`,
  );
}
