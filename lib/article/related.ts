import { type ArticleSummary, byNewest } from "./summary";

type Ranked = { c: ArticleSummary; shared: number };

/** Most topics in common first, then newest (then slug): a total order, so the result never wobbles. */
const rank = (a: Ranked, b: Ranked) => b.shared - a.shared || byNewest(a.c, b.c);

/**
 * Articles that share topics with this one: most topics in common first,
 * then newest. Articles with nothing in common are not "related".
 *
 * Every article page asks this of the whole archive, so it keeps only the
 * best `limit` while it scans instead of sorting every match: one pass over
 * the candidates, and dates are compared only on a tie in topics shared.
 * Sorting them all made the build grow quadratically (docs/performance.md).
 */
export function relatedArticles(
  article: Pick<ArticleSummary, "slug" | "topics">,
  candidates: readonly ArticleSummary[],
  limit = 4,
): ArticleSummary[] {
  if (limit <= 0) return [];
  const topics = new Set(article.topics);
  const best: Ranked[] = [];
  for (const c of candidates) {
    if (c.slug === article.slug) continue;
    let shared = 0;
    for (const t of c.topics) if (topics.has(t)) shared++;
    if (shared === 0) continue;
    const entry = { c, shared };
    const worst = best[best.length - 1];
    if (best.length === limit && worst && (shared < worst.shared || rank(entry, worst) >= 0)) continue;
    let at = best.length;
    while (at > 0 && rank(entry, best[at - 1]!) < 0) at--;
    best.splice(at, 0, entry);
    if (best.length > limit) best.pop();
  }
  return best.map(({ c }) => c);
}

/** Articles on one topic, newest first. */
export function articlesOnTopic(topicId: string, articles: readonly ArticleSummary[]): ArticleSummary[] {
  return articles.filter((a) => a.topics.includes(topicId)).sort(byNewest);
}
