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
  /** The segments of quotations over several paragraphs, by node id (segmentPlaces). */
  segments: ReadonlyMap<string, SegmentPlace>;
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
    segments: segmentPlaces(quotes),
    topics: article.topics.flatMap((id) => context.topics.get(id) ?? []),
    related: relatedArticles(article, context.byTopic),
  };
}

/** Where a segment of a quotation over several paragraphs stands in it. */
export interface SegmentPlace {
  /** A later segment: the id of the quotation it belongs to (its share page's). */
  quotation?: string;
  /**
   * A later paragraph continues it: the first segment and every one but the last. News style opens each paragraph of
   * a quotation with a mark and closes only the last.
   */
  continued: boolean;
}

/** Every segment of each quotation over several paragraphs, by its node's id; other quotations are absent. */
export function segmentPlaces(quotes: readonly QuoteRef[]): ReadonlyMap<string, SegmentPlace> {
  return new Map(
    quotes.flatMap(({ id, segments = [] }): [string, SegmentPlace][] =>
      segments.length === 0
        ? []
        : [[id, { continued: true }], ...segments.map((segment, i): [string, SegmentPlace] => [segment.id, { quotation: id, continued: i < segments.length - 1 }])],
    ),
  );
}
