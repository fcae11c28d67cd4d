import { type ArticleSummary, byNewest, publishedInstant as instant } from "./summary";

type Ranked = { c: ArticleSummary; shared: number; time: number };

/** Most topics in common first, then newest, then slug (as `byNewest`): a total order, so the result never wobbles. */
const rank = (a: Ranked, b: Ranked) => b.shared - a.shared || b.time - a.time || a.c.slug.localeCompare(b.c.slug);

/**
 * Articles that share topics with this one: most topics in common first,
 * then newest. Articles with nothing in common are not "related".
 *
 * Every article page asks this of the whole archive, so it looks only at the
 * candidates sharing a topic (the site's topic index, each list newest first
 * as `byNewest` orders them), keeps the best `limit`
 * while it scans instead of sorting every match, and reads the topics' lists
 * (each newest first) merged newest first: once it holds `limit` stories
 * sharing every topic, nothing older can rank higher, and it stops. Scanning
 * every candidate made an article of a 100,000-story archive, whose topics
 * hold 10,000 stories each, cost some 30 ms (docs/performance.md).
 */
export function relatedArticles(
  article: Pick<ArticleSummary, "slug" | "topics">,
  byTopic: ReadonlyMap<string, readonly ArticleSummary[]>,
  limit = 4,
): ArticleSummary[] {
  if (limit <= 0) return [];
  const topics = new Set(article.topics);
  const lists = [...topics].map((t) => byTopic.get(t) ?? []);
  const next = lists.map(() => 0);
  const seen = new Set<ArticleSummary>();
  const best: Ranked[] = [];
  for (;;) {
    let pick = -1;
    for (let i = 0; i < lists.length; i++) {
      const head = lists[i]![next[i]!];
      if (head && (pick < 0 || byNewest(head, lists[pick]![next[pick]!]!) < 0)) pick = i;
    }
    if (pick < 0) break;
    const c = lists[pick]![next[pick]!++]!;
    const worst = best[best.length - 1];
    // Candidates come in rank order among equals in topics shared, so none to come can pass these.
    if (best.length === limit && worst && worst.shared === topics.size) break;
    if (c.slug === article.slug || seen.has(c)) continue;
    seen.add(c);
    let shared = 0;
    for (const t of c.topics) if (topics.has(t)) shared++;
    if (shared === 0) continue;
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
