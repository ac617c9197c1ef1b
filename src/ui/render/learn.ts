// The learn topics as text: the list of topics, and one topic wrapped to the
// terminal. A topic that names an emergency sign starts with the emergency
// number, and every topic ends with it.
import { kbView } from '../../core/kb-views.js';
import type { KnowledgeBase, LearnTopic, TimeRange } from '../../kb/types.js';
import type { SectionView, TopicView } from '../../core/learn.js';
import type { EvidenceLevel } from '../../core/vocabulary.js';
import type { ResolvedRegion } from '../../core/region.js';
import { formatTimeRange } from '../format.js';
import type { Style } from '../style.js';
import { wrap } from '../wrap.js';
import { entryKey, learnKeys } from '../../core/review/entries.js';
import { disclaimerLines, sourceLine } from './common.js';
import { emergencyCallLine } from './emergency.js';
import { URGENCY_LABEL } from './warning-signs.js';

export function renderTopicList(kb: KnowledgeBase, topics: readonly LearnTopic[], style: Style, width: number): string {
  const out: string[] = [style.strong('Learn about back spasms'), ''];
  const idWidth = Math.max(...topics.map((t) => t.id.length));
  for (const topic of topics) {
    const id = topic.id.padEnd(idWidth);
    const lines = wrap(topic.title, width, `  ${id}  `, ' '.repeat(idWidth + 4));
    lines[0] = (lines[0] ?? '').replace(id, style.id(id));
    out.push(...lines);
  }
  out.push(
    '',
    ...wrap(
      'Read one: backcare learn <topic>, e.g. backcare learn prevention (a word such as posture or causes works too).',
      width,
    ).map((l) => style.dim(l)),
  );
  out.push(
    ...disclaimerLines(
      kb,
      width,
      style,
      topics.map((t) => entryKey('learn-topic', t.id)),
    ),
  );
  return out.join('\n');
}

export function renderTopic(
  kb: KnowledgeBase,
  view: TopicView,
  region: ResolvedRegion,
  style: Style,
  width: number,
): string {
  const call = (): string[] => wrap(emergencyCallLine(region), width).map((l) => style.urgency.emergency(l));
  const out: string[] = view.hasEmergencySign ? [...call(), ''] : [];
  out.push(`${style.strong(view.title)}  ${style.id(`(${view.id})`)}`, ...wrap(view.summary, width));
  for (const section of view.sections)
    out.push('', style.heading(section.heading), ...sectionLines(section, style, width));
  if (view.related.length > 0) {
    out.push(
      '',
      ...wrap(
        `Read next: ${view.related.map((t) => `backcare learn ${t.id} (${t.title.toLowerCase()})`).join('; ')}.`,
        width,
      ),
    );
  }
  out.push(
    '',
    ...wrap('Not sure whether you need help? Run backcare check, or see backcare warning-signs.', width),
    ...call(),
  );
  out.push('', style.heading('Sources'));
  const cited = new Set(view.sources);
  for (const source of kbView(kb, 'sourcesInBrief').filter((s) => cited.has(s.id)))
    out.push(...sourceLine(source, width, style));
  const topic = kb.learn.topics.find((t) => t.id === view.id);
  out.push(...disclaimerLines(kb, width, style, topic ? learnKeys(topic) : undefined));
  return out.join('\n');
}

function sectionLines(section: SectionView, style: Style, width: number): string[] {
  const out: string[] = [];
  if (section.text !== undefined) {
    out.push(...wrap(section.text, width, '  '));
    out.push(
      ...wrap(`Evidence: ${evidenceLabel(section.evidence)} [${section.sources.join(', ')}]`, width, '  ', '    ').map(
        (l) => style.dim(l),
      ),
    );
  }
  for (const r of section.recovery) {
    out.push(
      ...wrap(
        `${r.statement} (evidence: ${evidenceLabel(r.evidence)}) [${r.sources.join(', ')}]`,
        width,
        '  • ',
        '    ',
      ),
    );
  }
  for (const f of section.followUps) {
    out.push(...wrap(`${afterLabel(f.after)}: ${f.when} ${f.advice} [${f.sources.join(', ')}]`, width, '  • ', '    '));
  }
  for (const w of section.warningSigns) {
    const [first = '', ...rest] = wrap(`${URGENCY_LABEL[w.urgency]}: ${w.sign}`, width, '  • ', '    ');
    out.push(style.urgency[w.urgency](first), ...rest);
  }
  for (const r of section.remedies)
    out.push(...wrap(`See backcare remedies ${r.id} (${r.name})`, width, '  - ', '    '));
  return out;
}

const EVIDENCE_WORDS: Record<EvidenceLevel, string> = {
  high: 'high',
  moderate: 'moderate',
  low: 'low, weak',
  'very-low': 'very low, weak',
  insufficient: 'not enough to go on',
  convention: 'common practice, not tested in trials',
};

function evidenceLabel(level: EvidenceLevel | undefined): string {
  return level === undefined ? 'not graded' : EVIDENCE_WORDS[level];
}

/** "After 2 to 3 weeks"; a follow-up due from the first day applies at any time. */
function afterLabel(after: TimeRange): string {
  if (after.unit === 'days' && after.max <= 1) return 'Any time';
  return `After ${formatTimeRange(after).replace('–', ' to ')}`;
}
