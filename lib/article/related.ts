import { type ArticleSummary, byNewest } from "./summary";

/**
 * Articles that share topics with this one: most topics in common first,
 * then newest. Articles with nothing in common are not "related".
 */
export function relatedArticles(
  article: Pick<ArticleSummary, "slug" | "topics">,
  candidates: readonly ArticleSummary[],
  limit = 4,
): ArticleSummary[] {
  const topics = new Set(article.topics);
  return candidates
    .filter((c) => c.slug !== article.slug)
    .map((c) => ({ c, shared: c.topics.filter((t) => topics.has(t)).length }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared || byNewest(a.c, b.c))
    .slice(0, limit)
    .map(({ c }) => c);
}

/** Articles on one topic, newest first. */
export function articlesOnTopic(topicId: string, articles: readonly ArticleSummary[]): ArticleSummary[] {
  return articles.filter((a) => a.topics.includes(topicId)).sort(byNewest);
}
