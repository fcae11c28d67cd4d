import type { Article, Person, Topic } from "../content/schema";
import { type QuoteRef, collectQuotes } from "../content/tree";
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

/** What an article is shown with: the people and topics it names, and the articles it may point to. */
export interface ArticleContext {
  people: ReadonlyMap<string, Person>;
  topics: ReadonlyMap<string, Topic>;
  /** Candidates for "Related articles" (published only), by topic. */
  byTopic: ReadonlyMap<string, readonly ArticleSummary[]>;
}

export function buildArticleView(article: Article, context: ArticleContext): ArticleView {
  const speakers = speakersInOrder(article, context.people);
  return {
    article,
    readingMinutes: readingTimeMinutes(article),
    speakers,
    speakerById: new Map(speakers.map((s) => [s.id, s])),
    quoteById: new Map(collectQuotes(article).map((q) => [q.id, q])),
    topics: article.topics.flatMap((id) => context.topics.get(id) ?? []),
    related: relatedArticles(article, context.byTopic),
  };
}
