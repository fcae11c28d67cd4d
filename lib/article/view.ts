import type { Site } from "../content/repository";
import type { Article, Topic } from "../content/schema";
import { type QuoteRef, collectQuotes } from "./quotes";
import { readingTimeMinutes } from "./reading-time";
import { relatedArticles } from "./related";
import { type SpeakerInArticle, speakersInOrder } from "./speakers";
import type { ArticleSummary } from "./summary";

/** Everything the article page shows, derived from the article and the site around it. */
export interface ArticleView {
  article: Article;
  readingMinutes: number;
  /** In order of first quote. */
  speakers: SpeakerInArticle[];
  speakerById: ReadonlyMap<string, SpeakerInArticle>;
  quoteById: ReadonlyMap<string, QuoteRef>;
  topics: Topic[];
  related: ArticleSummary[];
}

export function articleView(site: Site, slug: string): ArticleView | undefined {
  const article = site.articleBySlug.get(slug);
  if (!article) return undefined;
  const speakers = speakersInOrder(article, site.people);
  return {
    article,
    readingMinutes: readingTimeMinutes(article),
    speakers,
    speakerById: new Map(speakers.map((s) => [s.id, s])),
    quoteById: new Map(collectQuotes(article).map((q) => [q.id, q])),
    topics: article.topics.flatMap((id) => site.topics.get(id) ?? []),
    related: relatedArticles(article, site.summaries),
  };
}
