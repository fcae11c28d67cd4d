import type { Article } from "../content/schema";
import { quotesBySpeaker } from "./quotes";

/** What lists and cards need of an article, without its body. */
export interface ArticleSummary {
  slug: string;
  status: Article["status"];
  demo: boolean;
  section: string;
  headline: string;
  standfirst?: string;
  publishedAt: string;
  updatedAt?: string;
  topics: string[];
  /** Speaker ids in order of first quote. */
  speakerIds: string[];
  quoteCount: number;
}

export function summarise(article: Article): ArticleSummary {
  const bySpeaker = quotesBySpeaker(article);
  return {
    slug: article.slug,
    status: article.status,
    demo: article.demo ?? false,
    section: article.section,
    headline: article.headline,
    ...(article.standfirst ? { standfirst: article.standfirst } : {}),
    publishedAt: article.publishedAt,
    ...(article.updatedAt ? { updatedAt: article.updatedAt } : {}),
    topics: article.topics,
    speakerIds: [...bySpeaker.keys()],
    quoteCount: [...bySpeaker.values()].reduce((n, quotes) => n + quotes.length, 0),
  };
}

/** Newest first; equal times fall back to slug so the order never wobbles between builds. */
export function byNewest(a: Pick<ArticleSummary, "publishedAt" | "slug">, b: Pick<ArticleSummary, "publishedAt" | "slug">): number {
  return Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || a.slug.localeCompare(b.slug);
}
