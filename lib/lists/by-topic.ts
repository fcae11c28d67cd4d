import { articlesOnTopic } from "../article/related";
import type { ArticleSummary } from "../article/summary";

const cache = new WeakMap<readonly ArticleSummary[], Map<string, ArticleSummary[]>>();

/**
 * Articles on one topic, newest first, worked out once per list of summaries.
 * Every page of every topic asks for its topic's list; filtering and sorting
 * the whole archive for each of them would make the build grow with
 * (pages × archive), i.e. quadratically.
 */
export function articlesOnTopicCached(topicId: string, summaries: readonly ArticleSummary[]): ArticleSummary[] {
  let byTopic = cache.get(summaries);
  if (!byTopic) {
    byTopic = new Map();
    cache.set(summaries, byTopic);
  }
  let list = byTopic.get(topicId);
  if (!list) {
    list = articlesOnTopic(topicId, summaries);
    byTopic.set(topicId, list);
  }
  return list;
}
