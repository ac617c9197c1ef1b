// The one line other outputs use to point to a learn topic.
import type { LearnTopic } from '../../kb/types.js';

export function learnPointer(topic: Pick<LearnTopic, 'id' | 'title'>): string {
  return `backcare learn ${topic.id} (${topic.title.charAt(0).toLowerCase()}${topic.title.slice(1)})`;
}
