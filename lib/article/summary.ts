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

type Dated = Pick<ArticleSummary, "publishedAt" | "slug">;

/**
 * Publication instants, parsed once per summary: sorting a large archive
 * parses each date many times over, and `Date.parse` was most of the time
 * the site took to assemble (1.3 s of sorting at 100,000 articles).
 */
const instants = new WeakMap<Dated, number>();
export function publishedInstant(summary: Dated): number {
  let t = instants.get(summary);
  if (t === undefined) {
    t = Date.parse(summary.publishedAt);
    instants.set(summary, t);
  }
  return t;
}

/** Newest first; equal times fall back to slug so the order never wobbles between builds. */
export function byNewest(a: Dated, b: Dated): number {
  return publishedInstant(b) - publishedInstant(a) || a.slug.localeCompare(b.slug);
}
