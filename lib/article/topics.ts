import type { Topic } from "../content/schema";
import type { ArticleSummary } from "./summary";

/** Topic id → how many of the given articles carry it. */
export function topicCounts(articles: readonly Pick<ArticleSummary, "topics">[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const a of articles) for (const t of a.topics) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

/** Topics that have at least one article, busiest first, then by name. */
export function topicsInUse(topics: Iterable<Topic>, counts: ReadonlyMap<string, number>): Topic[] {
  return [...topics]
    .filter((t) => (counts.get(t.id) ?? 0) > 0)
    .sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) || a.name.localeCompare(b.name));
}

/**
 * Topic id → the summaries carrying it, in the order given (the site gives
 * them newest first). Built once per site: topic pages, feeds, the sitemap
 * and related articles all read it instead of scanning the archive.
 */
export function indexByTopic<T extends Pick<ArticleSummary, "topics">>(summaries: readonly T[]): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const s of summaries) {
    for (const t of s.topics) {
      const list = index.get(t);
      if (list) list.push(s);
      else index.set(t, [s]);
    }
  }
  return index;
}
