import { type ArticleSummary, publishedInstant as instant } from "./summary";

type Ranked = { c: ArticleSummary; shared: number; time: number };

/** Most topics in common first, then newest, then slug (as `byNewest`): a total order, so the result never wobbles. */
const rank = (a: Ranked, b: Ranked) => b.shared - a.shared || b.time - a.time || a.c.slug.localeCompare(b.c.slug);

/**
 * Articles that share topics with this one: most topics in common first,
 * then newest. Articles with nothing in common are not "related".
 *
 * Every article page asks this of the whole archive, so it looks only at the
 * candidates sharing a topic (the site's topic index) and keeps the best
 * `limit` while it scans instead of sorting every match; dates are compared
 * only on a tie in topics shared. Sorting them all made the build grow
 * quadratically (docs/performance.md).
 */
export function relatedArticles(
  article: Pick<ArticleSummary, "slug" | "topics">,
  byTopic: ReadonlyMap<string, readonly ArticleSummary[]>,
  limit = 4,
): ArticleSummary[] {
  if (limit <= 0) return [];
  const topics = new Set(article.topics);
  const seen = new Set<ArticleSummary>();
  const best: Ranked[] = [];
  for (const c of [...topics].flatMap((t) => byTopic.get(t) ?? [])) {
    if (c.slug === article.slug || seen.has(c)) continue;
    seen.add(c);
    let shared = 0;
    for (const t of c.topics) if (topics.has(t)) shared++;
    if (shared === 0) continue;
    const worst = best[best.length - 1];
    if (best.length === limit && worst && shared < worst.shared) continue;
    const entry = { c, shared, time: instant(c) };
    if (best.length === limit && worst && rank(entry, worst) >= 0) continue;
    let at = best.length;
    while (at > 0 && rank(entry, best[at - 1]!) < 0) at--;
    best.splice(at, 0, entry);
    if (best.length > limit) best.pop();
  }
  return best.map(({ c }) => c);
}
