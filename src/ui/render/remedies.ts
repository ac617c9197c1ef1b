// Remedies as text: the grouped list and the full page for one remedy.
import { kbView } from '../../core/kb-views.js';
import { remedySourceIds } from '../../core/citations.js';
import { cautionsWithGroups, generalCautions } from '../../core/remedies.js';
import { groupsNotFor, type GroupStance } from '../../core/populations.js';
import { remedyKey } from '../../core/review/entries.js';
import type { Caution, KnowledgeBase, Remedy } from '../../kb/types.js';
import { REMEDY_CATEGORIES, type CautionAction } from '../../core/vocabulary.js';
import { formatDose, titleCase } from '../format.js';
import type { Style } from '../style.js';
import { wrap } from '../wrap.js';
import { disclaimerLines, sourceLine } from './common.js';
import { evidenceLabel } from './evidence.js';

export interface ListOptions {
  condition?: string;
  heading: string;
}

const ACTION_LABEL: Record<CautionAction, string> = {
  avoid: 'Avoid',
  'ask-first': 'Ask a pharmacist or doctor first',
  adapt: 'Take care',
  stop: 'Stop',
};

export function renderRemedyList(
  kb: KnowledgeBase,
  remedies: Remedy[],
  style: Style,
  width: number,
  options: ListOptions,
): string {
  const out: string[] = [style.strong(options.heading), ''];
  if (remedies.length === 0) out.push('No remedy matches these filters.', '');
  const idWidth = Math.max(...remedies.map((r) => r.id.length), 0);
  for (const category of REMEDY_CATEGORIES) {
    const inCategory = remedies.filter((r) => r.category === category);
    if (inCategory.length === 0) continue;
    out.push(style.heading(titleCase(category)));
    for (const remedy of inCategory) {
      out.push(...listLine(remedy, idWidth, style, width));
      if (options.condition) out.push(...conditionLines(kb, remedy, options.condition, width, style));
    }
    out.push('');
  }
  out.push(
    ...wrap('More on one remedy: backcare remedies <id>. When to get help: backcare warning-signs.', width).map(
      (line) => style.dim(line),
    ),
  );
  out.push(...disclaimerLines(kb, width, style, remedies.map(remedyKey)));
  return out.join('\n');
}

function listLine(remedy: Remedy, idWidth: number, style: Style, width: number): string[] {
  const tags = remedyTags(remedy);
  const text =
    [remedy.name, formatDose(remedy.dose)].filter(Boolean).join(' · ') +
    (tags.length > 0 ? ` (${tags.join(', ')})` : '');
  const id = remedy.id.padEnd(idWidth);
  const indent = ' '.repeat(idWidth + 4);
  const lines = wrap(text, width, `  ${id}  `, indent);
  lines[0] = (lines[0] ?? '').replace(id, style.id(id));
  return lines;
}

function remedyTags(remedy: Remedy): string[] {
  const tags: string[] = [];
  if (remedy.stance === 'not-recommended') tags.push('not recommended');
  if (remedy.stance === 'prescription-only') tags.push('prescription only');
  const evidence = evidenceLabel(remedy.evidence.level);
  if (evidence) tags.push(evidence);
  return tags;
}

function conditionLines(kb: KnowledgeBase, remedy: Remedy, condition: string, width: number, style: Style): string[] {
  return cautionsWithGroups(kb, remedy, condition).flatMap((c) => {
    const [first = '', ...rest] = wrap(`${ACTION_LABEL[c.action]}: ${c.text}`, width, '      ');
    return [style.warn(first), ...rest];
  });
}

export function renderRemedyDetail(kb: KnowledgeBase, remedy: Remedy, style: Style, width: number): string {
  const out: string[] = [`${style.strong(remedy.name)}  ${style.id(`(${remedy.id})`)}`];
  out.push(...wrap(remedy.summary, width), '');
  out.push(...facts(kb, remedy, width));
  out.push('', style.heading('How to do it'));
  remedy.steps.forEach((step, i) => out.push(...wrap(step, width, `  ${i + 1}. `, '     ')));
  if (remedy.cautions.length > 0) out.push('', style.heading('Cautions'), ...cautionBlock(kb, remedy, width, style));
  const groups = groupsNotFor(kb, remedy);
  if (groups.length > 0)
    out.push(
      '',
      style.heading('Who it is not for, or needs care'),
      ...groups.flatMap((g) => groupLines(g, width, style)),
    );
  if (remedy.disagreement) {
    out.push('', style.heading('Where the sources disagree'));
    out.push(...wrap(`${remedy.disagreement.text} [${remedy.disagreement.sources.join(', ')}]`, width, '  '));
  }
  out.push('', style.heading('Sources'));
  // Every id cited on the page, cautions and disagreement included, is listed here.
  const cited = new Set(remedySourceIds(remedy, kb));
  for (const source of kbView(kb, 'sourcesInBrief').filter((s) => cited.has(s.id)))
    out.push(...sourceLine(source, width, style));
  out.push(...disclaimerLines(kb, width, style, [remedyKey(remedy)]));
  return out.join('\n');
}

function facts(kb: KnowledgeBase, remedy: Remedy, width: number): string[] {
  const phaseNames = remedy.phases.map((id) => kb.phases.phases.find((p) => p.id === id)?.name ?? id);
  const rows: [string, string][] = [
    ['Category', titleCase(remedy.category)],
    ['Standing', titleCase(remedy.stance)],
    ['Evidence', `${remedy.evidence.level}: ${remedy.evidence.summary} [${remedy.evidence.gradedBy}]`],
    ['Suits', phaseNames.join('; ')],
  ];
  const dose = formatDose(remedy.dose);
  if (dose) rows.push(['Dose', dose]);
  if (remedy.dose?.note) rows.push(['', remedy.dose.note]);
  return rows.flatMap(([label, value]) => wrap(value, width, `  ${label.padEnd(10)} `, ' '.repeat(13)));
}

const GROUP_STANCE_LABEL: Record<GroupStance['stance'], string> = {
  avoid: 'Not for',
  'ask-first': 'Ask first',
  adapt: 'Take care',
  suggested: 'Suits',
};

function groupLines(g: GroupStance, width: number, style: Style): string[] {
  const when = g.fromWeek === null ? '' : ` from week ${g.fromWeek}`;
  const [first = '', ...rest] = wrap(
    `${GROUP_STANCE_LABEL[g.stance]} (${g.name.toLowerCase()}${when}): ${g.reason} [${g.sources.join(', ')}]`,
    width,
    '  ',
    '    ',
  );
  return [g.stance === 'avoid' ? style.warn(first) : first, ...rest];
}

function cautionBlock(kb: KnowledgeBase, remedy: Remedy, width: number, style: Style): string[] {
  const conditionName = (id: string): string => kb.conditions.conditions.find((c) => c.id === id)?.name ?? id;
  const line = (c: Caution, lead: string): string[] => {
    const [first = '', ...rest] = wrap(`${lead}: ${c.text} [${c.sources.join(', ')}]`, width, '  ', '    ');
    return [c.action === 'avoid' || c.action === 'stop' ? style.warn(first) : first, ...rest];
  };
  const general = generalCautions(remedy).flatMap((c) => line(c, `${ACTION_LABEL[c.action]} (everyone)`));
  const specific = remedy.cautions
    .filter((c) => c.when !== undefined)
    .flatMap((c) =>
      line(c, `${ACTION_LABEL[c.action]} (applies to: ${(c.when ?? []).map(conditionName).join(' or ')})`),
    );
  return [...general, ...specific];
}
