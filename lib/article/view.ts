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
  /** Each later paragraph's segment of a quotation over several paragraphs → the quotation's id (its share page's). */
  quotationOf: ReadonlyMap<string, string>;
  /** Segments that a later paragraph continues: shown without a closing mark. */
  continued: ReadonlySet<string>;
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
  const quotes = collectQuotes(article);
  return {
    article,
    readingMinutes: readingTimeMinutes(article),
    speakers,
    speakerById: new Map(speakers.map((s) => [s.id, s])),
    quoteById: new Map(quotes.map((q) => [q.id, q])),
    quotationOf: quotationOfSegments(quotes),
    continued: continuedSegments(quotes),
    topics: article.topics.flatMap((id) => context.topics.get(id) ?? []),
    related: relatedArticles(article, context.byTopic),
  };
}

/** The segments of quotations over several paragraphs, each to the quotation it belongs to. */
export function quotationOfSegments(quotes: readonly QuoteRef[]): ReadonlyMap<string, string> {
  return new Map(quotes.flatMap((q) => (q.segments ?? []).map((segment): [string, string] => [segment.id, q.id])));
}

/**
 * The segments a later paragraph continues: a quotation's first segment and every one but its last. News style opens
 * each paragraph of a quotation with a mark and closes only the last.
 */
export function continuedSegments(quotes: readonly QuoteRef[]): ReadonlySet<string> {
  return new Set(quotes.flatMap((q) => (q.segments?.length ? [q.id, ...q.segments.slice(0, -1).map((segment) => segment.id)] : [])));
}
