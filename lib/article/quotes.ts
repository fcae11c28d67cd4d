import type { Article } from "../content/schema";
import { type QuoteRef, collectQuotes } from "../content/tree";

/** Speaker id → their quotes in reading order; the map's order is the order of each speaker's first quote. */
export function quotesBySpeaker(article: Pick<Article, "body">): Map<string, QuoteRef[]> {
  const out = new Map<string, QuoteRef[]>();
  for (const q of collectQuotes(article)) {
    const list = out.get(q.speaker);
    if (list) list.push(q);
    else out.set(q.speaker, [q]);
  }
  return out;
}
