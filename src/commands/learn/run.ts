// backcare learn [topic...] [--json]
import { findTopic, topicView } from '../../core/learn.js';
import { toJson } from '../../ui/render/json.js';
import { renderTopic, renderTopicList } from '../../ui/render/learn.js';
import { outputWidth, writeOut } from '../../runtime/term.js';
import type { Io } from '../../cli/io.js';
import { kbInfo, regionOf, unwrap } from '../../cli/command-support.js';
import type { Input, OptionsOf } from '../../cli/spec.js';
import type { learnOptions } from './options.js';

export async function run(options: Input<OptionsOf<typeof learnOptions>>, io: Io): Promise<void> {
  const ctx = await io.context({ json: options.json });
  const { kb } = ctx;
  const topics = kb.learn.topics;
  if (options.args.length === 0) {
    if (options.json) {
      const list = topics.map((t) => ({ id: t.id, title: t.title, summary: t.summary, keywords: t.keywords }));
      writeOut(ctx.term, toJson({ knowledgeBase: kbInfo(kb), topics: list }));
    } else {
      writeOut(ctx.term, renderTopicList(kb, topics, ctx.style, outputWidth(ctx.term)));
    }
    return;
  }
  const view = topicView(kb, unwrap(findTopic(topics, options.args)));
  const region = regionOf(ctx);
  if (options.json) {
    const sources = kb.sources.sources.filter((s) => view.sources.includes(s.id));
    writeOut(ctx.term, toJson({ knowledgeBase: kbInfo(kb), region, topic: view, sources }));
    return;
  }
  writeOut(ctx.term, renderTopic(kb, view, region, ctx.style, outputWidth(ctx.term)));
}
