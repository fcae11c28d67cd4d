import type { Article } from "../content/schema";
import { type QuoteRef, collectQuotes } from "./quotes";
import { type ArticleSummary, byNewest, summarise } from "./summary";

/** Everything one speaker is quoted saying in one article. */
export interface SpeakerAppearance {
  article: ArticleSummary;
  role?: string;
  quotes: QuoteRef[];
}

/** Speaker id → their appearances, newest article first. */
export function appearancesBySpeaker(articles: readonly Article[]): Map<string, SpeakerAppearance[]> {
  const out = new Map<string, SpeakerAppearance[]>();
  for (const article of articles) {
    const summary = summarise(article);
    const roles = new Map(article.speakers.map((s) => [s.id, s.role]));
    const bySpeaker = new Map<string, QuoteRef[]>();
    for (const q of collectQuotes(article)) {
      const list = bySpeaker.get(q.speaker);
      if (list) list.push(q);
      else bySpeaker.set(q.speaker, [q]);
    }
    for (const [speaker, quotes] of bySpeaker) {
      const role = roles.get(speaker);
      const appearance: SpeakerAppearance = { article: summary, ...(role ? { role } : {}), quotes };
      const list = out.get(speaker);
      if (list) list.push(appearance);
      else out.set(speaker, [appearance]);
    }
  }
  for (const list of out.values()) list.sort((a, b) => byNewest(a.article, b.article));
  return out;
}
